/** The events a diff can name (src/lib/treatments/diff.ts, eventsBetween), whose titles key the diff's pages. */
import { describe, expect, it } from 'vitest';
import { diff, eventsBetween } from '../../src/lib/treatments/index.ts';
import { siteContentForTests } from '../support/chart-rows.ts';

describe('the events between two days', () => {
  it('are those with a statement after the first day and up to the second, each once, and include every event the diff names', () => {
    const index = siteContentForTests().treatments;
    const days = [index.changeDates[0]! - 1, ...index.changeDates];
    let named = 0;
    for (const from of days) {
      for (const to of days.filter((d) => d >= from)) {
        const ids = eventsBetween(index, from, to);
        expect(ids).toEqual([...new Set(index.statements.filter((s) => s.day > from && s.day <= to).map((s) => s.event))]);
        for (const row of diff(index, from, to).rows) for (const s of row.statements) expect(ids).toContain(s.event);
        named += ids.length;
      }
    }
    expect(named).toBeGreaterThan(0);
    expect(eventsBetween(index, days.at(-1)!, days.at(-1)!)).toEqual([]);
  });
});
