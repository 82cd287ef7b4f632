/**
 * The day a build counts as today in China: the last day a date field may name, the `max` of
 * the pages' date inputs, and part of every page's cache key (src/data/cache-keys.ts). The
 * real day, or the day of SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds
 * convention) when it is set, so that builds made either side of midnight in China can be
 * made as of one day: a rebuild after midnight otherwise renders every page again. Node only.
 */
import { chinaToday, type IsoDay } from '../model/calendar-date.ts';

/** Today in China for this build, or an Error naming what is wrong with SOURCE_DATE_EPOCH. */
export function buildDay(env: Readonly<Record<string, string | undefined>> = process.env): IsoDay {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return chinaToday();
  if (!/^\d{1,12}$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970 (as \`date +%s\` prints), not "${epoch}"`);
  return chinaToday(new Date(Number(epoch) * 1000));
}
