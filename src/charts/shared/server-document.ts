/**
 * A DOM document for drawing charts outside the browser (at build time, for the pages'
 * no-JS SVG and for images), and the one place its drawings become markup. Server-only:
 * never import it from client scripts.
 */
import { parseHTML } from 'linkedom';
import { VOID_ELEMENT } from '../html/markup.ts';

export function serverDocument(): Document {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00A0': '&#160;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;' };
const escapeText = (text: string) => text.replace(/[&<>\u00A0]/g, (c) => TEXT_ESCAPES[c]!);
const escapeAttribute = (text: string) => text.replace(/[&<>"\u00A0]/g, (c) => ATTRIBUTE_ESCAPES[c]!);

/**
 * Serialises an element drawn into a server document as markup that is both valid XML (an SVG
 * file, rasterised by an XML parser) and HTML (inline in a page): every text and attribute
 * value escaped. linkedom's own outerHTML leaves "&" and "<" in attribute values as they are,
 * which an image's XML parser refuses (a title such as "Taobao & JD" crashed the rasteriser)
 * and which an HTML page reads as a character reference ("&copy" → ©).
 */
export function toMarkup(node: Node): string {
  switch (node.nodeType) {
    case 3: // text
      return escapeText(node.nodeValue ?? '');
    case 8: // comment
      return `<!--${node.nodeValue ?? ''}-->`;
    case 1: {
      const element = node as Element;
      const name = element.localName;
      let out = `<${name}`;
      for (const attribute of Array.from(element.attributes)) {
        // As linkedom: an empty id, class or style is left out.
        if (attribute.value === '' && (attribute.name === 'id' || attribute.name === 'class' || attribute.name === 'style')) continue;
        out += ` ${attribute.name}="${escapeAttribute(attribute.value)}"`;
      }
      const children = Array.from(element.childNodes);
      if (children.length === 0) {
        if (element.namespaceURI === SVG_NS) return `${out} />`;
        if (VOID_ELEMENT.test(name)) return `${out}>`;
      }
      return `${out}>${children.map(toMarkup).join('')}</${name}>`;
    }
    default:
      return '';
  }
}
