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
  const out: string[] = [];
  write(node, out);
  return out.join('');
}

// Attribute names and values are read with getAttributeNames/getAttribute, children by
// sibling: linkedom makes an Attr node per attribute and an array per child list otherwise,
// and drawing a tall matrix's markup took twice as long.
function write(node: Node, out: string[]): void {
  switch (node.nodeType) {
    case 3: // text
      out.push(escapeText(node.nodeValue ?? ''));
      return;
    case 8: // comment
      out.push(`<!--${node.nodeValue ?? ''}-->`);
      return;
    case 1: {
      const element = node as Element;
      const name = element.localName;
      let open = `<${name}`;
      for (const attribute of element.getAttributeNames()) {
        const value = element.getAttribute(attribute) ?? '';
        // As linkedom: an empty id, class or style is left out.
        if (value === '' && (attribute === 'id' || attribute === 'class' || attribute === 'style')) continue;
        open += ` ${attribute}="${escapeAttribute(value)}"`;
      }
      let child = element.firstChild;
      if (!child) {
        if (element.namespaceURI === SVG_NS) {
          out.push(`${open} />`);
          return;
        }
        if (VOID_ELEMENT.test(name)) {
          out.push(`${open}>`);
          return;
        }
      }
      out.push(`${open}>`);
      for (; child; child = child.nextSibling) write(child, out);
      out.push(`</${name}>`);
      return;
    }
    default:
      return;
  }
}
