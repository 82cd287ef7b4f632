/**
 * vis-timeline 8.5 (the npm package's standalone build) loading the same synthetic events
 * as the site's timeline, in the same browser and the same run: the timeline benchmark's
 * budget is a third of its first interactive render, and the same code's figures on this
 * machine change from one day to the next (509 ms one day, 1,509 ms another), so the
 * reference is measured beside the site rather than taken from the day issue 15 was filed.
 *
 * The events come from the site's own data file for the benchmark's history: an event dated
 * to the day is a point, one dated to a month or a year spans it (a fifth of the synthetic
 * events), and the lanes are the events' first platform, folded into eight groups as in the
 * issue's side-by-side run. The page fetches the events as the site's does (a preloaded JSON
 * file), makes a vis-timeline with its default options, and notes the time of the first
 * `changed` event after which an item is on screen, and the window then shown (which must
 * hold the events' whole span: vis-timeline fits its window to the items). That reproduces
 * the figure the budget came from (3.3–3.5 s here against the 3.53 s). It is
 * probably an early point: with the window set to the span from the start instead, the
 * first such event came after 76 s (one load, on a busy machine), so laying out all 10,000
 * events takes vis-timeline far longer. The stricter figure is kept as the reference.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startServer } from '../../scripts/serve.ts';
import type { EncodedEvent, TimelinePayload } from '../../src/lib/timeline/payload.ts';
import { dayToUtcDate, utcDateToDay } from '../../src/model/calendar-date.ts';

const LANES = 8;

/** The installed package's folder. */
const visPackage = () => dirname(createRequire(import.meta.url).resolve('vis-timeline/package.json'));

/** The version measured, from the installed package. */
export function visTimelineVersion(): string {
  return (JSON.parse(readFileSync(join(visPackage(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** One vis-timeline item per event: a day's event a point, a month's or a year's a range. */
function item(row: EncodedEvent) {
  const [id, precision, start, end] = row;
  const platform = row[9][0] ?? 0;
  const base = { id, content: row[7], start: dayToUtcDate(start).getTime(), group: platform % LANES };
  return precision === 2 ? { ...base, type: 'point' } : { ...base, end: dayToUtcDate(end).getTime(), type: 'range' };
}

/**
 * The page: vis-timeline with its default options; the time noted is that of the first
 * `changed` event after which an item is on screen, with the window it showed (checked by
 * the benchmark).
 */
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>vis-timeline, side by side</title>
<link rel="stylesheet" href="vis-timeline-graph2d.min.css">
<link rel="preload" href="items.json" as="fetch" crossorigin="anonymous">
<script src="vis-timeline-graph2d.min.js"></script>
</head><body><div id="timeline"></div>
<script>
fetch('items.json').then((r) => r.json()).then(({ items, groups }) => {
  const timeline = new vis.Timeline(document.getElementById('timeline'), new vis.DataSet(items), new vis.DataSet(groups), {});
  const drawn = () => {
    const box = document.querySelector('.vis-item')?.getBoundingClientRect();
    if (!box || box.width === 0 || box.right < 0 || box.left > innerWidth) return;
    window.__visInteractive = performance.now();
    const shown = timeline.getWindow();
    window.__visWindow = [shown.start.getTime(), shown.end.getTime()];
    timeline.off('changed', drawn);
  };
  timeline.on('changed', drawn);
});
</script></body></html>`;

/** Writes the page, vis-timeline's files and the events into `dir`; returns the events' span in days. */
function writePage(dir: string, payloadFile: string): [number, number] {
  const { events } = JSON.parse(readFileSync(payloadFile, 'utf8')) as TimelinePayload;
  let first = Infinity;
  let last = -Infinity;
  for (const [, precision, start, end] of events) {
    first = Math.min(first, start);
    last = Math.max(last, precision === 2 ? start : end);
  }
  const groups = Array.from({ length: LANES }, (_, id) => ({ id, content: `Lane ${id + 1}` }));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'items.json'), JSON.stringify({ items: events.map(item), groups }));
  writeFileSync(join(dir, 'index.html'), PAGE);
  const pkg = visPackage();
  copyFileSync(join(pkg, 'standalone/umd/vis-timeline-graph2d.min.js'), join(dir, 'vis-timeline-graph2d.min.js'));
  copyFileSync(join(pkg, 'styles/vis-timeline-graph2d.min.css'), join(dir, 'vis-timeline-graph2d.min.css'));
  return [first, last];
}

export interface VisTimeline {
  /** One fresh page load: vis-timeline's first interactive render, in ms from navigation start. */
  load(browser: Browser): Promise<number>;
  close(): void;
}

/**
 * vis-timeline serving the events of `payloadFile` (the site's timeline data file) from
 * `dir`, ready to be loaded; the benchmark alternates its loads with the site's, so that
 * both are measured at the same time on a machine whose speed drifts.
 */
export async function visTimeline(payloadFile: string, dir: string): Promise<VisTimeline> {
  const [first, last] = writePage(dir, payloadFile);
  const server = await startServer({ dir, port: 0, host: '127.0.0.1', base: '/' });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    async load(browser) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Shanghai' });
      try {
        // A script error on the page is reported at once, not as a wait that runs out.
        const failed = new Promise<never>((_, reject) => page.once('pageerror', (error) => reject(new Error(`vis-timeline's page failed: ${error.message}`))));
        await Promise.race([page.goto(`${origin}/`, { waitUntil: 'load' }), failed]);
        await Promise.race([page.waitForFunction(() => (window as unknown as { __visInteractive?: number }).__visInteractive, undefined, { timeout: 120_000 }), failed]);
        const { at, shown } = await page.evaluate(() => {
          const w = window as unknown as { __visInteractive: number; __visWindow: [number, number] };
          return { at: w.__visInteractive, shown: w.__visWindow };
        });
        // The window drawn must hold the events' whole span (vis-timeline fits it, with a margin), or the time is of another view.
        if (utcDateToDay(new Date(shown[0])) > first || utcDateToDay(new Date(shown[1])) < last - 1) {
          throw new Error(`vis-timeline drew ${new Date(shown[0]).toISOString()} – ${new Date(shown[1]).toISOString()}, not the events' span`);
        }
        return at;
      } finally {
        await page.close();
      }
    },
    close() {
      server.close();
    },
  };
}
