/**
 * The home page's embed panel follows the timeline's view: the embed code carries the same
 * range, lanes and filters; the image links are the whole timeline's, or a year's when the
 * view shows about that year, and are hidden for any other view (no image is prebuilt).
 */
import type { TimelineView } from '../lib/timeline/view.ts';
import type { Lang } from '../model/lang.ts';
import { retargetEmbedControl } from './embed-control-client.ts';

function imageFor(view: TimelineView, years: ReadonlySet<string>): string | undefined {
  const plain = view.query === '' && Object.values(view.filters).every((f) => f.length === 0) && view.lanes === 'actor';
  if (!plain) return undefined;
  if (!view.range) return 'timeline';
  // About a year on screen (the timeline may shift a year's view to stay inside its bounds):
  // that year's image, named after the year the view is centred on.
  const span = view.range.end - view.range.start;
  if (span < 330 || span > 400) return undefined;
  const middle = new Date(((view.range.start + view.range.end) / 2) * 86_400_000).getUTCFullYear();
  return years.has(String(middle)) ? `timeline-${middle}` : undefined;
}

const box = document.querySelector<HTMLElement>('[data-timeline-embed-control]');
const control = box?.querySelector<HTMLElement>('[data-embed-control]');
if (box && control) {
  const lang = box.dataset.lang as Lang;
  const years = new Set((box.dataset.years ?? '').split(',').filter(Boolean));
  const follow = (view: TimelineView) => {
    const { event: _selected, ...shown } = view;
    retargetEmbedControl(control, lang, { page: 'embed-timeline', view: shown }, box.dataset.title ?? '', imageFor(shown, years));
  };
  document.addEventListener('timeline:view', (e) => follow((e as CustomEvent<{ view: TimelineView }>).detail.view));
  // The timeline may have started first (its address can already hold a view).
  const current = (document.querySelector('event-timeline') as (HTMLElement & { committedView?: TimelineView }) | null)?.committedView;
  if (current) follow(current);
}
