import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { join } from '../../src/charts/timeline/svg.ts';

function svg(inner = ''): SVGGElement {
  const { document } = parseHTML(`<!doctype html><html><body><svg xmlns="http://www.w3.org/2000/svg"><g>${inner}</g></svg></body></html>`);
  return document.querySelector('g') as unknown as SVGGElement;
}
const keys = (g: Element, name = 'rect') => [...g.children].filter((c) => c.localName === name).map((c) => c.getAttribute('data-key'));
const items = (...ks: string[]) => ks.map((key) => ({ key }));

describe('the timeline’s keyed join', () => {
  it('makes one element per item with its data-key, set up once and updated every time', () => {
    const g = svg();
    let entered = 0;
    const steps = {
      enter: (el: SVGRectElement) => {
        entered++;
        el.setAttribute('class', 'bar');
      },
      update: (el: SVGRectElement, d: { key: string }) => el.setAttribute('width', d.key.length.toString()),
    };
    join(g, 'rect', items('a', 'bb'), steps);
    const attrs = () => [...g.children].map((c) => `${c.localName} ${c.getAttribute('data-key')} ${c.getAttribute('class')} ${c.getAttribute('width')}`);
    expect(attrs()).toEqual(['rect a bar 1', 'rect bb bar 2']);
    join(g, 'rect', items('bb', 'a'), { ...steps, update: (el, d) => el.setAttribute('width', String(d.key.length * 10)) });
    expect(attrs()).toEqual(['rect bb bar 20', 'rect a bar 10']);
    expect(entered).toBe(2);
  });

  it('keeps elements by key, removes those whose items left, and places new ones in the items’ order', () => {
    const g = svg('<rect data-key="a"/><rect data-key="b"/><rect data-key="c"/>');
    const [a, , c] = [...g.children];
    join(g, 'rect', items('x', 'a', 'y', 'c', 'z'), {});
    expect(keys(g)).toEqual(['x', 'a', 'y', 'c', 'z']);
    expect(g.children[1]).toBe(a);
    expect(g.children[3]).toBe(c);
  });

  it('moves a kept element only when it is out of order (an element in order keeps its place, and so keyboard focus)', () => {
    const g = svg('<rect data-key="a"/><rect data-key="b"/><rect data-key="c"/>');
    const moved: string[] = [];
    const insert = g.insertBefore.bind(g);
    g.insertBefore = ((node: Element, ref: Element | null) => {
      moved.push(node.getAttribute('data-key') ?? '');
      return insert(node, ref);
    }) as typeof g.insertBefore;
    join(g, 'rect', items('a', 'b', 'c'), {});
    expect(moved).toEqual([]);
    join(g, 'rect', items('c', 'a', 'b'), {});
    expect(keys(g)).toEqual(['c', 'a', 'b']);
    expect(moved).toEqual(['c']);
  });

  it('leaves children of other names alone, and lets the caller choose each new element', () => {
    const g = svg('<line data-key="t"/><text data-key="t">2021</text>');
    join(g, 'line', items('t', 'u'), {});
    expect(keys(g, 'line')).toEqual(['t', 'u']);
    expect(keys(g, 'text')).toEqual(['t']);
    const lane = svg('<a data-key="m1"/>');
    join<{ key: string; link: boolean }, Element>(lane, '*', [{ key: 'm0', link: false }, { key: 'm1', link: true }], {
      create: (d) => lane.ownerDocument.createElementNS('http://www.w3.org/2000/svg', d.link ? 'a' : 'g'),
    });
    expect([...lane.children].map((c) => `${c.localName}:${c.getAttribute('data-key')}`)).toEqual(['g:m0', 'a:m1']);
  });

  it('drops a second element with the same key (a duplicate can never be updated)', () => {
    const g = svg('<rect data-key="a" id="first"/><rect data-key="a" id="second"/>');
    join(g, 'rect', items('a'), {});
    expect([...g.children].map((c) => c.id)).toEqual(['first']);
  });
});
