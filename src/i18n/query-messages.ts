import type { QueryMessages } from '../lib/date-issue-text.ts';
import type { Lang } from '../model/lang.ts';
import { t } from './ui.ts';

/** The date-query message templates for one language. */
export function queryMessages(lang: Lang): QueryMessages {
  return {
    notADate: t(lang, 'query.notADate'),
    impossible: t(lang, 'query.impossible'),
    before: t(lang, 'query.before'),
    future: t(lang, 'query.future'),
    after: t(lang, 'query.after'),
    reversed: t(lang, 'query.reversed'),
    showing: t(lang, 'query.showing'),
  };
}
