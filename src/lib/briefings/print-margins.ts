/**
 * What a printed page carries in its margins (print.css draws it with @page margin boxes):
 * set per page as CSS custom properties, because the margin boxes cannot read the page.
 */

/** A CSS string literal, safe inside a <style> element: quotes, backslashes, line breaks and "<" escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

export interface PrintMargins {
  /** Running head, top left (from page 2). */
  readonly title: string;
  /** Top right: the date of the data ("as of 1 December 2021"). */
  readonly asOf: string;
  /** Bottom left: the site's name. */
  readonly site: string;
}

/** The rule that sets the margin texts; print.css places them and adds the page numbers. */
export function printMarginCss(m: PrintMargins): string {
  return `:root{--print-title:${cssString(m.title)};--print-as-of:${cssString(m.asOf)};--print-site:${cssString(m.site)}}`;
}
