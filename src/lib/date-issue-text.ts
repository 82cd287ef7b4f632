/**
 * Date-query issues in words, in each language, with what the page shows instead.
 */
import { t } from '../i18n/ui.ts';
import type { Lang } from '../model/lang.ts';
import { isoDay } from '../model/calendar-date.ts';
import type { DateIssue } from './date-query.ts';
import { formatDate } from './format-date.ts';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function dateIssueText(issue: DateIssue, lang: Lang): string {
  const day = (n: number) => formatDate(isoDay(n), lang);
  switch (issue.code) {
    case 'not-a-date':
      return t(lang, 'query.notADate', { value: issue.value, example: '2021-11-30' });
    case 'no-such-month':
      return t(lang, 'query.impossible', { value: issue.value, reason: lang === 'zh' ? `没有 ${issue.month} 月` : `there is no month ${issue.month}` });
    case 'no-such-day':
      return t(lang, 'query.impossible', {
        value: issue.value,
        reason: lang === 'zh' ? `${issue.year} 年 ${issue.month} 月只有 ${issue.days} 天` : `${MONTHS_EN[issue.month - 1]} ${issue.year} has ${issue.days} days`,
      });
    case 'before-data':
      return t(lang, 'query.before', { date: day(issue.day), first: day(issue.first) });
    case 'future':
      return t(lang, 'query.future', { date: day(issue.day) });
  }
}
