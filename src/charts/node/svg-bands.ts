/**
 * Cuts a tall SVG image into horizontal bands, each an SVG of its own holding only the
 * elements that can reach it, for the rasteriser (./raster.ts). Server-only.
 *
 * Why: sharp's SVG loader (libvips + librsvg) draws a tall image in rows of tiles 2,000 px
 * high and draws the whole document again for every row, so an image's cost grows with its
 * height times its elements: with the height squared, for a chart whose elements fill it.
 * The phone layout of a dense matrix (1080 × 26,000 px) took 1.7 s of CPU; drawn band by
 * band, 0.6 s. Each band is drawn at its size in pixels with the transform its row of tiles
 * would have had, so the pixels are the same (tests/unit/svg-bands.test.ts compares them).
 *
 * An element is left out of a band only when its extent is known from its attributes
 * (rect, line, circle, text with absolute y, path) and lies clear of the band by a margin;
 * anything else (groups with other transforms, `use`, filters, CSS) is kept in every band.
 * The bands are cut from the document's own text (read with htmlparser2, which records where
 * each element starts and ends): nothing is parsed into a DOM or written out again, since
 * this runs on the build's main thread for every tall image.
 */
import { Parser } from 'htmlparser2';

/** The loader's tile height, and so the tallest band drawn in one go. */
export const TILE_PX = 2000;
/** How far (in the SVG's own units) an element's estimated extent may be off: strokes, glyphs. */
const MARGIN = 24;

export interface SvgBand {
  /** Offset of the band in the image, in pixels. */
  top: number;
  /** Height of the band, in pixels. */
  height: number;
  /** The band as an SVG whose own size is its size in pixels: drawn at 72 dpi, scale 1. */
  svg: string;
}

export interface SvgBands {
  width: number;
  height: number;
  bands: SvgBand[];
}

type Extent = readonly [top: number, bottom: number];
type Piece = { markup: string; extent?: Extent } | { open: string; close: string; children: Piece[] };

/** An element as read: its attributes, children, and where its text begins and ends in the document. */
interface Node {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: (Node | Text)[];
  /** Index of its "<". */
  readonly start: number;
  /** Index just past its opening tag's ">". */
  openEnd: number;
  /** Index just past its closing tag's (or self-closing tag's) ">". */
  end: number;
}
interface Text {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}
const isNode = (n: Node | Text): n is Node => 'name' in n;

/** The document element's name and attributes, read without going further into the document. */
function rootOf(xml: string): { name: string; attributes: Record<string, string> } | undefined {
  let root: { name: string; attributes: Record<string, string> } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        root ??= { name, attributes };
        parser.pause();
      },
    },
    { xmlMode: true, decodeEntities: false },
  );
  parser.write(xml);
  return root;
}

/** Reads an XML document into nodes; undefined if it is not well formed. */
function read(xml: string): Node | undefined {
  const stack: Node[] = [];
  let root: Node | undefined;
  let broken = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const node: Node = { name, attributes, children: [], start: parser.startIndex, openEnd: parser.endIndex + 1, end: -1 };
        stack.at(-1)?.children.push(node);
        root ??= node;
        stack.push(node);
      },
      // Called for a self-closing tag too (with `implied` true), just past its "/>".
      onclosetag(name) {
        const node = stack.pop();
        if (!node || node.name !== name) broken = true;
        else node.end = parser.endIndex + 1;
      },
      ontext(text) {
        stack.at(-1)?.children.push({ text, start: parser.startIndex, end: parser.endIndex + 1 });
      },
    },
    { xmlMode: true, decodeEntities: false },
  );
  parser.end(xml);
  return broken || stack.length > 0 ? undefined : root;
}

type Attributed = Pick<Node, 'attributes'>;
const has = (node: Attributed, name: string) => node.attributes[name] !== undefined;
/** CSS, filters, clips and masks can move or spread what is drawn beyond what the geometry says. */
const beyondGeometry = (node: Attributed) => has(node, 'style') || has(node, 'filter') || has(node, 'clip-path') || has(node, 'mask');
const number = (node: Attributed, name: string): number | undefined => {
  const value = node.attributes[name];
  if (value === undefined) return undefined;
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
function extent(node: Node, fontSize: number): Extent | undefined {
  if (beyondGeometry(node)) return undefined;
  const transform = verticalTransform(node.attributes.transform ?? null);
  if (!transform) return undefined;
  let own: Extent | undefined;
  switch (node.name) {
    case 'rect': {
      const y = number(node, 'y') ?? 0;
      const height = number(node, 'height');
      own = height === undefined ? undefined : [y, y + height];
      break;
    }
    case 'line': {
      const y1 = number(node, 'y1') ?? 0;
      const y2 = number(node, 'y2') ?? 0;
      own = [Math.min(y1, y2), Math.max(y1, y2)];
      break;
    }
    case 'circle': {
      const cy = number(node, 'cy') ?? 0;
      const r = number(node, 'r') ?? 0;
      own = [cy - r, cy + r];
      break;
    }
    case 'path': {
      const d = node.attributes.d;
      own = d ? pathExtent(d) : undefined;
      break;
    }
    case 'text': {
      const size = number(node, 'font-size') ?? fontSize;
      const baselines = textBaselines(node);
      if (!baselines) return undefined;
      own = [Math.min(...baselines) - 2 * size, Math.max(...baselines) + size];
      break;
    }
    default:
      return undefined;
  }
  if (!own) return undefined;
  const [dy, k] = transform;
  return [dy + k * own[0], dy + k * own[1]];
}

/**
 * The baselines a text element's characters sit on, in order: text starts at the element's y
 * (0 if none), a tspan with a y starts a line there, and one without continues the line it is
 * on. Undefined if anything could move text elsewhere: dy, a y list, a transform or CSS on a
 * span, or anything but plain tspans inside.
 */
function textBaselines(text: Node): number[] | undefined {
  const y = (node: Node) => (has(node, 'y') ? number(node, 'y') ?? NaN : undefined);
  if (has(text, 'dy') || has(text, 'style')) return undefined;
  let current = y(text) ?? 0;
  const baselines: number[] = [];
  for (const child of text.children) {
    if (!isNode(child)) {
      if (child.text.trim() !== '') baselines.push(current);
      continue;
    }
    if (child.name !== 'tspan' || child.children.some(isNode)) return undefined;
    if (has(child, 'dy') || has(child, 'transform') || has(child, 'style')) return undefined;
    current = y(child) ?? current;
    baselines.push(current);
  }
  return baselines.length > 0 && baselines.every(Number.isFinite) ? baselines : undefined;
}

/** The document as pieces of its own text: groups moved only vertically stay open to look inside; anything else is one piece. */
function pieces(svg: string, parent: Node, offset: number, fontSize: number): Piece[] {
  return parent.children.map((child): Piece => {
    const markup = svg.slice(child.start, child.end);
    if (!isNode(child)) return { markup };
    const size = number(child, 'font-size') ?? fontSize;
    if (child.name === 'g' && !beyondGeometry(child)) {
      const transform = verticalTransform(child.attributes.transform ?? null);
      if (transform && transform[1] === 1) {
        if (child.openEnd === child.end) return { open: `${svg.slice(child.start, child.openEnd - 2).trimEnd()}>`, close: '</g>', children: [] };
        return { open: svg.slice(child.start, child.openEnd), close: '</g>', children: pieces(svg, child, offset + transform[0], size) };
      }
    }
    const own = extent(child, size);
    return own ? { markup, extent: [offset + own[0], offset + own[1]] } : { markup };
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

/** The root's opening tag with its width, height and viewBox set. */
function rootTag(open: string, width: number, height: number, viewBox: string): string {
  let tag = open.replace(/\/?>$/, '');
  for (const [name, value] of [
    ['width', String(width)],
    ['height', String(height)],
    ['viewBox', viewBox],
  ] as const) {
    const attribute = new RegExp(`(\\s)${name}\\s*=\\s*("[^"]*"|'[^']*')`);
    tag = attribute.test(tag) ? tag.replace(attribute, `$1${name}="${value}"`) : `${tag} ${name}="${value}"`;
  }
  return `${tag}>`;
}

/**
 * The bands of an SVG image drawn at `scale`, or undefined when it fits in one band or cannot
 * be cut exactly: each band must start at a whole pixel that is also a whole unit of the
 * SVG's own coordinates, so that it is drawn with exactly the tile row's transform.
 */
export function svgBands(svg: string, scale: number, bandPx = TILE_PX): SvgBands | undefined {
  // Most images fit in one band: their size, from the root's tag, is all that is read of them.
  const head = rootOf(svg);
  if (!head || head.name !== 'svg' || svg.includes('<style')) return undefined;
  const width = number(head, 'width');
  const height = number(head, 'height');
  if (width === undefined || height === undefined) return undefined;
  const viewBox = (head.attributes.viewBox ?? `0 0 ${width} ${height}`).trim().split(/[\s,]+/).map(Number);
  if (viewBox.length !== 4 || viewBox.some((v) => !Number.isInteger(v))) return undefined;
  const [vx, vy, vw] = viewBox as [number, number, number, number];
  const pxWidth = width * scale;
  const pxHeight = height * scale;
  const pxPerUnit = pxWidth / vw;
  if (!Number.isInteger(pxWidth) || !Number.isInteger(pxHeight) || !Number.isInteger(pxPerUnit) || pxHeight !== viewBox[3]! * pxPerUnit) return undefined;
  const bandUnits = Math.floor(bandPx / pxPerUnit);
  const step = bandUnits * pxPerUnit;
  if (bandUnits < 1 || pxHeight <= step) return undefined;

  const root = read(svg);
  if (!root) return undefined;
  const tree = pieces(svg, root, 0, number(root, 'font-size') ?? 16);
  const open = svg.slice(root.start, root.openEnd);
  const bands: SvgBand[] = [];
  for (let top = 0; top < pxHeight; top += step) {
    const px = Math.min(step, pxHeight - top);
    const unitTop = vy + top / pxPerUnit;
    const units = px / pxPerUnit;
    bands.push({ top, height: px, svg: `${rootTag(open, pxWidth, px, `${vx} ${unitTop} ${vw} ${units}`)}${markupWithin(tree, unitTop, unitTop + units)}</svg>` });
  }
  return { width: pxWidth, height: pxHeight, bands };
}
