import { fill } from '../../lib/text/fill.ts';

/**
 * Keeps the page's plain event list (the no-JS and screen-reader list: the latest events) in
 * step with the timeline's filters: events the timeline hides are hidden from the list too,
 * years left empty are hidden, and a line above the list says how many of its events are
 * shown (`message` has {n} and {total}: the list's, not the timeline's).
 */
export function filterList(list: HTMLElement, shown: ReadonlySet<string> | undefined, status: HTMLElement | null, message: string): void {
  let total = 0;
  let n = 0;
  for (const item of list.querySelectorAll<HTMLElement>('[data-event-id]')) {
    const hide = shown !== undefined && !shown.has(item.dataset.eventId!);
    if (item.hidden !== hide) item.hidden = hide;
    total++;
    if (!hide) n++;
  }
  for (const year of list.querySelectorAll<HTMLElement>('.event-list__year')) {
    const hide = shown !== undefined && !year.querySelector('[data-event-id]:not([hidden])');
    if (year.hidden !== hide) year.hidden = hide;
  }
  if (status) {
    status.hidden = shown === undefined;
    status.textContent = shown === undefined ? '' : fill(message, { n, total });
  }
}
