/**
 * An SVG image as the rasteriser sees it: without what is there for screen readers, links
 * and scripts and draws nothing (aria-*, data-*, role and tabindex attributes; the text of
 * <title> and <desc>). Server-only.
 *
 * Why: a chart's marks carry each event's title in an aria-label. Editing one event's title
 * changed the markup of the whole-history and year timeline images, and each was rasterised
 * again at 1× and 2× (0.8 s of CPU at 1,000 events) to the same pixels. The images are drawn
 * from this text, so it is also what their cache keys are made of (./raster.ts).
 *
 * The markup is the project's own (src/charts/shared/server-document.ts): every "<", ">" and
 * '"' in a text or an attribute value is escaped, so a tag runs from "<" to the next ">"
 * and an attribute's value to the next '"'. A document with a <style> that selects by
 * attribute ("[…]"), where those attributes could change how it looks, is left as it is.
 */

const SILENT_ATTRIBUTE = / (?:aria-[a-z]+|data-[a-z0-9-]+|role|tabindex)="[^"]*"/g;
const TAG = /<[a-zA-Z][^>]*>/g;
const SILENT_TEXT = /(<(title|desc)\b[^>]*>)[^<]*(<\/\2>)/g;
const STYLE = /<style\b[^>]*>([^<]*)<\/style>/g;

export function pixelSource(svg: string): string {
  for (const style of svg.matchAll(STYLE)) if (style[1]!.includes('[')) return svg;
  return svg.replace(TAG, (tag) => tag.replace(SILENT_ATTRIBUTE, '')).replace(SILENT_TEXT, '$1$3');
}
