/**
 * The panel that opens under the chart for the selected event: its dates, title, summary,
 * lanes, sources (publisher and date, opinion marked) and a link to its page.
 */
import { describeDate } from '../../lib/timeline/describe.ts';
import type { TimelineData } from '../../lib/timeline/payload.ts';
import type { TimelineStrings } from '../../lib/timeline/strings.ts';
import { FACETS, type TimelineEvent } from '../../lib/timeline/timeline-event.ts';
import { href } from '../../lib/urls.ts';

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, name: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = doc.createElement(name);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

export function fillDetail(panel: HTMLElement, e: TimelineEvent, data: TimelineData, s: TimelineStrings): void {
  const doc = panel.ownerDocument;
  const lang = data.lang;
  const part = (name: string) => panel.querySelector<HTMLElement>(`[data-detail-${name}]`)!;
  panel.dataset.eventId = e.id;
  part('dates').textContent = describeDate(e, s, lang);
  part('title').textContent = e.title;
  part('summary').textContent = e.summary;

  const meta = part('meta');
  meta.replaceChildren();
  for (const facet of FACETS) {
    const ids = e.facets[facet];
    if (!ids.length) continue;
    const row = el(doc, 'div', '');
    const dt = el(doc, 'dt', '', meta.dataset[`label${facet[0]!.toUpperCase()}${facet.slice(1)}`] ?? facet);
    const dd = el(doc, 'dd', '');
    const chips = el(doc, 'ul', 'chips');
    for (const id of ids) chips.append(el(doc, 'li', '', data.names[facet].get(id) ?? id));
    dd.append(chips);
    row.append(dt, dd);
    meta.append(row);
  }

  const sources = part('sources');
  sources.replaceChildren(
    ...e.sources.map((i) => {
      const source = data.sources[i]!;
      const li = el(doc, 'li', '');
      const a = el(doc, 'a', 'timeline__source-publisher', source.publisher);
      a.href = href({ page: 'source', id: source.id }, lang);
      li.append(a, doc.createTextNode(lang === 'zh' ? `，${source.dateLabel} ` : `, ${source.dateLabel} `));
      const badge = el(doc, 'span', `badge badge--${source.kind}`, s[`source.kind.${source.kind}`]);
      li.append(badge, el(doc, 'span', 'timeline__source-title', source.title));
      return li;
    }),
  );
  const link = part('link') as HTMLAnchorElement;
  link.href = href({ page: 'event', id: e.id }, lang);
}
