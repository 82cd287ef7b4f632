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
function event(id: string, date: string, treatments: T[], extra: { effective?: string; order?: number } = {}): EventData {
  return eventSchema.parse({
    id,
    date,
    ...extra,
    title: { zh: id, en: id },
    summary: { zh: id, en: id },
    actors: ['x'],
    sources: ['s'],
    treatments: treatments.map((t) => ({ basis: 'change', sources: ['s'], ...t })),
  });
}
const build = (...events: EventData[]) => indexTreatments(sortEvents(events.map((data) => ({ data }))).map((e) => e.data), dims);
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
