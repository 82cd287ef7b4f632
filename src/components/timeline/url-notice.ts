/**
 * The timeline's corrected address, told to the reader (in TimelineUrlNotice.astro's box):
 * which parameters (as written) could not be used. The timeline itself logs the details to
 * the console; this says it on the page. Called by <event-timeline> when it starts.
 */
import { fill } from '../../lib/text/fill.ts';
import { isLang, LIST_SEPARATOR } from '../../model/lang-codes.ts';

export function showUrlNotice(requested: string, problems: readonly string[]): void {
  const box = document.querySelector<HTMLElement>('[data-timeline-url-notice]');
  if (!box || problems.length === 0) return;
  const query = new URLSearchParams(requested);
  // Each problem starts with the name of its parameter ("platform: …", "from/to: …", "from 2021-… is after to …").
  const names = [...new Set(problems.flatMap((p) => (/^[a-z/]+/.exec(p)?.[0] ?? '').split('/')).filter((n) => n !== ''))];
  const params = names.map((n) => (query.has(n) ? `${n}=${query.getAll(n).join(',')}` : n));
  const lang = isLang(box.dataset.lang) ? box.dataset.lang : 'en';
  box.textContent = fill(box.dataset.message ?? '', { params: params.join(LIST_SEPARATOR[lang].names) });
  box.hidden = false;
}
