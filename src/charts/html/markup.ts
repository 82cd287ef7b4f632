/**
 * A tiny, safe HTML builder for the tables that are rendered both at build time (Astro,
 * set:html) and in the browser (after a date change): one render path for both.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content or a quoted attribute. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** HTML elements that have no content and no end tag (written <br>, never <br></br>). */
export const VOID_ELEMENT = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/;

/** Already-safe markup, so it is not escaped twice. */
export interface Html {
  readonly html: string;
}
export const raw = (html: string): Html => ({ html });

type Child = Html | string | number | false | null | undefined | readonly Child[];

function render(child: Child): string {
  if (child === false || child === null || child === undefined) return '';
  if (Array.isArray(child)) return child.map(render).join('');
  if (typeof child === 'object') return (child as Html).html;
  return esc(child as string | number);
}

/** An element: h('a', { href }, 'text'). Attributes that are false/undefined are left out. */
export function h(tag: string, attrs: Record<string, string | number | boolean | undefined> | null, ...children: Child[]): Html {
  const a = Object.entries(attrs ?? {})
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${esc(v as string | number)}"`))
    .join('');
  return raw(`<${tag}${a}>${render(children)}</${tag}>`);
}

/** Concatenates children into one piece of markup. */
export function fragment(...children: Child[]): Html {
  return raw(render(children));
}
