/**
 * What a diff says, in plain language, in one language: "On 30 November 2021: Taobao links in
 * one-to-one chat: no source describes the treatment … after this." Pure (no DOM): pages,
 * embeds, event pages and story steps make it from the engine's diff rows, at build time and
 * in the browser alike.
 *
 * Rules (the site's truth rules, in words):
 * - a row that ENDS (a general change made the value unknown) is said as such — "no source
 *   describes … after this" — never as a new value;
 * - a "first reported" row is never called a change ("was first reported as …");
 * - a value resting on opinion alone says whose opinion it is;
 * - rows are grouped by surface, link kind and what changed, listing the platforms, so one
 *   row and forty rows both read well; past `limit` groups the rest is counted ("and 12 more").
 */
import { LIST_SEPARATOR, type Lang } from '../model/lang-codes.ts';
import { fill } from './text/fill.ts';
import { formatDate } from './format-date.ts';
import { LEVEL, type Diff, type DiffRow } from './treatments/index.ts';

/** Templates with {placeholders}, in one language (see src/i18n/summary-messages.ts). */
export interface SummaryMessages {
  /** "On {date}:" */
  readonly onDay: string;
  /** "Between {from} and {to}:" */
  readonly between: string;
  /** "{platforms} links in {surface}" */
  readonly subject: string;
  /** "{platforms} links in {surface} ({link})" */
  readonly subjectLink: string;
  /** "the treatment" */
  readonly treatment: string;
  /** "{attr} went from {before} to {after}" */
  readonly changed: string;
  /** "{attr} became {after}" */
  readonly set: string;
  /** "{attr} was first reported as {after}" */
  readonly reported: string;
  /** "{attr} were first reported as {after}" (several attributes) */
  readonly reportedMany: string;
  /** " (earlier: {before})" */
  readonly earlier: string;
  /** "no source describes {attrs} after this" */
  readonly ended: string;
  /** "no source describes {attrs} after {cause}" (the general change that ended them, named) */
  readonly endedBy: string;
  /** " (in the opinion of {who})" */
  readonly opinion: string;
  /** " (all in the opinion of {who})", after the last of several clauses */
  readonly opinionAll: string;
  /** "and {n} other platforms" ({total}: all of them, for "等 {total} 个平台") */
  readonly otherPlatforms: string;
  /** "and {n} other values" ({total} as above) */
  readonly otherValues: string;
  /** "And {n} more in the table below." */
  readonly moreBelow: string;
  /** "And {n} more." */
  readonly more: string;
  readonly yes: string;
  readonly no: string;
}

interface Named {
  readonly id: string;
  readonly name: string;
}

/** The names a summary needs (a chart Vocabulary has them). */
export interface SummaryNames {
  readonly lang: Lang;
  /** In reference order. */
  readonly platforms: readonly Named[];
  readonly surfaces: readonly Named[];
  /** The first is the default kind (not named). */
  readonly linkKinds: readonly Named[];
  readonly levels: readonly Named[];
  readonly capabilities: readonly Named[];
  /** Whose words a source is ("裴培", "Internet Phantom Thieves"), by source id. */
  readonly sources: Readonly<Record<string, { readonly who: string }>>;
  /** Event titles by id, to name the general change that ended values (option `causes`). */
  readonly events?: Readonly<Record<string, { readonly title: string }>>;
}

export interface ChangeSummary {
  /** "On 30 November 2021:" or "Between … and …:" */
  readonly lead: string;
  /** One sentence per group of rows, at most `limit`. */
  readonly items: readonly string[];
  /** Rows left out of `items`, in words ("And 12 more in the table below."), when there are any. */
  readonly more?: string;
  /** Rows left out. */
  readonly hidden: number;
  /** Everything as one paragraph (captions, alt text, data). */
  readonly text: string;
}

export interface SummaryOptions {
  /** Groups to write out; the rest is counted. Default 5. */
  readonly limit?: number;
  /** The rows are in a table below the summary ("… in the table below"). Default true. */
  readonly tableBelow?: boolean;
  /**
   * Name the event whose general change ended values ("… after “WeChat updates its link
   * rules …”"), where the summary is not already about that one event (diffs). Default false.
   */
  readonly causes?: boolean;
}

/** An embed has no table under its chart: a shorter summary, the rest counted. */
export const EMBED_SUMMARY: SummaryOptions = { limit: 3, tableBelow: false, causes: true };

const MAX_PLATFORMS = 5;
const MAX_ENDED = 3;

const nameOf = (items: readonly Named[], id: string) => items.find((i) => i.id === id)?.name ?? id;

/** A list in running text: "A、B、C" / "A, B, and C" (serial comma), "A and B". */
export function listText(items: readonly string[], lang: Lang): string {
  if (lang === 'zh') return items.join(LIST_SEPARATOR.zh.names);
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}, and ${items.at(-1)}`;
}

/** A list cut at `max` entries, the rest counted with `others` ("and {n} other platforms"). */
function cappedList(items: readonly string[], max: number, others: string, lang: Lang): string {
  if (items.length <= max + 1) return listText(items, lang);
  const rest = fill(others, { n: items.length - max, total: items.length });
  const head = items.slice(0, max).join(LIST_SEPARATOR[lang].names);
  return lang === 'zh' ? `${head}${rest}` : `${head}, ${rest}`;
}

/** A reference name inside an English sentence: "Group chat" → "group chat"; one word or names with capitals inside ("Moments", "WeChat Pay") stay. */
function inSentence(name: string, lang: Lang): string {
  if (lang === 'zh') return name;
  const [first, ...rest] = name.split(' ');
  if (rest.length === 0 || !first || first.slice(1) !== first.slice(1).toLowerCase()) return name;
  return first.charAt(0).toLowerCase() + name.slice(1);
}

/** A name in quotation marks; quotation marks inside it become single ones. */
const quoted = (text: string) => `“${text.replace(/[“"](.*?)[”"]/g, '‘$1’')}”`;

/** The plain-language summary of a diff (or of one event's diff). Undefined when nothing differs. */
export function changeSummary(d: Diff, names: SummaryNames, m: SummaryMessages, options: SummaryOptions = {}): ChangeSummary | undefined {
  if (d.rows.length === 0) return undefined;
  const lang = names.lang;
  const limit = options.limit ?? 5;
  const date = (iso: string) => formatDate(iso, lang);
  // One day when everything in the range took effect on its last day (or the range is one day).
  const oneDay = d.to - d.from === 1 || d.rows.every((r) => r.statements.every((s) => s.day === d.to));
  const lead = oneDay ? fill(m.onDay, { date: date(d.toIso) }) : fill(m.between, { from: date(d.fromIso), to: date(d.toIso) });
  const attrName = (attribute: string) => (attribute === LEVEL ? m.treatment : quoted(nameOf(names.capabilities, attribute)));
  const value = (attribute: string, raw: string) => quoted(attribute === LEVEL ? nameOf(names.levels, raw) : raw === 'yes' ? m.yes : m.no);
  const whose = (r: DiffRow) => {
    if (!r.opinion) return '';
    const who = [...new Set(r.support.flatMap((s) => s.sources))].map((id) => names.sources[id]?.who ?? id);
    return listText(who, lang);
  };

  // The general change that ended a value, by its event's title (diffs only: an event's own summary says "this").
  const causeOf = (r: DiffRow): string | undefined => {
    if (!options.causes || !r.ended) return undefined;
    const event = r.support[0]?.event;
    return event === undefined ? undefined : names.events?.[event]?.title;
  };

  // One clause list per cell (platform × surface × link kind), in the engine's order.
  interface Cell {
    readonly platform: string;
    readonly surface: string;
    readonly link: string;
    readonly rows: DiffRow[];
  }
  const cells = new Map<string, Cell>();
  for (const r of d.rows) {
    const id = `${r.platform}|${r.surface}|${r.link}`;
    const cell = cells.get(id) ?? { platform: r.platform, surface: r.surface, link: r.link, rows: [] };
    cell.rows.push(r);
    cells.set(id, cell);
  }
  // Rows that say the same thing (same kind, same values, same opinion) are told together:
  // "“Alipay” and “Bank card” were first reported as “yes”".
  const clausesOf = (rows: readonly DiffRow[]): string[] => {
    const alike = new Map<string, { kind: 'ended' | 'changed' | 'set' | 'reported'; rows: DiffRow[]; opinion: string }>();
    for (const r of rows) {
      const kind = r.after === undefined ? 'ended' : r.basis === 'report' ? 'reported' : r.before === undefined ? 'set' : 'changed';
      const opinion = kind === 'ended' ? '' : whose(r);
      const key = kind === 'ended' ? `${kind}|${causeOf(r) ?? ''}` : `${kind}|${r.attribute === LEVEL ? LEVEL : 'capability'}|${r.before ?? ''}|${r.after ?? ''}|${opinion}`;
      const entry = alike.get(key) ?? { kind, rows: [], opinion };
      entry.rows.push(r);
      alike.set(key, entry);
    }
    const clauses = [...alike.values()].map(({ kind, rows: same, opinion }) => {
      const first = same[0]!;
      const attrs = same.map((r) => attrName(r.attribute));
      const many = same.length > 1;
      if (kind === 'ended') {
        const cause = causeOf(first);
        const attrsText = cappedList(attrs, MAX_ENDED, m.otherValues, lang);
        return { text: cause ? fill(m.endedBy, { attrs: attrsText, cause: quoted(cause) }) : fill(m.ended, { attrs: attrsText }), opinion };
      }
      const vars = {
        attr: listText(attrs, lang),
        after: value(first.attribute, first.after!),
        before: first.before === undefined ? '' : value(first.attribute, first.before),
      };
      const template = kind === 'reported' ? (many ? m.reportedMany : m.reported) : kind === 'set' ? m.set : m.changed;
      return { text: fill(template, vars) + (kind === 'reported' && first.before !== undefined ? fill(m.earlier, vars) : ''), opinion };
    });
    // One opinion said once when it stands behind every clause.
    const one = clauses.length > 1 && clauses.every((c) => c.opinion !== '' && c.opinion === clauses[0]!.opinion);
    const out = clauses.map((c) => (one || c.opinion === '' ? c.text : c.text + fill(m.opinion, { who: c.opinion })));
    if (one) out[out.length - 1] += fill(m.opinionAll, { who: clauses[0]!.opinion });
    return out;
  };

  // Cells that changed alike on the same surface and link kind are told once, listing their platforms.
  interface Group {
    readonly surface: string;
    readonly link: string;
    readonly clauses: readonly string[];
    readonly platforms: string[];
    rows: number;
  }
  const groups = new Map<string, Group>();
  for (const cell of cells.values()) {
    const clauses = clausesOf(cell.rows);
    const key = `${cell.surface}|${cell.link}|${clauses.join('\n')}`;
    const g = groups.get(key) ?? { surface: cell.surface, link: cell.link, clauses, platforms: [], rows: 0 };
    g.platforms.push(nameOf(names.platforms, cell.platform));
    g.rows += cell.rows.length;
    groups.set(key, g);
  }

  const sep = LIST_SEPARATOR[lang].clauses;
  const colon = lang === 'zh' ? '：' : ': ';
  const stop = lang === 'zh' ? '。' : '.';
  const all = [...groups.values()];
  const items = all.slice(0, limit).map((g) => {
    const vars = {
      platforms: cappedList(g.platforms, MAX_PLATFORMS, m.otherPlatforms, lang),
      surface: inSentence(nameOf(names.surfaces, g.surface), lang),
      // 中文与西文之间留空格："小程序打开 App 中"。
      space: lang === 'zh' && /[A-Za-z0-9]$/.test(nameOf(names.surfaces, g.surface)) ? ' ' : '',
      link: nameOf(names.linkKinds, g.link),
    };
    const subject = fill(g.link === names.linkKinds[0]?.id ? m.subject : m.subjectLink, vars);
    return `${subject}${colon}${g.clauses.join(sep)}${stop}`;
  });
  const hidden = all.slice(limit).reduce((n, g) => n + g.rows, 0);
  const more = hidden > 0 ? fill(options.tableBelow === false ? m.more : m.moreBelow, { n: hidden }) : undefined;
  const space = lang === 'zh' ? '' : ' ';
  const text = [lead, ...items, ...(more ? [more] : [])].join(space);
  return { lead, items, hidden, text, ...(more ? { more } : {}) };
}
