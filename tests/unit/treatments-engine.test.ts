/** The treatment engine on small hand-made fixtures: the edge cases. */
import { describe, expect, it } from 'vitest';
import { cellStateAt, diff, history, indexTreatments, stateAt, type Dimensions } from '../../src/lib/treatments/index.ts';
import { isoDay, parseIsoDay } from '../../src/model/calendar-date.ts';
import { eventSchema, type EventData } from '../../src/model/event.ts';
import type { TreatmentData } from '../../src/model/treatment.ts';
import { sortEvents } from '../../src/lib/event-order.ts';

const dims: Dimensions = {
  platforms: ['alpha', 'beta', 'gamma'],
  surfaces: ['chat', 'feed'],
  linkKinds: ['general', 'product'],
  levels: ['rich', 'plain', 'blocked'],
  capabilities: ['opens', 'pays'],
};

type T = Partial<TreatmentData> & Pick<TreatmentData, 'platforms' | 'surfaces'>;
function event(id: string, date: string, treatments: T[], extra: { effective?: string; order?: number } = {}, sources = ['s']): EventData {
  return eventSchema.parse({
    id,
    date,
    ...extra,
    title: { zh: id, en: id },
    summary: { zh: id, en: id },
    actors: ['x'],
    sources,
    treatments: treatments.map((t) => ({ basis: 'change', sources: ['s'], evidence: (t.sources ?? ['s']).map((source) => ({ source, quote: `words of ${source}` })), ...t })),
  });
}
/** Source "op" is an opinion piece; "s" and "news" are not. */
const build = (...events: EventData[]) => indexTreatments(sortEvents(events.map((data) => ({ data }))).map((e) => e.data), dims, { opinionSources: new Set(['op']) });
const at = (index: ReturnType<typeof build>, platform: string, day: string, surface = 'chat', link = 'general') =>
  cellStateAt(index, { platform, surface, link }, parseIsoDay(day));

describe('treatment engine edge cases', () => {
  it('applies same-day changes in event order: the later event wins', () => {
    const index = build(
      event('second', '2021-03-01', [{ platforms: ['alpha'], surfaces: ['chat'], level: 'blocked' }], { order: 1 }),
      event('first', '2021-03-01', [{ platforms: ['alpha'], surfaces: ['chat'], level: 'rich' }]),
    );
    expect(at(index, 'alpha', '2021-03-01').level).toMatchObject({ value: 'blocked' });
    expect(at(index, 'alpha', '2021-03-01').level!.origin.event).toBe('second');
    const d = diff(index, '2021-02-28', '2021-03-01');
    expect(d.rows).toHaveLength(1);
    expect(d.rows[0]!.before).toBeUndefined();
    expect(d.rows[0]!.after).toBe('blocked');
    expect(d.rows[0]!.statements.map((s) => s.event)).toEqual(['first', 'second']);
  });

  it('lets a change to one platform follow a change to all platforms', () => {
    const index = build(
      event('all-blocked', '2021-01-10', [{ platforms: 'all', surfaces: ['chat'], level: 'blocked' }]),
      event('alpha-opens', '2021-02-10', [{ platforms: ['alpha'], surfaces: ['chat'], level: 'plain', capabilities: { opens: 'yes' } }]),
    );
    expect(at(index, 'alpha', '2021-02-09').level?.value).toBe('blocked');
    expect(at(index, 'alpha', '2021-02-10').level?.value).toBe('plain');
    expect(at(index, 'beta', '2021-02-10').level?.value).toBe('blocked');
    expect(at(index, 'gamma', '2021-02-10').level?.value).toBe('blocked');
    const d = diff(index, '2021-01-01', '2021-02-10');
    expect(d.rows.map((r) => `${r.platform}:${r.attribute}:${r.before ?? '?'}→${r.after}`)).toEqual([
      'alpha:level:?→plain',
      'alpha:opens:?→yes',
      'beta:level:?→blocked',
      'gamma:level:?→blocked',
    ]);
  });

  it('knows nothing on a date before any event', () => {
    const index = build(event('later', '2021-05-01', [{ platforms: 'all', surfaces: ['chat', 'feed'], level: 'rich' }]));
    const m = stateAt(index, '2020-01-01');
    expect(m.cells).toHaveLength(dims.platforms.length * dims.surfaces.length);
    expect(m.cells.every((c) => c.level === undefined)).toBe(true);
    expect(stateAt(index, '2021-05-01').cells.every((c) => c.level?.value === 'rich')).toBe(true);
  });

  it('takes effect on the effective date, not the announcement, at day precision', () => {
    const index = build(event('announced', '2021-11-29', [{ platforms: ['alpha'], surfaces: ['chat'], level: 'rich' }], { effective: '2021-11-30 00:00' }));
    expect(at(index, 'alpha', '2021-11-29').level).toBeUndefined();
    expect(at(index, 'alpha', '2021-11-30').level?.value).toBe('rich');
  });

  it('counts a month-precision change from the last day of the month', () => {
    const index = build(event('sometime', '2021-09', [{ platforms: ['alpha'], surfaces: ['chat'], level: 'plain' }]));
    expect(at(index, 'alpha', '2021-09-29').level).toBeUndefined();
    expect(at(index, 'alpha', '2021-09-30').level?.value).toBe('plain');
    expect(isoDay(at(index, 'alpha', '2021-09-30').level!.origin.uncertainFrom)).toBe('2021-09-01');
  });

  it('counts a year-precision change only from the last day of its year', () => {
    const index = build(event('that-year', '2018', [{ platforms: ['alpha'], surfaces: ['chat'], level: 'rich' }]));
    expect(at(index, 'alpha', '2018-06-01').level).toBeUndefined();
    expect(at(index, 'alpha', '2018-12-30').level).toBeUndefined();
    expect(at(index, 'alpha', '2018-12-31').level?.value).toBe('rich');
    expect(isoDay(at(index, 'alpha', '2019-01-01').level!.origin.uncertainFrom)).toBe('2018-01-01');
  });

  it('keeps capabilities known from different events and sources side by side', () => {
    const index = build(
      event('opens', '2021-01-01', [{ platforms: ['beta'], surfaces: ['chat'], capabilities: { opens: 'yes' } }]),
      event('pays', '2021-02-01', [{ platforms: ['beta'], surfaces: ['chat'], capabilities: { pays: 'no' }, basis: 'report' }]),
    );
    const s = at(index, 'beta', '2021-03-01');
    expect(s.capabilities.opens).toMatchObject({ value: 'yes', since: parseIsoDay('2021-01-01') });
    expect(s.capabilities.pays).toMatchObject({ value: 'no', since: parseIsoDay('2021-02-01') });
    expect(s.capabilities.pays!.origin.basis).toBe('report');
    expect(s.level).toBeUndefined();
  });

  it('keeps link kinds apart and shows a kind only where a source names it', () => {
    const index = build(
      event('product', '2021-01-01', [{ platforms: ['alpha'], surfaces: ['chat'], link: 'product', level: 'blocked' }]),
      event('general', '2021-01-01', [{ platforms: ['alpha'], surfaces: ['chat'], level: 'rich' }], { order: 1 }),
    );
    expect(at(index, 'alpha', '2021-01-02').level?.value).toBe('rich');
    expect(at(index, 'alpha', '2021-01-02', 'chat', 'product').level?.value).toBe('blocked');
    expect(history(index, 'alpha').map((c) => `${c.surface}/${c.link}`)).toEqual(['chat/general', 'chat/product', 'feed/general']);
    expect(history(index, 'beta').map((c) => `${c.surface}/${c.link}`)).toEqual(['chat/general', 'feed/general']);
  });

  it('marks a value first reported (not changed) as a report in the diff', () => {
    const index = build(event('seen', '2021-06-01', [{ platforms: ['gamma'], surfaces: ['feed'], level: 'plain', basis: 'report' }]));
    const d = diff(index, '2021-05-01', '2021-07-01');
    expect(d.rows).toHaveLength(1);
    expect(d.rows[0]).toMatchObject({ platform: 'gamma', surface: 'feed', attribute: 'level', after: 'plain', basis: 'report' });
  });

  it('shows no diff when a value changes and changes back within the range', () => {
    const index = build(
      event('on', '2021-01-01', [{ platforms: ['alpha'], surfaces: ['chat'], level: 'rich' }]),
      event('off', '2021-02-01', [{ platforms: ['alpha'], surfaces: ['chat'], level: 'blocked' }]),
      event('on-again', '2021-03-01', [{ platforms: ['alpha'], surfaces: ['chat'], level: 'rich' }]),
    );
    expect(diff(index, '2021-01-15', '2021-03-15').rows).toEqual([]);
    expect(diff(index, '2021-01-15', '2021-02-15').rows).toHaveLength(1);
    expect(history(index, 'alpha')[0]!.periods.map((p) => p.state.level?.value)).toEqual(['rich', 'blocked', 'rich']);
  });
});

describe('a general change (ends: true)', () => {
  const before = event('before', '2021-01-01', [
    { platforms: ['alpha', 'beta'], surfaces: ['chat'], level: 'rich', capabilities: { opens: 'yes', pays: 'yes' } },
    { platforms: ['alpha'], surfaces: ['chat'], link: 'product', level: 'plain' },
  ]);

  it('ends every earlier value of its cells: unknown from its day, unless it states a value itself', () => {
    const index = build(before, event('general', '2021-03-01', [{ platforms: 'all', surfaces: ['chat'], ends: true, capabilities: { opens: 'no' } }]));
    const s = at(index, 'alpha', '2021-03-01');
    expect(s.level).toBeUndefined();
    expect(s.capabilities.pays).toBeUndefined();
    expect(s.capabilities.opens).toMatchObject({ value: 'no', since: parseIsoDay('2021-03-01') });
    expect(at(index, 'alpha', '2021-02-28').level?.value).toBe('rich');
    // Only the link kind it names (the default one): product links are left as they were.
    expect(at(index, 'alpha', '2021-03-01', 'chat', 'product').level?.value).toBe('plain');
    // A cell that held nothing gains nothing: no statement, no cell, no changeDate of its own.
    expect(index.byCell.has('gamma|chat|general')).toBe(true); // "opens: no" is stated for it
    expect(index.byCell.get('gamma|chat|general')!.has('level')).toBe(false);
  });

  it('shows "value → no source" in the diff, caused by the ending event', () => {
    const index = build(before, event('general', '2021-03-01', [{ platforms: 'all', surfaces: ['chat'], ends: true }]));
    const rows = diff(index, '2021-02-28', '2021-03-01').rows;
    expect(rows.map((r) => `${r.platform}:${r.attribute}:${r.before}→${r.after ?? 'unknown'}`)).toEqual([
      'alpha:level:rich→unknown',
      'alpha:opens:yes→unknown',
      'alpha:pays:yes→unknown',
      'beta:level:rich→unknown',
      'beta:opens:yes→unknown',
      'beta:pays:yes→unknown',
    ]);
    for (const r of rows) {
      expect(r).toMatchObject({ ended: true, basis: 'change', opinion: false });
      expect(r.support.map((s) => [s.event, s.ends])).toEqual([['general', true]]);
      expect(r.statements.map((s) => s.event)).toEqual(['general']);
    }
    expect(index.changeDates.map(isoDay)).toEqual(['2021-01-01', '2021-03-01']);
  });

  it('ends the period in the platform history there, and the export periods with it', () => {
    const index = build(before, event('general', '2021-03-01', [{ platforms: 'all', surfaces: ['chat'], ends: true }]));
    const chat = history(index, 'alpha').find((c) => c.surface === 'chat' && c.link === 'general')!;
    expect(chat.periods.map((p) => [isoDay(p.from), p.until === undefined ? null : isoDay(p.until), p.state.level?.value])).toEqual([['2021-01-01', '2021-03-01', 'rich']]);
    expect(stateAt(index, '2021-06-01').cells.filter((c) => c.surface === 'chat' && c.link === 'general').every((c) => !c.level && Object.keys(c.capabilities).length === 0)).toBe(true);
  });

  it('lets later records of the same event, and later events, set values again', () => {
    const index = build(
      before,
      event('general', '2021-03-01', [
        { platforms: 'all', surfaces: ['chat'], ends: true },
        { platforms: ['beta'], surfaces: ['chat'], level: 'rich' },
      ]),
      event('later', '2021-04-01', [{ platforms: ['alpha'], surfaces: ['chat'], level: 'blocked' }]),
    );
    expect(at(index, 'beta', '2021-03-01').level).toMatchObject({ value: 'rich', since: parseIsoDay('2021-03-01') });
    expect(at(index, 'beta', '2021-03-01').capabilities).toEqual({});
    expect(at(index, 'alpha', '2021-03-15').level).toBeUndefined();
    expect(at(index, 'alpha', '2021-04-01').level?.value).toBe('blocked');
    // Beta keeps "rich", but on the general change's word: a new period from that day.
    const beta = history(index, 'beta').find((c) => c.surface === 'chat')!;
    expect(beta.periods.map((p) => [isoDay(p.from), p.state.level?.origin.event])).toEqual([
      ['2021-01-01', 'before'],
      ['2021-03-01', 'general'],
    ]);
    // The diff shows no change of beta's level (it is the same value), but its ended capabilities.
    expect(diff(index, '2021-02-28', '2021-03-01').rows.filter((r) => r.platform === 'beta').map((r) => r.attribute)).toEqual(['opens', 'pays']);
  });

  it('with link: all, names every link kind of its cells', () => {
    const index = build(before, event('general', '2021-03-01', [{ platforms: ['alpha'], surfaces: ['chat'], link: 'all', ends: true }]));
    expect(at(index, 'alpha', '2021-03-01', 'chat', 'product').level).toBeUndefined();
    expect(at(index, 'alpha', '2021-03-01').level).toBeUndefined();
    expect(at(index, 'beta', '2021-03-01').level?.value).toBe('rich');
  });

  it('says nothing where nothing was known before it', () => {
    const index = build(event('general', '2021-03-01', [{ platforms: 'all', surfaces: ['chat', 'feed'], link: 'all', ends: true }]));
    expect(index.statements).toEqual([]);
    expect(index.changeDates).toEqual([]);
    expect(index.byCell.size).toBe(0);
  });
});

describe('opinion', () => {
  it('marks a value opinion only while every statement behind it rests on opinion sources alone', () => {
    const index = build(
      event('column', '2021-01-01', [{ platforms: ['alpha'], surfaces: ['chat'], level: 'rich', sources: ['op'], basis: 'report' }], {}, ['op']),
      event('both', '2021-02-01', [{ platforms: ['beta'], surfaces: ['chat'], level: 'plain', sources: ['op', 'news'], basis: 'report' }], {}, ['op', 'news']),
      event('confirmed', '2021-03-01', [{ platforms: ['alpha'], surfaces: ['chat'], level: 'rich', sources: ['news'], basis: 'report' }], {}, ['news']),
    );
    expect(at(index, 'alpha', '2021-01-15').level).toMatchObject({ value: 'rich', opinion: true });
    expect(at(index, 'beta', '2021-02-15').level).toMatchObject({ value: 'plain', opinion: false });
    // A news report confirms it: the value keeps its "since" and is no longer opinion only.
    expect(at(index, 'alpha', '2021-03-01').level).toMatchObject({ value: 'rich', since: parseIsoDay('2021-01-01'), opinion: false });

    const d = diff(index, '2020-12-31', '2021-02-01');
    expect(d.rows.map((r) => [r.platform, r.opinion])).toEqual([
      ['alpha', true],
      ['beta', false],
    ]);
    // Over a range that includes the confirmation, the new value rests on the news report too.
    expect(diff(index, '2020-12-31', '2021-03-01').rows.find((r) => r.platform === 'alpha')!.opinion).toBe(false);
    const alpha = history(index, 'alpha').find((c) => c.surface === 'chat')!;
    expect(alpha.periods).toHaveLength(1);
    expect(alpha.periods[0]!.state.level!.opinion).toBe(false);
  });

  it('carries each statement\'s evidence and the codebook case it relies on', () => {
    const index = build(event('quoted', '2021-01-01', [{ platforms: ['alpha'], surfaces: ['chat'], level: 'rich', rule: 'general-rule', evidence: [{ source: 's', quote: 'the exact words' }] }]));
    const level = at(index, 'alpha', '2021-01-01').level!;
    expect(level.origin.evidence).toEqual([{ source: 's', quote: 'the exact words' }]);
    expect(level.origin.rule).toBe('general-rule');
    expect(level.opinion).toBe(false);
  });
});

