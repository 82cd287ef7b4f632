/**
 * Text widths in the browser: the browser itself measures, with the font the chart is
 * drawn in (a canvas's measureText, which needs no layout of the page). Browser only.
 */
import { memoMeasure, type Measure } from '../../lib/text/measure.ts';

/** A measurer for text in a font family (e.g. an SVG's computed font-family). */
export function canvasMeasure(fontFamily: string): Measure {
  const context = document.createElement('canvas').getContext('2d')!;
  return memoMeasure((text, style) => {
    context.font = `${style.italic ? 'italic ' : ''}${style.bold ? 700 : 400} ${style.size}px ${fontFamily}`;
    return context.measureText(text).width;
  });
}
