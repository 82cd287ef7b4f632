/**
 * Text boxes of an SVG as the browser lays them out, and what is wrong with them: a line of
 * one <text> overlapping a line of another, or text leaving the drawing. Each line's box is
 * the browser's own (font ascent to descent, advance width), turned with the text.
 */

export interface Quad {
  /** Which <text> element the line belongs to (lines of one element may touch). */
  readonly text: number;
  readonly label: string;
  readonly points: readonly [number, number][];
}

/** Runs in the page: the boxes of every drawn line of the SVG at `selector`, in its viewBox's units. */
export function textQuads(selector: string): { quads: Quad[]; width: number; height: number } {
  const svg = document.querySelector(selector) as SVGSVGElement;
  const root = svg.getScreenCTM()!.inverse();
  const quads: { text: number; label: string; points: [number, number][] }[] = [];
  [...svg.querySelectorAll('text')].forEach((text, i) => {
    const lines = text.querySelectorAll('tspan').length ? [...text.querySelectorAll('tspan')] : [text];
    for (const line of lines) {
      const box = (line as SVGGraphicsElement).getBBox();
      if (box.width === 0 || box.height === 0 || !(line.textContent ?? '').trim()) continue;
      const m = root.multiply(text.getScreenCTM()!);
      const corners: [number, number][] = [
        [box.x, box.y],
        [box.x + box.width, box.y],
        [box.x + box.width, box.y + box.height],
        [box.x, box.y + box.height],
      ].map(([x, y]) => [m.a * x! + m.c * y! + m.e, m.b * x! + m.d * y! + m.f]);
      quads.push({ text: i, label: line.textContent ?? '', points: corners });
    }
  });
  const vb = svg.viewBox.baseVal;
  return { quads, width: vb.width, height: vb.height };
}

/** Whether two convex quadrilaterals overlap by more than `slack` px (separating axis test). */
export function overlap(a: Quad, b: Quad, slack: number): boolean {
  for (const poly of [a.points, b.points]) {
    for (let i = 0; i < poly.length; i++) {
      const [x1, y1] = poly[i]!;
      const [x2, y2] = poly[(i + 1) % poly.length]!;
      const nx = y2 - y1;
      const ny = x1 - x2;
      const len = Math.hypot(nx, ny) || 1;
      const project = (p: readonly [number, number][]) => p.map(([x, y]) => (x * nx + y * ny) / len);
      const pa = project(a.points);
      const pb = project(b.points);
      if (Math.min(...pa) + slack >= Math.max(...pb) || Math.min(...pb) + slack >= Math.max(...pa)) return false;
    }
  }
  return true;
}

/** Lines that leave the drawing, and pairs of lines of different texts that overlap. */
export function textProblems(name: string, quads: readonly Quad[], width: number, height: number): string[] {
  const problems: string[] = [];
  for (const q of quads) {
    if (q.points.some(([x, y]) => x < -0.5 || y < -0.5 || x > width + 0.5 || y > height + 0.5)) problems.push(`${name}: “${q.label}” leaves the image`);
  }
  for (let i = 0; i < quads.length; i++) {
    for (let j = i + 1; j < quads.length; j++) {
      if (quads[i]!.text !== quads[j]!.text && overlap(quads[i]!, quads[j]!, 0.5)) problems.push(`${name}: “${quads[i]!.label}” overlaps “${quads[j]!.label}”`);
    }
  }
  return problems;
}
