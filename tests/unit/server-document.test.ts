/**
 * The document charts are drawn into at build time (src/charts/shared/server-document.ts) is
 * linkedom's, with one change (patches/linkedom+*.patch, applied by `npm install`): a node's
 * map of event listeners is made when a listener is first added, not when the node is made.
 * Drawing never listens, and a map per node and per attribute, kept in one WeakMap, took half
 * the time of drawing a tall matrix. These tests hold both halves: listeners still work, and
 * drawing makes no map.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { serverDocument, toMarkup } from '../../src/charts/shared/server-document.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Counts WeakMap.prototype.set calls while `run` runs. */
function weakMapSets(run: () => void): number {
  const original = WeakMap.prototype.set;
  let count = 0;
  WeakMap.prototype.set = function (this: WeakMap<object, unknown>, key: object, value: unknown) {
    count++;
    return original.call(this, key, value);
  };
  try {
    run();
  } finally {
    WeakMap.prototype.set = original;
  }
  return count;
}

const original = WeakMap.prototype.set;
afterEach(() => {
  WeakMap.prototype.set = original;
});

describe('the server document', () => {
  it('makes no listener map for the nodes and attributes a drawing makes (the linkedom patch is applied)', () => {
    const document = serverDocument();
    const svg = document.createElementNS(SVG_NS, 'svg');
    document.body.append(svg);
    const sets = weakMapSets(() => {
      for (let i = 0; i < 500; i++) {
        const g = document.createElementNS(SVG_NS, 'g');
        g.setAttribute('class', `row row-${i}`);
        const text = document.createElementNS(SVG_NS, 'text');
        text.setAttribute('x', String(i));
        text.setAttribute('y', '12');
        text.textContent = `label ${i}`;
        g.append(text);
        svg.append(g);
      }
    });
    // Unpatched, every element, attribute and text node registers a map: 3,000 here.
    expect(sets, 'npm install applies patches/ (patch-package); run it again if node_modules was copied from elsewhere').toBeLessThan(10);
    expect(toMarkup(svg).match(/<text /g)).toHaveLength(500);
  });

  it('still delivers events to listeners, removes them, and honours once', () => {
    const document = serverDocument();
    const parent = document.createElement('div');
    const child = document.createElement('span');
    parent.append(child);
    const heard: string[] = [];
    const onChild = () => heard.push('child');
    child.addEventListener('ping', onChild);
    child.addEventListener('ping', () => heard.push('once'), { once: true });
    parent.addEventListener('ping', () => heard.push('parent'));
    // A node that never listened can be asked to stop listening.
    document.createElement('b').removeEventListener('ping', onChild);

    child.dispatchEvent(new document.defaultView!.Event('ping', { bubbles: true }));
    expect(heard).toEqual(['child', 'once', 'parent']);

    child.removeEventListener('ping', onChild);
    heard.length = 0;
    child.dispatchEvent(new document.defaultView!.Event('ping', { bubbles: true }));
    expect(heard).toEqual(['parent']);
  });
});
