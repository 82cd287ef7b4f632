/**
 * How charts learn how wide a piece of text is. Layouts never guess: they are handed a
 * measurer for the place they are drawn in — at build time one that reads the bundled font
 * files (src/charts/node/font-metrics.ts), in the browser one the browser answers
 * (src/charts/browser/canvas-measure.ts). Pure types and helpers only.
 */

/** The properties of text that change its width. Weights are 400 or 700 (the bundled fonts' two). */
export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/** Width in pixels of a line of text in a style. */
export type Measure = (text: string, style: TextStyle) => number;

/** Remembers widths, for measurers whose every call costs (shaping, canvas). */
export function memoMeasure(measure: Measure): Measure {
  const cache = new Map<string, number>();
  return (text, style) => {
    const key = `${style.size}|${style.bold ? 1 : 0}${style.italic ? 1 : 0}|${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      w = measure(text, style);
      if (cache.size > 50_000) cache.clear();
      cache.set(key, w);
    }
    return w;
  };
}

/** The widest of several texts in a style (0 for none). */
export function widest(measure: Measure, texts: readonly string[], style: TextStyle): number {
  return texts.reduce((max, t) => Math.max(max, measure(t, style)), 0);
}
