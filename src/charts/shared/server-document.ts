/**
 * A DOM document for drawing charts outside the browser (at build time, for the pages'
 * no-JS SVG and for images). Server-only: never import it from client scripts.
 */
import { parseHTML } from 'linkedom';

export function serverDocument(): Document {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
}

/** Serialises an element drawn into a server document. */
export function toMarkup(element: Element): string {
  return element.outerHTML;
}
