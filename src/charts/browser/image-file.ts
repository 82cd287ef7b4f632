/**
 * An image file made in the browser from a framed chart (../render.ts): the SVG as written,
 * or a PNG drawn from it on a canvas at its own pixel size or twice that. For states of a
 * chart with no prebuilt images (another date); the text is in the reader's fonts, which the
 * chart was laid out with. Browser only.
 */

const SVG_TYPE = 'image/svg+xml';

/** The SVG element as a standalone file. */
export function svgFile(svg: SVGSVGElement): Blob {
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`], { type: SVG_TYPE });
}

/**
 * The SVG drawn as a PNG, its width and height attributes (pixels) times `scale`. Rejects
 * when the browser cannot draw it (a canvas too large for it, say).
 */
export async function pngFile(svg: SVGSVGElement, scale: 1 | 2): Promise<Blob> {
  const width = Math.round(Number(svg.getAttribute('width')) * scale);
  const height = Math.round(Number(svg.getAttribute('height')) * scale);
  const url = URL.createObjectURL(svgFile(svg));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width, height });
    const context = canvas.getContext('2d');
    if (!context) throw new Error(`no canvas of ${width} × ${height} px`);
    context.drawImage(image, 0, 0, width, height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error(`no PNG of ${width} × ${height} px`);
    return png;
  } finally {
    URL.revokeObjectURL(url);
  }
}
