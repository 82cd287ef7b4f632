import type { SummaryMessages } from '../lib/change-summary.ts';
import type { Lang } from '../model/lang.ts';
import { t } from './ui.ts';

/** The change-summary templates for one language (so the browser carries only these). */
export function summaryMessages(lang: Lang): SummaryMessages {
  return {
    onDay: t(lang, 'summary.onDay'),
    between: t(lang, 'summary.between'),
    subject: t(lang, 'summary.subject'),
    subjectLink: t(lang, 'summary.subjectLink'),
    treatment: t(lang, 'summary.treatment'),
    changed: t(lang, 'summary.changed'),
    set: t(lang, 'summary.set'),
    reported: t(lang, 'summary.reported'),
    reportedMany: t(lang, 'summary.reportedMany'),
    earlier: t(lang, 'summary.earlier'),
    ended: t(lang, 'summary.ended'),
    endedBy: t(lang, 'summary.endedBy'),
    opinion: t(lang, 'summary.opinion'),
    opinionAll: t(lang, 'summary.opinionAll'),
    otherPlatforms: t(lang, 'summary.otherPlatforms'),
    otherValues: t(lang, 'summary.otherValues'),
    moreBelow: t(lang, 'summary.moreBelow'),
    more: t(lang, 'summary.more'),
    yes: t(lang, 'treat.yes'),
    no: t(lang, 'treat.no'),
  };
}
