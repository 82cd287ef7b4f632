/**
 * The timeline rendered to SVG markup without a browser: the same renderer drawing into a
 * linkedom document. Used at build time so the page shows the real chart before any script
 * runs (and by issue 5's images and embeds). Node only: never import this from browser code.
 */
import type { TimelineLayout } from '../../lib/timeline/layout.ts';
import type { OverviewLayout } from '../../lib/timeline/overview.ts';
import { renderOverview } from './render-overview.ts';
import { renderTimeline, type RenderOptions } from './render-timeline.ts';
import { serverDocument, toMarkup } from '../shared/server-document.ts';
import { SVG_NS } from './svg.ts';

function blankSvg(): SVGSVGElement {
  const document = serverDocument();
  const svg = document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  document.body.appendChild(svg);
  return svg;
}

/** `<svg …>…</svg>` for a layout; attributes added to the root (id, class) are kept. */
export function timelineSvg(layout: TimelineLayout, options: RenderOptions, attributes: Record<string, string> = {}): string {
  const svg = blankSvg();
  renderTimeline(svg, layout, options);
  for (const [k, v] of Object.entries(attributes)) svg.setAttribute(k, v);
  return toMarkup(svg);
}

export function overviewSvg(layout: OverviewLayout, attributes: Record<string, string> = {}): string {
  const svg = blankSvg();
  renderOverview(svg, layout);
  for (const [k, v] of Object.entries(attributes)) svg.setAttribute(k, v);
  return toMarkup(svg);
}
