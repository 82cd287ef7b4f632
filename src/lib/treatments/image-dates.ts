/**
 * The dates of change whose matrix, and whose diff with the date before, come as prebuilt
 * image files: the latest PREBUILT_IMAGE_DATES of them, and every date on which a milestone's
 * statement takes effect. Any other date's images are drawn in the reader's browser when
 * asked for, from the same spec (src/charts/browser/image-file.ts). Each prebuilt date costs
 * a build five PNGs per chart and language, and a long history's matrix grows with what is
 * known, so a build that drew every date's grew faster than the history. Twelve, not 24: at
 * 10,000 events the latest matrix's PNGs are 70 million pixels per language (its phone
 * layout 1080 × 26,613 px), and 24 dates' were most of what a cold build still drew.
 */
import type { DayNumber } from '../../model/calendar-date.ts';
import type { TreatmentIndex } from './treatment-index.ts';

/** How many of the latest dates of change have prebuilt images (besides the milestones'). */
export const PREBUILT_IMAGE_DATES = 12;

export function prebuiltImageDates(index: TreatmentIndex, isMilestone: (eventId: string) => boolean, max = PREBUILT_IMAGE_DATES): ReadonlySet<DayNumber> {
  const dates = new Set(max > 0 ? index.changeDates.slice(-max) : []);
  for (const s of index.statements) if (isMilestone(s.event)) dates.add(s.day);
  return dates;
}
