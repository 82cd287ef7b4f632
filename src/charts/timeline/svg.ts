/**
 * Small helpers for drawing into an SVG that may live in any document: the browser's, or
 * linkedom's at build time. Nothing here touches a global `document`.
 *
 * The timeline draws with the DOM and one keyed `join`, not d3-selection: it is the one chart
 * on the home page, and d3-selection (about 4 KB gzipped, every method of the selection
 * prototype kept) cost more than the timeline's whole budget allowed. The other charts,
 * drawn once per page view, keep d3-selection.
 */

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element in the same document as `near`. */
export function svgElement<K extends keyof SVGElementTagNameMap>(near: { ownerDocument: Document | null }, name: K): SVGElementTagNameMap[K] {
  return near.ownerDocument!.createElementNS(SVG_NS, name);
}

/** The one child element with a class, created (as `name`) when missing, so layers keep their order. */
export function layer<K extends keyof SVGElementTagNameMap>(parent: Element, name: K, className: string): SVGElementTagNameMap[K] {
  let child = [...parent.children].find((c) => c.getAttribute('class') === className) as SVGElementTagNameMap[K] | undefined;
  if (!child) {
    child = svgElement(parent, name);
    child.setAttribute('class', className);
    parent.appendChild(child);
  }
  return child;
}

/** Rounds to tenths of a pixel: shorter markup, identical pictures. */
export const px = (n: number) => Math.round(n * 10) / 10;

/** What each element last drew, so unchanged elements are skipped: true (and remembered) when the signature differs. */
export function changed(node: Element, signature: string, memory: WeakMap<Element, string>): boolean {
  if (memory.get(node) === signature) return false;
  memory.set(node, signature);
  return true;
}

/**
 * Sets attributes (null removes one), touching only those whose value differs: browsers
 * treat any write to an SVG attribute as a change and lay the element out again.
 */
export function setAttrs(el: Element, attributes: Readonly<Record<string, string | number | null>>): void {
  for (const [name, value] of Object.entries(attributes)) {
    const next = value === null ? null : String(value);
    if (el.getAttribute(name) === next) continue;
    if (next === null) el.removeAttribute(name);
    else el.setAttribute(name, next);
  }
}

/** Sets text only when it differs (writing text replaces the node and lays it out again). */
export function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** How `join` makes, sets up and updates its elements. */
export interface JoinSteps<T, E extends Element> {
  /** Makes a new element (default: one named like the join's `name`). */
  readonly create?: (d: T) => E;
  /** Sets up a new element once, after its data-key. */
  readonly enter?: (el: E, d: T) => void;
  /** Runs on every element, new or kept, in the items' order. */
  readonly update?: (el: E, d: T) => void;
}

/**
 * A keyed join: makes the children of `parent` named `name` (any, for `'*'`) one element per
 * item, in the items' order, matched by their data-key attribute (which the build-time render
 * writes, so the browser adopts those elements). A kept element moves only when it is out of
 * order, so keyboard focus survives; a new one gets its data-key first, is set up and placed
 * before the next kept one; the rest are removed. The same elements, attributes and order as
 * d3-selection's `selectAll(name).data(items, key).join(enter).each(update)`.
 */
export function join<T extends { readonly key: string }, E extends Element>(parent: Element, name: string, items: readonly T[], steps: JoinSteps<T, E>): void {
  const create = steps.create ?? (() => svgElement(parent, name as keyof SVGElementTagNameMap) as unknown as E);
  const old = new Map<string, Element>();
  for (const el of Array.from(parent.children)) {
    if (name !== '*' && el.localName !== name) continue;
    const key = el.getAttribute('data-key') ?? '';
    if (old.has(key)) el.remove();
    else old.set(key, el);
  }
  const nodes = items.map((d) => {
    const el = old.get(d.key);
    old.delete(d.key);
    return el as E | undefined;
  });
  for (const el of old.values()) el.remove();
  let next: Element | null = null;
  for (let i = items.length - 1; i >= 0; i--) {
    const d = items[i]!;
    let el = nodes[i];
    if (!el) {
      el = nodes[i] = create(d);
      el.setAttribute('data-key', d.key);
      steps.enter?.(el, d);
      parent.insertBefore(el, next);
    } else if (next && !(el.compareDocumentPosition(next) & 4) /* next does not follow */) {
      parent.insertBefore(el, next);
    }
    next = el;
  }
  if (steps.update) items.forEach((d, i) => steps.update!(nodes[i]!, d));
}
