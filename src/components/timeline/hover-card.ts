/**
 * The short card shown while a mark is pointed at or focused: title, date, the other lanes
 * the event appears in, and how to open it. Purely visual (the mark's accessible name says
 * the same), so it is aria-hidden.
 */
import { describeCluster, describeDate } from '../../lib/timeline/describe.ts';
import type { TimelineData } from '../../lib/timeline/payload.ts';
import { fill, type TimelineStrings } from '../../lib/timeline/strings.ts';
import type { TimelineEvent } from '../../lib/timeline/timeline-event.ts';
import { LIST_SEPARATOR } from '../../model/lang-codes.ts';

export interface CardTarget {
  readonly element: Element;
  /** The lane the pointed-at mark is in. */
  readonly lane: string;
}

function place(card: HTMLElement, frame: HTMLElement, target: Element) {
  const box = target.getBoundingClientRect();
  const outer = frame.getBoundingClientRect();
  card.hidden = false;
  const w = card.offsetWidth;
  const h = card.offsetHeight;
  const left = Math.min(Math.max(4, box.left - outer.left + box.width / 2 - w / 2), outer.width - w - 4);
  const above = box.top - outer.top - h - 8;
  card.style.left = `${Math.round(left)}px`;
  card.style.top = `${Math.round(above >= 0 ? above : box.bottom - outer.top + 8)}px`;
}

export function showEventCard(
  card: HTMLElement,
  frame: HTMLElement,
  target: CardTarget,
  e: TimelineEvent,
  where: {
    /** The event's lanes. */
    readonly lanesOf: readonly string[];
    /** The lanes shown, for their names. */
    readonly names: readonly { readonly id: string; readonly name: string }[];
    /** An event shared by many actors, drawn once: all of them. */
    readonly sharedWith?: readonly string[] | undefined;
  },
  data: TimelineData,
  s: TimelineStrings,
): void {
  const doc = card.ownerDocument;
  const title = doc.createElement('strong');
  title.textContent = e.title;
  const when = doc.createElement('span');
  when.textContent = describeDate(e, s, data.lang);
  const lines: Node[] = [title, when];
  const sep = LIST_SEPARATOR[data.lang].names;
  if (where.sharedWith?.length) {
    const shared = doc.createElement('span');
    shared.textContent = fill(s['timeline.mark.with'], { names: where.sharedWith.join(sep) });
    lines.push(shared);
  }
  const others = where.lanesOf.filter((l) => l !== target.lane).map((l) => where.names.find((lane) => lane.id === l)?.name ?? l);
  if (others.length) {
    const also = doc.createElement('span');
    also.textContent = fill(s['timeline.card.alsoIn'], { lanes: others.join(sep) });
    lines.push(also);
  }
  const hint = doc.createElement('span');
  hint.className = 'timeline__card-hint';
  hint.textContent = s['timeline.card.hint'];
  lines.push(hint);
  card.replaceChildren(...lines);
  place(card, frame, target.element);
}

export function showClusterCard(card: HTMLElement, frame: HTMLElement, target: Element, count: number, first: number, last: number, data: TimelineData, s: TimelineStrings): void {
  const text = card.ownerDocument.createElement('span');
  text.textContent = describeCluster(count, first, last, s, data.lang);
  card.replaceChildren(text);
  place(card, frame, target);
}

export function hideCard(card: HTMLElement): void {
  card.hidden = true;
}
