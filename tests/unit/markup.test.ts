/**
 * Server-drawn charts become markup in one place (toMarkup): valid XML for the image files and
 * valid HTML inline in pages, with every attribute and text escaped — "Taobao & JD" in a title
 * once left a raw "&" in an attribute and crashed the rasteriser.
 */
import { DOMParser } from 'linkedom';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { measureWithFonts } from '../../src/charts/node/font-metrics.ts';
import { renderOgCard } from '../../src/charts/og-card.ts';
import { serverDocument, toMarkup } from '../../src/charts/shared/server-document.ts';
import { LIGHT } from '../../src/charts/shared/theme.ts';
import { renderTimeline } from '../../src/charts/timeline/render-timeline.ts';
import { timelineEngine } from '../../src/lib/timeline/engine.ts';
import { timelineGeometry } from '../../src/lib/timeline/geometry.ts';
import { DEFAULT_VIEW } from '../../src/lib/timeline/view.ts';
import { seedData, timelineStrings, laneNamesFor } from '../support/timeline-fixtures.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const NASTY = 'Taobao & JD <Tmall> "quoted" \'single\' &amp; &copy 😀';

describe('toMarkup', () => {
  it('escapes "&", "<", ">" and quotes in attributes and text, so the markup reads back as written', () => {
    const document = serverDocument();
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('xmlns', SVG_NS);
    svg.setAttribute('aria-label', NASTY);
    svg.appendChild(document.createElementNS(SVG_NS, 'title')).textContent = NASTY;
    svg.appendChild(document.createElementNS(SVG_NS, 'rect')).setAttribute('width', '1');
    const markup = toMarkup(svg);
    expect(markup).toBe(
      '<svg aria-label="Taobao &amp; JD &lt;Tmall&gt; &quot;quoted&quot; \'single\' &amp;amp; &amp;copy 😀" xmlns="http://www.w3.org/2000/svg">' +
        '<title>Taobao &amp; JD &lt;Tmall&gt; "quoted" \'single\' &amp;amp; &amp;copy 😀</title><rect width="1" /></svg>',
    );
    const back = new DOMParser().parseFromString(`<!doctype html><html><body>${markup}</body></html>`, 'text/html').querySelector('svg')!;
    expect(back.getAttribute('aria-label')).toBe(NASTY);
    expect(back.querySelector('title')?.textContent).toBe(NASTY);
  });

  it('is XML a strict parser reads (sharp refuses a raw "&" or "<" in an attribute)', async () => {
    const document = serverDocument();
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('xmlns', SVG_NS);
    svg.setAttribute('width', '10');
    svg.setAttribute('height', '10');
    svg.setAttribute('aria-label', NASTY);
    await expect(sharp(Buffer.from(toMarkup(svg))).metadata()).resolves.toMatchObject({ format: 'svg', width: 10 });
    await expect(sharp(Buffer.from(svg.outerHTML)).metadata()).rejects.toThrow();
  });

  it('matches linkedom’s own serialisation wherever nothing needs escaping (the seed timeline)', () => {
    const layout = timelineEngine(seedData('en'), laneNamesFor('No platform named'), measureWithFonts).layout(DEFAULT_VIEW, timelineGeometry(1120));
    const svg = serverDocument().createElementNS(SVG_NS, 'svg') as SVGSVGElement;
    renderTimeline(svg, layout, { strings: timelineStrings('en'), eventHref: (id) => `/en/events/${id}/` });
    const markup = toMarkup(svg);
    expect(markup.length).toBeGreaterThan(10_000);
    expect(markup).toBe(svg.outerHTML);
  });

  it('makes a social card with a title full of markup characters that the rasteriser reads', async () => {
    const card = renderOgCard({ site: 'Site & <co>', date: '2021', title: NASTY, summary: `${NASTY} `.repeat(20) }, serverDocument(), LIGHT, 'sans-serif', measureWithFonts);
    const png = await sharp(Buffer.from(toMarkup(card))).png().toBuffer();
    expect((await sharp(png).metadata()).width).toBe(1200);
  });
});
