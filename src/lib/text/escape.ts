/**
 * Text and attribute values as markup that reads back as written, both as HTML (in a page)
 * and as XML (an SVG file, which the rasteriser parses strictly). Used for every piece of
 * markup the site writes as a string: charts (toMarkup) and event bodies.
 */
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00A0': '&#160;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;' };

export const escapeText = (text: string) => text.replace(/[&<>\u00A0]/g, (c) => TEXT_ESCAPES[c]!);
export const escapeAttribute = (text: string) => text.replace(/[&<>"\u00A0]/g, (c) => ATTRIBUTE_ESCAPES[c]!);

/** HTML elements that have no content and no end tag. */
export const VOID_ELEMENT = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/;
