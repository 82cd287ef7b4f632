/**
 * The timeline's words and embed panel follow its view: the caption under an embedded
 * timeline says how its lanes are made; the home page's embed panel gets the view's embed
 * code, title and alt text, and the images of the whole timeline, or of a year when the view
 * shows about that year (none is prebuilt for other views).
 */
import type { TimelineView } from '../lib/timeline/view.ts';
import { hasFilters } from '../lib/timeline/view.ts';
import type { ChartKey } from '../lib/chart-id.ts';
import { retargetEmbedControl } from './embed-control-client.ts';

function imageFor(view: TimelineView, years: ReadonlySet<string>): ChartKey | undefined {
  if (hasFilters(view) || view.lanes !== 'actor') return undefined;
  if (!view.range) return { kind: 'timeline' };
  // About a year on screen (the timeline may shift a year's view to stay inside its bounds):
  // that year's image, named after the year the view is centred on.
  const span = view.range.end - view.range.start;
  if (span < 330 || span > 400) return undefined;
  const middle = new Date(((view.range.start + view.range.end) / 2) * 86_400_000).getUTCFullYear();
  return years.has(String(middle)) ? { kind: 'timeline', year: middle } : undefined;
}

interface ViewDetail {
  readonly view: TimelineView;
  readonly text: { readonly title: string; readonly note: string; readonly alt: string };
}

const box = document.querySelector<HTMLElement>('[data-timeline-embed-control]');
const control = box?.querySelector<HTMLElement>('[data-embed-control]');
const subtitle = document.querySelector<HTMLElement>('[data-embed-subtitle][data-timeline-note]');
const follow = ({ view, text }: ViewDetail) => {
  const { event: _selected, ...shown } = view;
  if (subtitle) subtitle.textContent = text.note;
  if (!box || !control) return;
  const years = new Set((box.dataset.years ?? '').split(',').filter(Boolean));
  const chart = imageFor(shown, years);
  retargetEmbedControl(control, { chart, embed: { page: 'embed-timeline', view: shown }, page: { page: 'home', view: shown }, title: text.title, alt: text.alt });
};
document.addEventListener('timeline:view', (e) => follow((e as CustomEvent<ViewDetail>).detail));
// The timeline may have started first (its address can already hold a view).
const timeline = document.querySelector('event-timeline') as (HTMLElement & { committedView?: TimelineView; describe?: (v: TimelineView) => ViewDetail['text'] }) | null;
if (timeline?.committedView && timeline.describe) follow({ view: timeline.committedView, text: timeline.describe(timeline.committedView) });
