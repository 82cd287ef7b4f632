/**
 * Evidence and opinion in every output of the built site: a value that rests on opinion
 * sources alone carries the opinion mark in the matrix (prebuilt and recomputed), the diff,
 * the platform chart and table, the SVG images, the embeds, the PDFs and the exports; and
 * wherever a cell is shown, the sources' own words behind it are quoted with their source.
 * The cells are found through the engine, so the tests follow the content.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { t } from '../../src/i18n/ui.ts';
import { briefingPdfFile } from '../../src/lib/briefings/catalogue.ts';
import { parseCsv } from '../../src/lib/exports/csv.ts';
import { diff, evidenceOf, history, LEVEL, stateAt, type CellState } from '../../src/lib/treatments/index.ts';
import { isoDay } from '../../src/model/calendar-date.ts';
import type { TreatmentsFile } from '../../src/model/exports.ts';
import { LANGS } from '../../src/model/lang.ts';
import { pdftotext, squash } from '../support/pdf.ts';
import { content, DIST, ROOT, treatmentIndex, url } from '../support/site.ts';

const index = treatmentIndex();
const lastDay = index.changeDates.at(-1)!;
const last = isoDay(lastDay);
/**
 * The first date of change on which a level rests on opinion alone (in the seed, 19 September
 * 2021: Taobao's and Douyin's one-to-one chats, on Pei Pei's commentary), and that cell; and,
 * on the last date, a cell whose level rests on a report.
 */
const opinionDay = index.changeDates.find((d) => stateAt(index, d).cells.some((c) => c.level?.opinion));
const opinionAt = opinionDay === undefined ? undefined : isoDay(opinionDay);
const opinion = opinionDay === undefined ? undefined : (stateAt(index, opinionDay).cells.find((c) => c.level?.opinion) as CellState & { level: NonNullable<CellState['level']> });
const cells = stateAt(index, lastDay).cells;
const fact = cells.find((c) => c.level && !c.level.opinion)!;
/** On the last date, a capability resting on opinion alone (in the seed, product links to Moments). */
const opinionCapability = cells.flatMap((c) => Object.entries(c.capabilities).filter(([, a]) => a.opinion).map(([id]) => ({ cell: c, id }))).at(0);
const levelName = (id: string, lang: 'zh' | 'en') => content().reference.levels.find((l) => l.id === id)!.name[lang];
const entry = (page: Page, c: { platform: string; surface: string; link: string }) =>
  page.locator(`.matrix tr[data-platform="${c.platform}"] td[data-surface="${c.surface}"] .matrix-entry[data-link="${c.link}"]`);

test.beforeAll(() => {
  expect(opinion, 'the content has a level that rests on opinion sources alone').toBeDefined();
  expect(opinionCapability, 'the content has a capability that rests on opinion sources alone on the last date').toBeDefined();
});

test.describe('the opinion mark', () => {
  test('matrix: an opinion-only level carries the opinion badge and outline; a reported fact does not', async ({ page }) => {
    await page.goto(url({ page: 'matrix-snapshot', at: opinionAt! }, 'en'));
    const level = entry(page, opinion!).locator('.matrix-entry__level');
    await expect(level).toHaveAttribute('data-opinion', 'true');
    await expect(level.locator('.badge--opinion')).toHaveText('Opinion');
    await expect(level.locator('.level--opinion .swatch')).toHaveCSS('outline-style', 'dashed');
    // A capability resting on a report beside it does not.
    const reported = stateAt(index, opinionDay!).cells.find((c) => Object.values(c.capabilities).some((a) => !a.opinion));
    if (reported) {
      const id = Object.entries(reported.capabilities).find(([, a]) => !a.opinion)![0];
      await expect(entry(page, reported).locator(`[data-capability="${id}"] .badge--opinion`)).toHaveCount(0);
    }
    // The legend says what the mark means.
    await expect(page.locator('[data-legend="opinion"]')).toContainText(t('en', 'treat.opinionNote'));
  });

  test('matrix on the last date: a capability resting on opinion alone carries the badge', async ({ page }) => {
    const { cell, id } = opinionCapability!;
    await page.goto(url({ page: 'matrix-snapshot', at: last }, 'en'));
    const capability = entry(page, cell).locator(`[data-capability="${id}"]`);
    await expect(capability).toHaveAttribute('data-opinion', 'true');
    await expect(capability.locator('.badge--opinion')).toHaveText('Opinion');
    await expect(entry(page, fact).locator('.badge--opinion')).toHaveCount(0);
  });

  test('matrix recomputed in the browser for any day marks opinion the same way', async ({ page }) => {
    let day = opinion!.level.since + 1;
    while (index.changeDates.includes(day)) day++;
    await page.goto(url({ page: 'matrix', at: isoDay(day) }, 'zh'));
    await expect(page.locator('.matrix')).toHaveAttribute('data-at', isoDay(day));
    await expect(entry(page, opinion!).locator('.matrix-entry__level .badge--opinion')).toHaveText('观点');
  });

  test('diff: a row whose new value rests on opinion alone is marked, in the page and its image', async ({ page }) => {
    const pairs = index.changeDates.slice(1).map((to, i) => ({ from: index.changeDates[i]!, to }));
    const pair = pairs.find((p) => diff(index, p.from, p.to).rows.some((r) => r.opinion))!;
    const row = diff(index, pair.from, pair.to).rows.find((r) => r.opinion)!;
    await page.goto(url({ page: 'diff-snapshot', from: isoDay(pair.from), to: isoDay(pair.to) }, 'en'));
    const tr = page.locator(`.diff__platform[data-platform="${row.platform}"] tr.diff-row[data-surface="${row.surface}"][data-link="${row.link}"][data-attribute="${row.attribute}"]`);
    await expect(tr).toHaveClass(/diff-row--opinion/);
    await expect(tr.locator('.diff-row__after .badge--opinion')).toHaveText('Opinion');
    const svg = readFileSync(join(DIST, `images/zh/diff-${isoDay(pair.from)}-${isoDay(pair.to)}.svg`), 'utf8');
    expect(svg).toMatch(/class="[^"]*diff-chart__opinion[^"]*"[^>]*>(?:<tspan[^>]*>)?观点</);
  });

  test('platform page: the history chart outlines and labels opinion cells and says so in its legend; the table marks them', async ({ page }) => {
    await page.goto(url({ page: 'platform', id: opinion!.platform }, 'en'));
    const svg = page.locator(`[data-chart-figure="platform-${opinion!.platform}"] .embed__chart--wide svg`);
    await expect(svg.locator('.chart__cells rect[data-opinion="true"]').first()).toBeAttached();
    await expect(svg.locator('.chart__opinion').first()).toHaveText('Opinion');
    await expect(svg.locator('.chart__legend')).toContainText(t('en', 'treat.legendOpinion'));
    const rows = page.locator(`.history-table tbody[data-surface="${opinion!.surface}"][data-link="${opinion!.link}"] td[data-opinion="true"]`);
    await expect(rows.last().locator('.badge--opinion')).toHaveText('Opinion');
  });

  test('embeds draw the same marks', async ({ page }) => {
    await page.goto(url({ page: 'embed-platform', id: opinion!.platform }, 'zh'));
    await expect(page.locator('svg .chart__opinion').first()).toHaveText('观点');
  });

  test('SVG images write the word, not only the outline', () => {
    for (const lang of LANGS) {
      const word = t(lang, 'event.opinion');
      const matrix = readFileSync(join(DIST, `images/${lang}/matrix-${opinionAt}.svg`), 'utf8');
      expect(matrix).toMatch(new RegExp(`class="[^"]*matrix-chart__opinion[^"]*"[^>]*>(?:<tspan[^>]*>)?${word}<`));
      expect(matrix).toContain('data-opinion="true"');
      const platform = readFileSync(join(DIST, `images/${lang}/platform-${opinion!.platform}.svg`), 'utf8');
      expect(platform).toContain(t(lang, 'treat.legendOpinion'));
      // The alt text says it too, of the values resting on opinion now (on the last date).
      const { cell, id } = opinionCapability!;
      const name = content().reference.capabilities.find((c) => c.id === id)!.name[lang];
      const value = t(lang, cell.capabilities[id]!.value === 'yes' ? 'treat.yes' : 'treat.no');
      const note = lang === 'zh' ? `${name}：${value}（${word}）` : `${name}: ${value} (${word.toLowerCase()})`;
      const alt = /<desc[^>]*>([^<]*)</.exec(readFileSync(join(DIST, `images/${lang}/platform-${cell.platform}.svg`), 'utf8'))![1]!;
      expect(alt).toContain(note);
    }
  });

  test('the PDF text says "opinion" beside the value, not only in a colour', () => {
    for (const lang of LANGS) {
      const pdf = join(DIST, 'briefings', briefingPdfFile({ kind: 'platform', platform: opinion!.platform }, lang));
      const text = squash(pdftotext(pdf));
      expect(text).toContain(squash(`${levelName(opinion!.level.value, lang)}${t(lang, 'event.opinion')}`));
    }
  });

  test('the exports name the opinion-only values of every record, in JSON and CSV', () => {
    const json = JSON.parse(readFileSync(join(DIST, 'data/treatments.json'), 'utf8')) as TreatmentsFile;
    for (const r of json.records) expect(Array.isArray(r.opinion), `${r.platform}/${r.surface}`).toBe(true);
    const record = json.records.find(
      (r) => r.platform === opinion!.platform && r.surface === opinion!.surface && r.linkKind === opinion!.link && r.validFrom <= opinionAt! && (r.validUntil === null || opinionAt! < r.validUntil),
    )!;
    expect(record.opinion).toContain(LEVEL);
    const [header, ...rows] = parseCsv(readFileSync(join(DIST, 'data/treatments.csv'), 'utf8'));
    const col = (name: string) => header!.indexOf(name);
    rows.forEach((row, i) => {
      expect(row[col('opinion')]).toBe(json.records[i]!.opinion.join(';'));
      expect(row[col('evidence')]).toBe(json.records[i]!.evidence.map((e) => `${e.source}: ${e.quote}`).join('\n'));
    });
  });
});

test.describe('evidence', () => {
  test('a matrix cell quotes the words behind its values, in the source’s language, with the source', async ({ page }) => {
    await page.goto(url({ page: 'matrix-snapshot', at: last }, 'en'));
    const details = entry(page, fact).locator('details.evidence');
    await details.locator('summary').click();
    const expected = evidenceOf([fact.level!, ...Object.values(fact.capabilities)].flatMap((a) => a.statements));
    await expect(details.locator('blockquote')).toHaveCount(expected.length);
    const first = expected[0]!;
    const source = content().sources.find((s) => s.id === first.source)!;
    const quote = details.locator('.evidence__quote').first();
    await expect(quote.locator('blockquote')).toHaveAttribute('lang', source.language);
    await expect(quote.locator('blockquote')).toHaveText(first.quote);
    await expect(quote.locator('.evidence__source a').first()).toHaveAttribute('href', url({ page: 'source', id: source.id }, 'en'));
  });

  test('a diff row and a platform period quote their evidence too', async ({ page }) => {
    await page.goto(url({ page: 'diff-snapshot', from: isoDay(index.changeDates.at(-2)!), to: last }, 'en'));
    const rows = page.locator('tr.diff-row');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const row of await rows.all()) await expect(row.locator('details.evidence blockquote').first()).toBeAttached();
    await page.goto(url({ page: 'platform', id: fact.platform }, 'zh'));
    await expect(page.locator('.history-table thead th').last()).toHaveText(t('zh', 'treat.evidence'));
    const periods = page.locator('.history-table tbody tr[data-from]');
    for (const row of await periods.all()) await expect(row.locator('details.evidence blockquote').first()).toBeAttached();
  });

  test('printed, the evidence is on the page without opening anything', async ({ page }) => {
    await page.goto(url({ page: 'platform', id: fact.platform }, 'en'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.history-table details.evidence blockquote').first()).toBeVisible();
    await expect(page.locator('.history-table details.evidence summary').first()).toBeHidden();
  });

  test('a briefing quotes each of the sources’ words once, as numbered notes its tables point to', async ({ page }) => {
    const platform = fact.platform;
    // The words behind every value of the platform's history, each once.
    const periods = history(index, platform).flatMap((h) => h.periods);
    const attributes = periods.flatMap((p) => [p.state.level, ...Object.values(p.state.capabilities)].filter((a) => a !== undefined));
    const expected = evidenceOf(attributes.flatMap((a) => a.statements));
    expect(expected.length).toBeGreaterThan(1);
    for (const lang of LANGS) {
      await page.goto(url({ page: 'briefing-platform', id: platform }, lang));
      // No quote under a cell; each quote once in the notes.
      await expect(page.locator('.history-table details.evidence')).toHaveCount(0);
      const notes = page.locator('.evidence-notes li[id^="briefing-words-"]');
      const quotes = await notes.locator('q').allTextContents();
      expect(quotes.toSorted(), lang).toEqual(expected.map((e) => e.quote).toSorted());
      await expect(page.locator('#words-heading')).toHaveText(t(lang, 'briefing.words'));
      // Every reference in a table leads to a note, and every note is referenced.
      const targets = new Set<string>();
      for (const ref of await page.locator('.history-table .evidence-refs a').all()) {
        const id = (await ref.getAttribute('href'))!.slice(1);
        await expect(page.locator(`[id="${id}"]`), id).toHaveCount(1);
        targets.add(id);
      }
      const ids = await notes.evaluateAll((els) => els.map((el) => el.id));
      for (const id of ids) expect(targets.has(id), `${id} is referenced by a table`).toBe(true);
      // A period's references name exactly the words behind its values.
      const period = periods.find((p) => p.state.level?.statements.length)!;
      const row = page.locator(`.history-table tbody tr[data-from="${isoDay(period.from)}"]`).filter({ has: page.locator('.evidence-refs') }).first();
      const own = evidenceOf([period.state.level, ...Object.values(period.state.capabilities)].filter((a) => a !== undefined).flatMap((a) => a.statements)).map((e) => e.quote);
      const referenced: string[] = [];
      for (const ref of await row.locator('.evidence-refs a[href^="#briefing-words-"]').all()) {
        referenced.push((await page.locator(`${(await ref.getAttribute('href'))!} q`).textContent())!);
      }
      expect(own).toEqual(expect.arrayContaining(referenced));
      expect(referenced.length).toBeGreaterThan(0);
    }
  });

  test('a value coded by a codebook case links to that case on the about page', async ({ page }) => {
    const ruled = cells.find((c) => c.level?.statements.some((s) => s.rule))!;
    expect(ruled, 'the content has a value coded by a codebook case').toBeDefined();
    const rule = ruled.level!.statements.find((s) => s.rule)!.rule!;
    await page.goto(url({ page: 'matrix-snapshot', at: last }, 'en'));
    const details = entry(page, ruled).locator('details.evidence');
    await details.locator('summary').click();
    await details.locator('.evidence__rule a').click();
    await expect(page).toHaveURL(new RegExp(`${url({ page: 'codebook', id: rule }, 'en').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    const kase = content().codebook.cases.find((c) => c.id === rule)!;
    await expect(page.locator(`#codebook-${rule}`)).toContainText(kase.decision.en.replace(/`/g, ''));
    for (const c of content().codebook.cases) await expect(page.locator(`#codebook-${c.id}`)).toHaveCount(1);
    await expect(page.locator('[data-coding]')).toHaveCount(content().reference.levels.length + content().reference.capabilities.length + [...content().reference.surfaces, ...content().reference.linkKinds].filter((x) => x.coding).length);
  });

  test('no archived source text is published', () => {
    const textFiles = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return textFiles(path);
        return /\.(html|json|js|css|xml|txt|csv|svg)$/.test(name) ? [path] : [];
      });
    const published = textFiles(DIST).map((f) => readFileSync(f, 'utf8'));
    const archive = join(ROOT, process.env.CONTENT_DIR ?? 'content', 'archive');
    let checked = 0;
    for (const file of readdirSync(archive)) {
      // Passages well over a quotation's length (60 characters): published, they would be copies.
      const passages = readFileSync(join(archive, file), 'utf8')
        .split('\n')
        .filter((line) => [...line].length > 90 && !line.includes('://'))
        .map((line) => [...line].slice(10, 85).join(''));
      for (const passage of passages) {
        checked++;
        expect(published.some((text) => text.includes(passage)), `${file}: ${passage}`).toBe(false);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

test('the about page gives the codebook in both languages', async ({ page }) => {
  for (const lang of LANGS) {
    await page.goto(url({ page: 'codebook' }, lang));
    await expect(page.locator('#codebook')).toHaveText(t(lang, 'about.codebook'));
    await expect(page.locator('.codebook__principle')).toHaveText(content().codebook.principle[lang]);
    const firstLevel = content().reference.levels[0]!;
    await expect(page.locator(`[data-coding="level-${firstLevel.id}"] dd`)).toHaveText(firstLevel.coding[lang].replace(/`/g, ''));
  }
});
