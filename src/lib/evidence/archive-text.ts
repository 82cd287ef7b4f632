/**
 * A source as archived for the evidence check (content/archive/<source-id>.txt): the
 * article as received, with its HTML tags stripped and character references decoded, and
 * nothing else changed. Block elements (paragraphs, line breaks, headings, list items)
 * become line breaks so the archive stays readable; the words are never touched.
 */
import { parseFragment } from 'parse5';

/** A tag: <name …> or </name>, attribute values quoted or not. A Markdown autolink (<https://…>) is not a tag. */
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?:\s(?:[^>"']|"[^"]*"|'[^']*')*)?\/?>/g;
/** Elements whose content is not text a reader sees. */
const HIDDEN = /<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;
const BLOCK = new Set(['p', 'div', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'tr', 'table', 'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'pre']);

/** Decodes character references (&amp;, &#8220;, &nbsp; …) the way a browser does. */
function decodeReferences(text: string): string {
  // Any "<" left is literal text; escaped, the HTML parser reads the whole string as text.
  const fragment = parseFragment(text.replace(/</g, '&lt;'));
  return fragment.childNodes.map((node) => ('value' in node ? node.value : '')).join('');
}

export function archiveText(received: string): string {
  const stripped = received
    .replace(COMMENT, '')
    .replace(HIDDEN, '')
    .replace(TAG, (_, name: string) => (BLOCK.has(name.toLowerCase()) ? '\n' : ''));
  const text = decodeReferences(stripped)
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return `${text}\n`;
}
