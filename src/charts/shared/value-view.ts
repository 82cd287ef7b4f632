/**
 * One stated value in a treatment chart's rows — a cell's level or capability, before or
 * after a change — with its words, its sources and what stands behind it: whether it rests
 * on opinion alone, the sources' own words, the codebook cases it was coded by. Tables and
 * drawings read these; neither names a value itself, nor decides what is opinion.
 */
import type { AttributeState, Statement } from '../../lib/treatments/index.ts';
import { evidenceOf, LEVEL, rulesOf } from '../../lib/treatments/index.ts';
import type { Evidence } from '../../model/evidence.ts';
import type { Swatch } from './level-style.ts';
import { nameOf, type Vocabulary } from '../html/vocabulary.ts';

/** What stands behind a value (or behind the ending of one). */
export interface Support {
  /** Every statement behind it rests on opinion sources alone: opinion, not fact. */
  readonly opinion: boolean;
  /** The sources' own words, each source and quote once. */
  readonly evidence: readonly Evidence[];
  /** Ids of the codebook cases the statements were coded by. */
  readonly rules: readonly string[];
}

/** A value or support as drawings need it: without the sources' words and codebook cases, which only tables read. */
export function drawnSupport<S extends Support>(s: S): S {
  return { ...s, evidence: [], rules: [] };
}

/** The support of the statements behind a value; `opinion` as the engine decided it. */
export function supportOf(statements: readonly Statement[], opinion: boolean): Support {
  return { opinion, evidence: evidenceOf(statements), rules: rulesOf(statements) };
}

export interface ValueView extends Support {
  /** A level id, or "yes" / "no" for a capability. */
  readonly value: string;
  /** The value in words. */
  readonly label: string;
  /** Day it has held since, when known. */
  readonly since?: number;
  /** Source ids that state it. */
  readonly sources: readonly string[];
}

export interface LevelView {
  readonly id: string;
  readonly name: string;
  readonly swatch: Swatch;
}

/** The words of a raw value of an attribute ("level" or a capability id). */
export function valueLabel(v: Vocabulary, attribute: string, value: string): string {
  if (attribute === LEVEL) return nameOf(v.levels, value);
  return value === 'yes' ? v.words.yes : v.words.no;
}

/** A known attribute state as a value view. */
export function stateView(v: Vocabulary, attribute: string, a: AttributeState): ValueView {
  return { value: a.value, label: valueLabel(v, attribute, a.value), since: a.since, sources: a.sources, ...supportOf(a.statements, a.opinion) };
}

/** "（观点）" / " (opinion)" after a value resting on opinion alone, in alt text; nothing otherwise. */
export function opinionNote(v: Vocabulary, opinion: boolean): string {
  if (!opinion) return '';
  return v.lang === 'zh' ? `（${v.words.opinion}）` : ` (${v.words.opinion.toLowerCase()})`;
}

/**
 * A cell's known values in words, for alt text: "Plain page (opinion), Opens directly: yes";
 * "" when nothing is known.
 */
export function valuesInWords(
  v: Vocabulary,
  level: ValueView | undefined,
  capabilities: readonly { readonly name: string; readonly value: ValueView }[],
  notes = true,
): string {
  const colon = v.lang === 'zh' ? '：' : ': ';
  const note = (opinion: boolean) => (notes ? opinionNote(v, opinion) : '');
  return [...(level ? [`${level.label}${note(level.opinion)}`] : []), ...capabilities.map((c) => `${c.name}${colon}${c.value.label}${note(c.value.opinion)}`)].join(
    v.lang === 'zh' ? '，' : ', ',
  );
}

/** The levels with their swatches, richest first. */
export function levelViews(v: Vocabulary): LevelView[] {
  return v.levels.map((l) => ({ id: l.id, name: l.name, swatch: l.swatch }));
}

/** "Group chat" or "Group chat · Product links" for a surface and link kind. */
export function cellLabel(v: Vocabulary, surface: string, link: string): string {
  return link === v.linkKinds[0]?.id ? nameOf(v.surfaces, surface) : `${nameOf(v.surfaces, surface)} · ${nameOf(v.linkKinds, link)}`;
}

/** Short names of sources, in the language, for credits. */
export function sourceNames(v: Vocabulary, ids: readonly string[]): string[] {
  return ids.map((id) => v.sources[id]?.short ?? id);
}
