/**
 * What each chart spec draws, as SVG files committed beside this test (output/), in the
 * manner of Observable Plot's test/output: every kind, both languages, the three image
 * layouts, from the real content. A change to a drawing shows up as a changed file in the
 * diff — look at it (open the SVG) before accepting it with `vitest -u`. The suite runs
 * under three time zones; the files must not change with any of them.
 */
import { describe, expect, it } from 'vitest';
import { diffRows } from '../../../src/charts/diff/rows.ts';
import { diffSpec } from '../../../src/charts/diff/spec.ts';
import { matrixRows } from '../../../src/charts/matrix/rows.ts';
import { matrixSpec } from '../../../src/charts/matrix/spec.ts';
import { IMAGE_FONT_FAMILY } from '../../../src/charts/node/bundled-fonts.ts';
import { measureWithFonts } from '../../../src/charts/node/font-metrics.ts';
import { renderOgCard } from '../../../src/charts/og-card.ts';
import { platformRows } from '../../../src/charts/platform-history/rows.ts';
import { platformSpec } from '../../../src/charts/platform-history/spec.ts';
import { framedChart } from '../../../src/charts/render.ts';
import { serverDocument } from '../../../src/charts/shared/server-document.ts';
import { LIGHT } from '../../../src/charts/shared/theme.ts';
import { imageSize } from '../../../src/charts/sizes.ts';
import type { ChartSpec, ChartText } from '../../../src/charts/spec.ts';
import { timelineRows } from '../../../src/charts/timeline/rows.ts';
import { timelineSpec } from '../../../src/charts/timeline/spec.ts';
import { timelineFor } from '../../../src/data/timeline.ts';
import { IMAGE_LAYOUTS } from '../../../src/lib/chart-id.ts';
import { yearView } from '../../../src/lib/chart-id.ts';
import { diff, stateAt } from '../../../src/lib/treatments/index.ts';
import { href } from '../../../src/lib/urls.ts';
import { parseIsoDay } from '../../../src/model/calendar-date.ts';
import { LANGS, type Lang } from '../../../src/model/lang.ts';
import { siteContentForTests, vocabularyFor } from '../../support/chart-rows.ts';

const index = () => siteContentForTests().treatments;
const last = () => index().changeDates.at(-1);

interface Case {
  readonly name: string;
  readonly natural: number;
  readonly draw: (lang: Lang) => { spec: ChartSpec<{ text: ChartText }, { height: number }>; rows: { text: ChartText } };
}

const cases: Case[] = [
  { name: 'platform-taobao', natural: 760, draw: (lang) => ({ spec: platformSpec as never, rows: platformRows(index(), 'taobao', vocabularyFor(lang), last()) }) },
  // 19 September: levels resting on opinion alone (outlined, with the word) beside reported facts.
  { name: 'matrix-2021-09-19', natural: 860, draw: (lang) => ({ spec: matrixSpec as never, rows: matrixRows(stateAt(index(), '2021-09-19'), vocabularyFor(lang)) }) },
  // New values resting on opinion alone.
  {
    name: 'diff-2021-05-20-2021-09-17',
    natural: 760,
    draw: (lang) => ({ spec: diffSpec as never, rows: diffRows(diff(index(), parseIsoDay('2021-05-20'), parseIsoDay('2021-09-17')), vocabularyFor(lang)) }),
  },
  // Values a general change ended.
  {
    name: 'diff-2021-11-29-2021-11-30',
    natural: 760,
    draw: (lang) => ({ spec: diffSpec as never, rows: diffRows(diff(index(), parseIsoDay('2021-11-29'), parseIsoDay('2021-11-30')), vocabularyFor(lang)) }),
  },
  {
    name: 'timeline-2021',
    natural: 960,
    draw: (lang) => {
      const { engine, strings } = timelineFor(siteContentForTests(), lang);
      return { spec: timelineSpec as never, rows: timelineRows(engine, strings, yearView(2021), { lang, year: 2021, eventHref: (id) => href({ page: 'event', id }, lang, '/') }) };
    },
  },
];

describe.each(LANGS)('chart specs draw the same SVG (%s)', (lang) => {
  for (const c of cases) {
    for (const layout of IMAGE_LAYOUTS) {
      it(`${c.name}, ${layout}`, async () => {
        const { spec, rows } = c.draw(lang);
        const svg = framedChart(serverDocument(), spec, rows, imageSize(layout, c.natural), measureWithFonts, {
          id: `snapshot-${c.name}`,
          fontFamily: IMAGE_FONT_FAMILY,
          theme: LIGHT,
          credit: 'Source: WeChat Link Policy History',
        });
        await expect(`${svg.outerHTML}\n`).toMatchFileSnapshot(`output/${c.name}-${layout}.${lang}.svg`);
      });
    }
  }

  it('event card', async () => {
    const e = siteContentForTests().events.find((x) => x.data.id === 'group-chat-opening')!.data;
    const svg = renderOgCard({ site: 'WeChat Link Policy History', date: String(e.effective ?? e.date), title: e.title[lang], summary: e.summary[lang] }, serverDocument(), LIGHT, IMAGE_FONT_FAMILY, measureWithFonts);
    await expect(`${svg.outerHTML}\n`).toMatchFileSnapshot(`output/event-card.${lang}.svg`);
  });
});
