/**
 * Cuts a tall SVG image into horizontal bands, each an SVG of its own holding only the
 * elements that can reach it, for the rasteriser (./raster.ts). Server-only.
 *
 * Why: sharp's SVG loader (libvips + librsvg) draws a tall image in rows of tiles 2,000 px
 * high and draws the whole document again for every row, so an image's cost grows with its
 * height times its elements: with the height squared, for a chart whose elements fill it.
 * The phone layout of a dense matrix (1080 × 26,000 px) took 1.5 s of CPU; drawn band by
 * band, 1.0 s. Each band is drawn with the same transform the tile row would have had, so
 * the pixels are the same (tests/unit/svg-bands.test.ts compares them).
 *
 * An element is left out of a band only when its extent is known from its attributes
 * (rect, line, circle, text with absolute y, path) and lies clear of the band by a margin;
 * anything else (groups with other transforms, `use`, filters, CSS) is kept in every band.
 */
import { DOMParser } from 'linkedom';
import { toMarkup } from '../shared/server-document.ts';

/** The loader's tile height, and so the tallest band drawn in one go. */
export const TILE_PX = 2000;
/** How far (in the SVG's own units) an element's estimated extent may be off: strokes, glyphs. */
const MARGIN = 24;

export interface SvgBand {
  /** Offset of the band in the image, in pixels. */
  top: number;
  /** Height of the band, in pixels. */
  height: number;
  svg: string;
}

export interface SvgBands {
  width: number;
  height: number;
  bands: SvgBand[];
}

type Extent = readonly [top: number, bottom: number];
type Piece = { markup: string; extent?: Extent } | { open: string; close: string; children: Piece[] };

const number = (el: Element, name: string): number | undefined => {
  const value = el.getAttribute(name);
  if (value === null) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
};

/** `translate(x, y)` optionally followed by `scale(k)`, as [y, k]; no transform is [0, 1]; anything else undefined. */
export function verticalTransform(transform: string | null): readonly [dy: number, k: number] | undefined {
  if (transform === null || transform.trim() === '') return [0, 1];
  const m = /^translate\(\s*(-?[\d.]+(?:e-?\d+)?)(?:[\s,]+(-?[\d.]+(?:e-?\d+)?))?\s*\)(?:\s*scale\(\s*([\d.]+(?:e-?\d+)?)\s*\))?$/.exec(transform.trim());
  return m ? [Number(m[2] ?? 0), m[3] === undefined ? 1 : Number(m[3])] : undefined;
}

/**
 * The vertical extent of a path's outline (control points included, which bound the curve);
 * undefined for arcs or anything it cannot read.
 */
export function pathExtent(d: string): Extent | undefined {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  let command = '';
  let x = 0, y = 0, startY = 0, i = 0;
  let top = Infinity, bottom = -Infinity;
  const next = () => Number(tokens[i++]);
  const see = (v: number) => {
    top = Math.min(top, v);
    bottom = Math.max(bottom, v);
  };
  while (i < tokens.length) {
    if (/[a-zA-Z]/.test(tokens[i]!)) command = tokens[i++]!;
    const relative = command === command.toLowerCase();
    const yOf = (v: number) => (relative ? y + v : v);
    switch (command.toUpperCase()) {
      case 'M':
      case 'L':
      case 'T': {
        const nx = next(), ny = next();
        x = relative ? x + nx : nx;
        y = yOf(ny);
        see(y);
        if (command === 'M' || command === 'm') {
          startY = y;
          command = relative ? 'l' : 'L';
        }
        break;
      }
      case 'H': {
        const nx = next();
        x = relative ? x + nx : nx;
        break;
      }
      case 'V':
        y = yOf(next());
        see(y);
        break;
      case 'C': {
        const p = [next(), next(), next(), next(), next(), next()] as const;
        see(yOf(p[1]));
        see(yOf(p[3]));
        x = relative ? x + p[4] : p[4];
        y = yOf(p[5]);
        see(y);
        break;
      }
      case 'S':
      case 'Q': {
        const p = [next(), next(), next(), next()] as const;
        see(yOf(p[1]));
        x = relative ? x + p[2] : p[2];
        y = yOf(p[3]);
        see(y);
        break;
      }
      case 'Z':
        y = startY;
        break;
      default:
        return undefined;
    }
    if (!Number.isFinite(x) || !Number.isFinite(y)) return undefined;
  }
  return top <= bottom ? [top, bottom] : undefined;
}

/** An element's vertical extent in its parent's units, if its attributes say it; font size is the inherited one. */
function extent(el: Element, fontSize: number): Extent | undefined {
  if (el.hasAttribute('filter') || el.hasAttribute('style') || el.hasAttribute('clip-path') || el.hasAttribute('mask')) return undefined;
  const transform = verticalTransform(el.getAttribute('transform'));
  if (!transform) return undefined;
  let own: Extent | undefined;
  switch (el.localName) {
    case 'rect': {
      const y = number(el, 'y') ?? 0;
      const height = number(el, 'height');
      own = height === undefined ? undefined : [y, y + height];
      break;
    }
    case 'line': {
      const y1 = number(el, 'y1') ?? 0;
      const y2 = number(el, 'y2') ?? 0;
      own = [Math.min(y1, y2), Math.max(y1, y2)];
      break;
    }
    case 'circle': {
      const cy = number(el, 'cy') ?? 0;
      const r = number(el, 'r') ?? 0;
      own = [cy - r, cy + r];
      break;
    }
    case 'path': {
      const d = el.getAttribute('d');
      own = d ? pathExtent(d) : undefined;
      break;
    }
    case 'text': {
      const size = number(el, 'font-size') ?? fontSize;
      const spans = Array.from(el.children);
      const lines = [el, ...spans];
      // Every line placed by an absolute y (a tspan without one continues its line); dy, a
      // span's own transform or deeper nesting would move text where the attributes do not say.
      if (lines.some((line) => line.hasAttribute('dy') || line.hasAttribute('style')) || spans.some((span) => span.localName !== 'tspan' || span.hasAttribute('transform') || span.children.length > 0)) return undefined;
      const ys = lines.map((line) => number(line, 'y')).filter((v): v is number => v !== undefined);
      if (ys.length === 0) return undefined;
      own = [Math.min(...ys) - 2 * size, Math.max(...ys) + size];
      break;
    }
    default:
      return undefined;
  }
  if (!own) return undefined;
  const [dy, k] = transform;
  return [dy + k * own[0], dy + k * own[1]];
}

/** The opening tag of an element as markup (its children left out). */
function openTag(el: Element): string {
  const markup = toMarkup(el.cloneNode(false) as Element);
  return markup.endsWith(' />') ? `${markup.slice(0, -3)}>` : markup.slice(0, markup.lastIndexOf('</'));
}

/** The document as pieces: groups moved only vertically stay open to look inside; everything else is one piece. */
function pieces(parent: Element, offset: number, fontSize: number): Piece[] {
  return Array.from(parent.childNodes).map((node): Piece => {
    if (node.nodeType !== 1) return { markup: toMarkup(node) };
    const el = node as Element;
    const size = number(el, 'font-size') ?? fontSize;
    if (el.localName === 'g' && !el.hasAttribute('filter') && !el.hasAttribute('style') && !el.hasAttribute('clip-path') && !el.hasAttribute('mask')) {
      const transform = verticalTransform(el.getAttribute('transform'));
      if (transform && transform[1] === 1) return { open: openTag(el), close: '</g>', children: pieces(el, offset + transform[0], size) };
    }
    const own = extent(el, size);
    return own ? { markup: toMarkup(el), extent: [offset + own[0], offset + own[1]] } : { markup: toMarkup(el) };
  });
}

function markupWithin(list: readonly Piece[], top: number, bottom: number): string {
  let out = '';
  for (const piece of list) {
    if ('open' in piece) out += piece.open + markupWithin(piece.children, top, bottom) + piece.close;
    else if (!piece.extent || (piece.extent[1] >= top - MARGIN && piece.extent[0] <= bottom + MARGIN)) out += piece.markup;
  }
  return out;
}

/**
 * The bands of an SVG image drawn at `scale`, or undefined when it fits in one band or cannot
 * be cut exactly: each band must start at a whole pixel that is also a whole unit of the
 * SVG's own coordinates, so that it is drawn with exactly the tile row's transform.
 */
export function svgBands(svg: string, scale: number, bandPx = TILE_PX): SvgBands | undefined {
  const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement as unknown as Element | null;
  if (!root || root.localName !== 'svg' || root.getElementsByTagName('style').length > 0) return undefined;
  const width = number(root, 'width');
  const height = number(root, 'height');
  if (width === undefined || height === undefined) return undefined;
  const viewBox = (root.getAttribute('viewBox') ?? `0 0 ${width} ${height}`).trim().split(/[\s,]+/).map(Number);
  if (viewBox.length !== 4 || viewBox.some((v) => !Number.isInteger(v))) return undefined;
  const [vx, vy, vw, vh] = viewBox as [number, number, number, number];
  const pxWidth = width * scale;
  const pxHeight = height * scale;
  const pxPerUnit = pxWidth / vw;
  if (!Number.isInteger(pxWidth) || !Number.isInteger(pxHeight) || !Number.isInteger(pxPerUnit) || pxHeight !== vh * pxPerUnit) return undefined;
  const bandUnits = Math.floor(bandPx / pxPerUnit);
  const step = bandUnits * pxPerUnit;
  if (bandUnits < 1 || pxHeight <= step) return undefined;

  const tree = pieces(root, 0, number(root, 'font-size') ?? 16);
  const bands: SvgBand[] = [];
  for (let top = 0; top < pxHeight; top += step) {
    const px = Math.min(step, pxHeight - top);
    const unitTop = vy + top / pxPerUnit;
    const units = px / pxPerUnit;
    const head = root.cloneNode(false) as Element;
    head.setAttribute('height', String(px / scale));
    head.setAttribute('viewBox', `${vx} ${unitTop} ${vw} ${units}`);
    bands.push({ top, height: px, svg: `${openTag(head)}${markupWithin(tree, unitTop, unitTop + units)}</svg>` });
  }
  return { width: pxWidth, height: pxHeight, bands };
}
