import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { dataAsOf } from '../../src/lib/briefings/as-of.ts';
import { briefingCatalogue, briefingPdfFile, briefingRoute, type Briefing } from '../../src/lib/briefings/catalogue.ts';
import { cssString, printMarginCss } from '../../src/lib/briefings/print-margins.ts';
import { boundDay, eventsInRange, inRange } from '../../src/lib/briefings/range.ts';
import { keyChanges } from '../../src/data/briefings.ts';
import type { SiteContent } from '../../src/data/content.ts';
import { diff, dimensionsOf, indexTreatments } from '../../src/lib/treatments/index.ts';
import { href } from '../../src/lib/urls.ts';
import { isoDay, parseIsoDay } from '../../src/model/calendar-date.ts';
import { LANGS } from '../../src/model/lang.ts';
import { schemaFiles } from '../../src/validation/json-schemas.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { validateContent, type ValidContent } from '../../src/validation/validate.ts';
import { sortEvents } from '../../src/lib/event-order.ts';
import { qrModules, qrSvg } from '../../src/charts/qr/qr-svg.ts';
import { parsePaper, pdfJobs } from '../../scripts/pdf.ts';

const CONTENT = resolve(import.meta.dirname, '../../content');

function seed(): ValidContent {
  const r = validateContent(readContent(CONTENT));
  if (!r.ok) throw new Error('seed content is invalid');
  return { ...r.content, events: sortEvents(r.content.events) };
}

const event = (date: string, effective?: string) => ({ date, ...(effective ? { effective } : {}) });
const day = parseIsoDay;

describe('range bounds', () => {
  const events = new Map([
    ['shutdown', event('2021-05-14', '2021-05-19')],
    ['opening', event('2021-09-17')],
    ['launch', event('2018')],
    ['midnight', event('2021-11-29', '2021-11-30 00:00')],
  ]);

  it('an event as `from` starts the range just before it takes effect, so its changes are inside', () => {
    expect(isoDay(boundDay('shutdown', 'from', events)!)).toBe('2021-05-18');
    expect(isoDay(boundDay('midnight', 'from', events)!)).toBe('2021-11-29');
  });

  it('an event as `to` ends the range on the day it takes effect', () => {
    expect(isoDay(boundDay('shutdown', 'to', events)!)).toBe('2021-05-19');
    expect(isoDay(boundDay('midnight', 'to', events)!)).toBe('2021-11-30');
  });

  it('an event known only to the year counts from the last day of that year, as the engine does', () => {
    expect(isoDay(boundDay('launch', 'to', events)!)).toBe('2018-12-31');
    expect(isoDay(boundDay('launch', 'from', events)!)).toBe('2018-12-30');
  });

  it('a day is itself, on either side; an unknown event resolves to nothing', () => {
    expect(isoDay(boundDay('2021-09-17', 'from', events)!)).toBe('2021-09-17');
    expect(isoDay(boundDay('2021-09-17', 'to', events)!)).toBe('2021-09-17');
    expect(boundDay('no-such-event', 'to', events)).toBeUndefined();
  });
});

describe('events in a range (from, to]', () => {
  const range = { from: day('2021-05-18'), to: day('2021-09-17') };

  it('include the last day and exclude the first, like diff(from, to)', () => {
    expect(inRange(event('2021-09-17'), range)).toBe(true);
    expect(inRange(event('2021-05-18'), range)).toBe(false);
    expect(inRange(event('2021-05-19'), range)).toBe(true);
    expect(inRange(event('2021-09-18'), range)).toBe(false);
  });

  it('include an event dated only to a month that overlaps the range, at either end', () => {
    expect(inRange(event('2021-05'), range)).toBe(true);
    expect(inRange(event('2021-09'), range)).toBe(true);
    expect(inRange(event('2021-04'), range)).toBe(false);
    expect(inRange(event('2021-10'), range)).toBe(false);
  });

  it('include an event announced before the range that takes effect inside it', () => {
    expect(inRange(event('2021-05-14', '2021-05-19'), range)).toBe(true);
    expect(inRange(event('2021-05-10', '2021-05-18'), range)).toBe(false);
  });

  it('keep the given order', () => {
    const list = [{ data: event('2021-09') }, { data: event('2021-05-19') }, { data: event('2020') }];
    expect(eventsInRange(list, range)).toEqual([list[0], list[1]]);
  });
});

describe('the seed briefings', () => {
  const content = seed();
  const catalogue = briefingCatalogue({ platforms: content.reference.platforms, ranges: content.briefings, events: content.events });
  const ranges = catalogue.filter((b): b is Extract<Briefing, { kind: 'range' }> => b.kind === 'range');

  it('are the full briefing, the two ranges the issue names, and one per platform, in that order', () => {
    expect(catalogue[0]).toEqual({ kind: 'full' });
    expect(ranges.map((r) => [r.range.id, r.days.fromIso, r.days.toIso])).toEqual([
      // The shutdown takes effect on 20 May (the first day without the service), so the range starts on the 19th.
      ['shutdown-to-private-chat', '2021-05-19', '2021-09-17'],
      ['private-chat-to-group-chat', '2021-09-16', '2021-11-30'],
    ]);
    expect(catalogue.filter((b) => b.kind === 'platform').map((b) => (b as { platform: string }).platform)).toEqual(content.reference.platforms.map((p) => p.id));
    expect(catalogue).toHaveLength(1 + 2 + content.reference.platforms.length);
  });

  it('from the May shutdown to the 17 September opening: the diff holds both changes', () => {
    const index = indexTreatments(content.events.map((e) => e.data), dimensionsOf(content.reference));
    const d = diff(index, ranges[0]!.days.from, ranges[0]!.days.to);
    const causes = new Set(d.rows.flatMap((r) => r.statements.map((s) => s.event)));
    expect(causes).toContain('mini-program-open-app-ends');
    expect(causes).toContain('private-chat-opening');
    expect(causes).not.toContain('group-chat-opening');
  });

  it('every briefing has its own PDF name and page in each language', () => {
    const names = catalogue.flatMap((b) => LANGS.map((lang) => briefingPdfFile(b, lang)));
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('full.zh.pdf');
    expect(names).toContain('platform-taobao.en.pdf');
    expect(names).toContain('range-shutdown-to-private-chat.en.pdf');
    const pages = catalogue.flatMap((b) => LANGS.map((lang) => href(briefingRoute(b), lang, '/')));
    expect(new Set(pages).size).toBe(pages.length);
    expect(pages).toContain('/en/briefings/ranges/2021-05-19/2021-09-17/');
    expect(pages).toContain('/briefings/platforms/taobao/');
    expect(href({ page: 'briefing-pdf', file: 'full.en.pdf' }, 'en', '/sub/')).toBe('/sub/briefings/full.en.pdf');
  });

  it('key changes are the consecutive dates of change with a policy change, not those with reports only', () => {
    const index = indexTreatments(content.events.map((e) => e.data), dimensionsOf(content.reference));
    const changes = keyChanges({ treatments: index } as unknown as SiteContent);
    // The first date of change (the mini-program shutdown: nothing was known before it) is compared with the day before it.
    expect(index.changeDates[0]).toBe(parseIsoDay('2021-05-20'));
    expect(changes.map((k) => `${k.range.fromIso}→${k.range.toIso}`)).toEqual(['2021-05-19→2021-05-20', '2021-05-20→2021-09-17', '2021-11-29→2021-11-30']);
    for (const k of changes) expect(k.diff.rows.some((r) => r.basis === 'change')).toBe(true);
  });

  it('the data runs to the last day any event covers', () => {
    expect(isoDay(dataAsOf(content.events)!)).toBe('2021-12-01');
    expect(isoDay(dataAsOf([{ data: event('2021-11-29', '2021-11-30 00:00') }, { data: event('2021-11') }])!)).toBe('2021-11-30');
    expect(dataAsOf([])).toBeUndefined();
  });

  it('the editor schema accepts content/briefings.yaml and flags an event id that does not exist', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(schemaFiles(content)['briefings.schema.json']!));
    const data = parse(readFileSync(join(CONTENT, 'briefings.yaml'), 'utf8'), { schema: 'core' });
    expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate([{ ...data[0], from: 'private-chat-openin' }])).toBe(false);
    expect(validate([{ ...data[0], from: '2021-09-16' }])).toBe(true);
  });

  it('the PDF jobs cover every briefing in both languages, and --only narrows them by name', () => {
    const jobs = pdfJobs(content, '/');
    expect(jobs).toHaveLength(catalogue.length * LANGS.length);
    expect(jobs).toContainEqual({ page: '/en/briefings/full/', file: 'full.en.pdf' });
    expect(pdfJobs(content, '/base/', ['full', 'platform-taobao']).map((j) => j.page)).toEqual([
      '/base/briefings/full/',
      '/base/en/briefings/full/',
      '/base/briefings/platforms/taobao/',
      '/base/en/briefings/platforms/taobao/',
    ]);
  });
});

describe('paper sizes', () => {
  it('A4 by default; A4 or Letter in any case; anything else is refused by name', () => {
    expect(parsePaper(undefined)).toBe('A4');
    expect(parsePaper('')).toBe('A4');
    expect(parsePaper('letter')).toBe('Letter');
    expect(parsePaper(' A4 ')).toBe('A4');
    expect(() => parsePaper('A3')).toThrow('unknown paper size "A3": use A4 or Letter');
  });
});

describe('page margin texts', () => {
  it('are CSS strings that cannot end the string or the <style> element early', () => {
    expect(cssString('Taobao in WeChat')).toBe('"Taobao in WeChat"');
    const nasty = 'a "quote", a \\ backslash, a\nline </style><script>';
    const css = cssString(nasty);
    expect(css).not.toContain('</style');
    expect(css.slice(1, -1)).not.toContain('"');
    expect(css).not.toContain('\n');
    // Each escape is a hex code point followed by a space, as CSS reads it.
    expect(css).toContain('\\22 quote\\22 ');
    expect(css).toContain('\\3c /style\\3e ');
  });

  it('set the title, the date of the data and the site name as custom properties', () => {
    expect(printMarginCss({ title: '简报：淘宝', asOf: '截至 2021年12月1日', site: '微信外链政策史' })).toBe(
      ':root{--print-title:"简报：淘宝";--print-as-of:"截至 2021年12月1日";--print-site:"微信外链政策史"}',
    );
  });
});

describe('QR codes', () => {
  const url = 'https://example.org/en/briefings/platforms/taobao/';

  it('have the three finder patterns of a real QR code', () => {
    const m = qrModules(url);
    const n = m.length;
    expect((n - 17) % 4).toBe(0); // sizes are 21, 25, 29 … modules
    const finderAt = (row: number, col: number) => {
      for (let i = 0; i < 7; i++) {
        for (let j = 0; j < 7; j++) {
          const ring = Math.max(Math.abs(i - 3), Math.abs(j - 3));
          expect(m[row + i]![col + j], `finder at ${row},${col}: ${i},${j}`).toBe(ring !== 2);
        }
      }
    };
    finderAt(0, 0);
    finderAt(0, n - 7);
    finderAt(n - 7, 0);
  });

  it('draw every dark module once, inside a quiet zone of four modules, black on white', () => {
    const m = qrModules(url);
    const html = qrSvg(url, 'QR code: <url>').html;
    const size = m.length + 8;
    expect(html).toContain(`viewBox="0 0 ${size} ${size}"`);
    expect(html).toContain('aria-label="QR code: &lt;url&gt;"');
    expect(html).toContain('fill="#fff"');
    expect(html).toContain('fill="#000"');
    const runs = [...html.matchAll(/M(\d+) (\d+)h(\d+)/g)].map((r) => ({ x: Number(r[1]), y: Number(r[2]), w: Number(r[3]) }));
    const dark = m.flat().filter(Boolean).length;
    expect(runs.reduce((n, r) => n + r.w, 0)).toBe(dark);
    for (const r of runs) {
      expect(r.x).toBeGreaterThanOrEqual(4);
      expect(r.y).toBeGreaterThanOrEqual(4);
      expect(r.x + r.w).toBeLessThanOrEqual(size - 4);
      for (let x = r.x; x < r.x + r.w; x++) expect(m[r.y - 4]![x - 4]).toBe(true);
    }
  });

  it('differ for different addresses', () => {
    expect(qrSvg(url, 'a').html).not.toBe(qrSvg(`${url}x`, 'a').html);
  });
});
