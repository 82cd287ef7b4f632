/**
 * Date-query issues in words, from message templates (so the browser needs only the few
 * strings it uses, not the whole interface dictionary).
 */
import { isoDay } from '../model/calendar-date.ts';
import type { Lang } from '../model/lang.ts';
import type { DateIssue } from './date-query.ts';
import { formatDate } from './format-date.ts';
import { fill } from './text/fill.ts';

/** Templates with {placeholders}, in one language (see src/i18n/query-messages.ts). */
export interface QueryMessages {
  readonly notADate: string;
  readonly impossible: string;
  readonly before: string;
  readonly future: string;
  readonly after: string;
  readonly reversed: string;
  readonly showing: string;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export { fill };

export function dateIssueText(issue: DateIssue, lang: Lang, m: QueryMessages): string {
  const day = (n: number) => formatDate(isoDay(n), lang);
  switch (issue.code) {
    case 'not-a-date':
      return fill(m.notADate, { value: issue.value, example: '2021-11-30' });
    case 'no-such-month':
      return fill(m.impossible, { value: issue.value, reason: lang === 'zh' ? `没有 ${issue.month} 月` : `there is no month ${issue.month}` });
    case 'no-such-day':
      return fill(m.impossible, {
        value: issue.value,
        reason: lang === 'zh' ? `${issue.year} 年 ${issue.month} 月只有 ${issue.days} 天` : `${MONTHS_EN[issue.month - 1]} ${issue.year} has ${issue.days} days`,
      });
    case 'before-data':
      return fill(m.before, { date: day(issue.day), first: day(issue.first) });
    case 'future':
      return fill(m.future, { date: day(issue.day) });
  }
}
