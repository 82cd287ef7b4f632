/**
 * The timeline's form controls (rendered by TimelineControls.astro): lane switch, zoom and
 * move buttons, text search, facet checkboxes and the chips naming active filters. Reader
 * input goes to the handlers; syncControls makes the controls show a view (after Back, or
 * when the view came from the URL).
 */
import type { TimelineData } from '../../lib/timeline/payload.ts';
import { fill, type TimelineStrings } from '../../lib/timeline/strings.ts';
import { FACETS, type Facet, type LaneMode } from '../../lib/timeline/timeline-event.ts';
import { hasFilters, type TimelineView } from '../../lib/timeline/view.ts';

export type ControlAction = 'zoom-in' | 'zoom-out' | 'earlier' | 'later' | 'all' | 'clear' | 'close';

export interface ControlHandlers {
  lanes(mode: LaneMode): void;
  action(name: ControlAction): void;
  /** Text typed in the search box (on every keystroke). */
  query(text: string): void;
  facet(facet: Facet, id: string, on: boolean): void;
}

export function wireControls(root: HTMLElement, h: ControlHandlers): void {
  root.addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement;
    if (input.name === 'tl-lanes') h.lanes(input.value as LaneMode);
    else if (input.dataset.facet) h.facet(input.dataset.facet as Facet, input.value, input.checked);
  });
  root.addEventListener('input', (e) => {
    const input = e.target as HTMLInputElement;
    if (input.matches('[data-query]')) h.query(input.value);
  });
  root.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button');
    if (!button) return;
    if (button.dataset.action) h.action(button.dataset.action as ControlAction);
    else if (button.dataset.chipFacet) h.facet(button.dataset.chipFacet as Facet, button.dataset.chipId!, false);
  });
  // The search box lives in a form so Enter does not reload the page.
  root.querySelector('form')?.addEventListener('submit', (e) => e.preventDefault());
}

export function syncControls(root: HTMLElement, view: TimelineView, data: TimelineData, s: TimelineStrings): void {
  for (const radio of root.querySelectorAll<HTMLInputElement>('input[name="tl-lanes"]')) radio.checked = radio.value === view.lanes;
  for (const box of root.querySelectorAll<HTMLInputElement>('input[data-facet]')) {
    box.checked = view.filters[box.dataset.facet as Facet].includes(box.value);
  }
  const query = root.querySelector<HTMLInputElement>('[data-query]');
  if (query && query.ownerDocument.activeElement !== query && query.value.trim() !== view.query) query.value = view.query;

  const count = FACETS.reduce((n, f) => n + view.filters[f].length, 0);
  const counter = root.querySelector<HTMLElement>('[data-filter-count]');
  if (counter) counter.textContent = count ? fill(s['timeline.filters.count'], { n: count }) : '';

  const chips = root.querySelector<HTMLElement>('[data-active-filters]');
  if (chips) {
    const list = chips.querySelector('ul')!;
    const doc = root.ownerDocument;
    list.replaceChildren(
      ...FACETS.flatMap((facet) =>
        view.filters[facet].map((id) => {
          const li = doc.createElement('li');
          const button = doc.createElement('button');
          const name = data.names[facet].get(id) ?? id;
          button.type = 'button';
          button.className = 'tl-chip';
          button.dataset.chipFacet = facet;
          button.dataset.chipId = id;
          button.setAttribute('aria-label', fill(s['timeline.filters.remove'], { name }));
          button.textContent = name;
          li.append(button);
          return li;
        }),
      ),
    );
    chips.hidden = !hasFilters(view);
  }
}
