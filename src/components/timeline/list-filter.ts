/**
 * Keeps the page's plain event list (the no-JS and screen-reader list) in step with the
 * timeline's filters: events the timeline hides are hidden from the list too, years left
 * empty are hidden, and a line above the list says how many are shown.
 */
export function filterList(list: HTMLElement, shown: ReadonlySet<string> | undefined, status: HTMLElement | null, message: string): void {
  for (const item of list.querySelectorAll<HTMLElement>('[data-event-id]')) {
    const hide = shown !== undefined && !shown.has(item.dataset.eventId!);
    if (item.hidden !== hide) item.hidden = hide;
  }
  for (const year of list.querySelectorAll<HTMLElement>('.event-list__year')) {
    const hide = shown !== undefined && !year.querySelector('[data-event-id]:not([hidden])');
    if (year.hidden !== hide) year.hidden = hide;
  }
  if (status) {
    status.hidden = shown === undefined;
    status.textContent = shown === undefined ? '' : message;
  }
}
