import { describe, expect, it } from 'vitest';
import { PREBUILT_IMAGE_DATES, prebuiltImageDates } from '../../src/lib/treatments/image-dates.ts';
import { indexTreatments, type Dimensions } from '../../src/lib/treatments/index.ts';
import { isoDay, parseIsoDay } from '../../src/model/calendar-date.ts';
import { eventSchema } from '../../src/model/event.ts';

const dims: Dimensions = { platforms: ['taobao', 'jd'], surfaces: ['group-chat'], linkKinds: ['general'], levels: ['plain', 'blocked'], capabilities: ['opens'] };

/** `n` events on `n` days a week apart, each turning Taobao's group chat the other way: `n` dates of change. */
function history(n: number) {
  const events = Array.from({ length: n }, (_, i) =>
    eventSchema.parse({
      id: `e${i}`,
      date: isoDay(parseIsoDay('2019-01-07') + 7 * i),
      title: { zh: `e${i}`, en: `e${i}` },
      summary: { zh: `e${i}`, en: `e${i}` },
      actors: ['x'],
      sources: ['s'],
      treatments: [{ platforms: ['taobao'], surfaces: ['group-chat'], basis: 'change', sources: ['s'], evidence: [{ source: 's', quote: 'words' }], level: i % 2 ? 'plain' : 'blocked' }],
    }),
  );
  return indexTreatments(events, dims, { opinionSources: new Set() });
}

describe('the dates of change with prebuilt images', () => {
  it('are every date while the history has no more than the limit', () => {
    const index = history(PREBUILT_IMAGE_DATES);
    expect([...prebuiltImageDates(index, () => false)].sort()).toEqual([...index.changeDates]);
  });

  it('are the latest dates and every date a milestone takes effect on, in a longer history', () => {
    const index = history(PREBUILT_IMAGE_DATES + 16);
    expect(index.changeDates).toHaveLength(PREBUILT_IMAGE_DATES + 16);
    const dates = prebuiltImageDates(index, (id) => id === 'e3' || id === 'e10');
    expect([...dates].sort((a, b) => a - b)).toEqual([index.changeDates[3], index.changeDates[10], ...index.changeDates.slice(-PREBUILT_IMAGE_DATES)]);
    // A milestone among the latest is counted once.
    expect(prebuiltImageDates(index, (id) => id === `e${PREBUILT_IMAGE_DATES + 15}`).size).toBe(PREBUILT_IMAGE_DATES);
  });

  it('follow a limit given, down to none but the milestones', () => {
    const index = history(10);
    expect([...prebuiltImageDates(index, () => false, 3)]).toEqual(index.changeDates.slice(-3));
    expect([...prebuiltImageDates(index, (id) => id === 'e0', 0)]).toEqual([index.changeDates[0]]);
  });
});
