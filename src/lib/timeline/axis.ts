/**
 * The time axis: tick spacing adapts to the zoom, from decades through years and months to
 * single days, choosing the finest spacing whose labels fit. Ticks mark the boundaries of
 * periods and each label sits in the middle of the period it names, as month and year
 * bars do. A context line above names the year (when ticks are months) or the month (when
 * ticks are days), pinned to the left edge while its period is in view.
 */
import { boundaries, days, months, years, type DayInterval } from './intervals.ts';
import type { Lang } from '../../model/lang.ts';
import type { DayScale } from './day-scale.ts';
import { formatDay, formatTick, type LabelUnit } from './day-label.ts';
import type { Measure } from '../text/measure.ts';

interface Spacing {
  readonly unit: LabelUnit;
  readonly step: number;
  readonly interval: DayInterval;
  /** Typical length in days, to decide whether labels fit. */
  readonly days: number;
}

/** From finest to coarsest. Day steps count from the 1st of each month (intervals.ts). */
export const SPACINGS: readonly Spacing[] = [
  { unit: 'day', step: 1, interval: days(1), days: 1 },
  { unit: 'day', step: 2, interval: days(2), days: 2 },
  { unit: 'day', step: 7, interval: days(7), days: 7 },
  { unit: 'month', step: 1, interval: months(1), days: 30.44 },
  { unit: 'month', step: 3, interval: months(3), days: 91.3 },
  { unit: 'month', step: 6, interval: months(6), days: 182.6 },
  { unit: 'year', step: 1, interval: years(1), days: 365.25 },
  { unit: 'year', step: 2, interval: years(2), days: 730.5 },
  { unit: 'year', step: 5, interval: years(5), days: 1826 },
  { unit: 'year', step: 10, interval: years(10), days: 3652 },
];

/** The widest tick label of a unit in a language, for spacing decisions. */
const SAMPLE: Record<Lang, Record<LabelUnit, string>> = {
  zh: { day: '28日', month: '12月', year: '2021年' },
  en: { day: '28', month: 'Sep', year: '2021' },
};

export interface AxisTick {
  readonly day: number;
  readonly x: number;
  /** A boundary of the context period (a new year or month): drawn stronger. */
  readonly major: boolean;
}

export interface AxisLabel {
  readonly key: string;
  readonly x: number;
  readonly text: string;
  readonly anchor: 'start' | 'middle';
}

export interface Axis {
  readonly unit: LabelUnit;
  readonly step: number;
  readonly ticks: readonly AxisTick[];
  readonly labels: readonly AxisLabel[];
  readonly context: readonly AxisLabel[];
}

const MONTHS = months(1);
const YEARS = years(1);

export function chooseSpacing(ppd: number, lang: Lang, fontSize: number, measure: Measure, units: readonly LabelUnit[] = ['day', 'month', 'year']): Spacing {
  const allowed = SPACINGS.filter((s) => units.includes(s.unit));
  for (const s of allowed) {
    if (s.days * ppd >= measure(SAMPLE[lang][s.unit], { size: fontSize }) + 10) return s;
  }
  return allowed.at(-1)!;
}

/** The axis for a scale; `units` limits the spacings considered (the overview shows only years). */
export function axis(scale: DayScale, lang: Lang, fontSize: number, measure: Measure, units?: readonly LabelUnit[]): Axis {
  const [start, end] = scale.domain;
  const [x0, x1] = scale.range;
  const spacing = chooseSpacing(scale.ppd, lang, fontSize, measure, units);
  const contextInterval = spacing.unit === 'day' ? MONTHS : spacing.unit === 'month' ? YEARS : undefined;
  const contextUnit: LabelUnit = spacing.unit === 'day' ? 'month' : 'year';
  const majors = new Set(contextInterval ? boundaries(contextInterval, start, end) : []);

  const edges = boundaries(spacing.interval, start, end);
  const ticks: AxisTick[] = [];
  const labels: AxisLabel[] = [];
  for (let i = 0; i < edges.length - 1; i++) {
    const a = edges[i]!;
    const b = edges[i + 1]!;
    const xa = scale(a);
    if (a > start && a < end) ticks.push({ day: a, x: xa, major: majors.has(a) });
    const left = Math.max(xa, x0);
    const right = Math.min(scale(b), x1);
    const text = formatTick(a, spacing.unit, lang);
    if (right - left >= measure(text, { size: fontSize }) + 4) {
      labels.push({ key: `${spacing.unit}${spacing.step}:${a}`, x: (left + right) / 2, text, anchor: 'middle' });
    }
  }

  const context: AxisLabel[] = [];
  if (contextInterval) {
    const periods = boundaries(contextInterval, start, end);
    for (let i = 0; i < periods.length - 1; i++) {
      const a = periods[i]!;
      const left = Math.max(scale(a), x0) + 2;
      const right = Math.min(scale(periods[i + 1]!), x1);
      const text = formatDay(a, contextUnit, lang);
      if (right - left >= measure(text, { size: fontSize, bold: true }) + 4) context.push({ key: `${contextUnit}:${a}`, x: left, text, anchor: 'start' });
    }
  }
  return { unit: spacing.unit, step: spacing.step, ticks, labels, context };
}
