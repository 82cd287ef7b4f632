/**
 * The timeline's corrected address, told to the reader: which parameters (as written) could not
 * be used. The timeline itself logs the details to the console; this says it on the page.
 */
import { fill } from '../lib/text/fill.ts';

interface TimelineWithProblems extends HTMLElement {
  readonly urlProblems?: { readonly requested: string; readonly problems: readonly string[] };
}

/** Said once the timeline has started (it reads its address then). */
function tell(timeline: TimelineWithProblems) {
  const box = document.querySelector<HTMLElement>('[data-timeline-url-notice]');
  const report = timeline.urlProblems;
  if (!box || !report || report.problems.length === 0) return;
  const requested = new URLSearchParams(report.requested);
  // Each problem starts with the name of its parameter ("platform: …", "from/to: …", "from 2021-… is after to …").
  const names = [...new Set(report.problems.flatMap((p) => (/^[a-z/]+/.exec(p)?.[0] ?? '').split('/')).filter((n) => n !== ''))];
  const params = names.map((n) => (requested.has(n) ? `${n}=${requested.getAll(n).join(',')}` : n));
  box.textContent = fill(box.dataset.message ?? '', { params: params.join(box.dataset.lang === 'zh' ? '、' : ', ') });
  box.hidden = false;
}

const timeline = document.querySelector<TimelineWithProblems>('event-timeline');
if (timeline?.classList.contains('is-live')) tell(timeline);
else timeline?.addEventListener('timeline:ready', () => tell(timeline), { once: true });
