/**
 * Everything a treatment table needs to turn engine output into words and links in one
 * language. Plain data, so the page can hand it to its script as JSON and the browser
 * renders exactly what the build rendered.
 */
import type { Lang } from '../../model/lang.ts';
import type { Swatch } from '../shared/level-style.ts';

export interface NamedItem {
  readonly id: string;
  readonly name: string;
}

export interface SourceInfo {
  readonly id: string;
  /** "cnBeta, 29 November 2021" */
  readonly short: string;
  /** Full reference line: publisher, author, title, date. */
  readonly full: string;
  /** Whose words these are ("裴培", "Internet Phantom Thieves (WeChat public account)"), for opinion attributions. */
  readonly who: string;
  readonly opinion: boolean;
  readonly url?: string;
  /** The source's entry on the site's sources page. */
  readonly href: string;
  /** The language the source is written in (its quotes are in it). */
  readonly language: Lang;
}

/** A case of the codebook, as a cell's evidence links to it. */
export interface RuleInfo {
  readonly id: string;
  /** The situation, in this language. */
  readonly case: string;
  /** The case on the about page. */
  readonly href: string;
}

export interface EventInfo {
  readonly id: string;
  readonly title: string;
  readonly href: string;
  /** Date as shown, with precision. */
  readonly date: string;
}

export interface Vocabulary {
  readonly lang: Lang;
  /** In reference order. */
  readonly platforms: readonly (NamedItem & { readonly href: string })[];
  readonly surfaces: readonly NamedItem[];
  /** The first is the default kind (shown without a label). */
  readonly linkKinds: readonly NamedItem[];
  readonly levels: readonly (NamedItem & { readonly swatch: Swatch })[];
  readonly capabilities: readonly NamedItem[];
  readonly sources: Readonly<Record<string, SourceInfo>>;
  readonly events: Readonly<Record<string, EventInfo>>;
  /** The codebook's cases, by id. */
  readonly rules: Readonly<Record<string, RuleInfo>>;
  /** Interface words. */
  readonly words: {
    readonly unknown: string;
    readonly yes: string;
    readonly no: string;
    readonly since: string;
    readonly level: string;
    readonly platform: string;
    readonly surface: string;
    readonly before: string;
    readonly after: string;
    readonly changed: string;
    readonly reported: string;
    readonly reportedNote: string;
    readonly event: string;
    readonly sources: string;
    readonly source: string;
    readonly opinion: string;
    /** What an opinion mark means (its title, and the text of legends). */
    readonly opinionNote: string;
    readonly evidence: string;
    /** "The sources' words ({n})" */
    readonly evidenceCount: string;
    readonly rule: string;
    /** Before the values a quote supports: "for". */
    readonly supports: string;
    /** Link to a source's own page. */
    readonly original: string;
    /** A value ended by a general change. */
    readonly ended: string;
    readonly endedNote: string;
    readonly noChanges: string;
    readonly noData: string;
  };
  /** Templates of what the charts say about themselves ({placeholders} filled by each kind's rows). */
  readonly chart: ChartTemplates;
}

export interface ChartTemplates {
  /** "As of {date} (China Standard Time)". */
  readonly asOf: string;
  readonly platformTitle: string;
  readonly platformAlt: string;
  readonly columnsNote: string;
  readonly legendUnknown: string;
  /** The legend's entry for values resting on opinion alone. */
  readonly legendOpinion: string;
  /** The legend's entry for periods with capabilities known but no level. */
  readonly legendStated: string;
  /** Added to a diff's alt text: "{k} of them rest on opinion sources alone." */
  readonly altOpinion: string;
  readonly yearOnly: string;
  readonly period: string;
  readonly capabilities: string;
  readonly current: string;
  readonly historyCaption: string;
  readonly matrixTitle: string;
  readonly matrixNote: string;
  readonly matrixAlt: string;
  readonly matrixCaption: string;
  readonly diffTitle: string;
  readonly diffCaption: string;
  readonly diffAlt: string;
  /** Column names of a chart's CSV and JSON data. */
  readonly dataColumns: Readonly<Record<'platform' | 'surface' | 'linkKind' | 'attribute' | 'value' | 'before' | 'after' | 'basis' | 'from' | 'until' | 'since' | 'sources' | 'events' | 'opinion' | 'evidence', string>>;
}

/** Looks up a name by id, falling back to the id (never throws on unexpected data). */
export function nameOf(items: readonly NamedItem[], id: string): string {
  return items.find((i) => i.id === id)?.name ?? id;
}
