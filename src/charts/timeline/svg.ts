/**
 * Small helpers for drawing into an SVG that may live in any document: the browser's, or
 * linkedom's at build time. Nothing here touches a global `document`.
 */
import { select, type BaseType, type Selection } from 'd3-selection';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element in the same document as `near`. */
export function svgElement<K extends keyof SVGElementTagNameMap>(near: { ownerDocument: Document | null }, name: K): SVGElementTagNameMap[K] {
  return near.ownerDocument!.createElementNS(SVG_NS, name);
}

/** Keys elements by their data, or by their data-key attribute when they came from the build-time render. */
export function byKey(d: { key: string } | undefined, i: number, nodes: ArrayLike<BaseType> | BaseType[]): string {
  return d ? d.key : ((nodes[i] as Element).getAttribute('data-key') ?? '');
}

/** The one child element with a class, created (as `name`) when missing, so layers keep their order. */
export function layer<K extends keyof SVGElementTagNameMap>(parent: Element, name: K, className: string): Selection<SVGElementTagNameMap[K], unknown, null, undefined> {
  let child = [...parent.children].find((c) => c.getAttribute('class') === className) as SVGElementTagNameMap[K] | undefined;
  if (!child) {
    child = svgElement(parent, name);
    child.setAttribute('class', className);
    parent.appendChild(child);
  }
  return select(child);
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
