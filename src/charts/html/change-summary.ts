/**
 * The change summary as HTML (a lead line, one item per group, the count of the rest),
 * rendered the same at build time (set:html) and in the browser (after a date change).
 */
import type { ChangeSummary } from '../../lib/change-summary.ts';
import { h, type Html } from './markup.ts';

/** The summary's markup; `fallback` (e.g. "no change") when there is none. */
export function changeSummaryHtml(summary: ChangeSummary | undefined, fallback = ''): Html {
  if (!summary) return h('p', { class: 'change-summary__lead' }, fallback);
  return h(
    'div',
    { class: 'change-summary__body' },
    h('p', { class: 'change-summary__lead' }, summary.lead),
    h('ul', { class: 'change-summary__items' }, summary.items.map((item) => h('li', null, item))),
    summary.more ? h('p', { class: 'change-summary__more' }, summary.more) : false,
  );
}
