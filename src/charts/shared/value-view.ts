/**
 * One stated value in a treatment chart's rows — a cell's level or capability, before or
 * after a change — with its words and its sources. Tables and drawings read these; neither
 * names a value itself. (Per-value flags such as `opinion` or `evidence` belong here.)
 */
import type { AttributeState } from '../../lib/treatments/index.ts';
import { LEVEL } from '../../lib/treatments/index.ts';
import type { Swatch } from './level-style.ts';
import { nameOf, type Vocabulary } from '../html/vocabulary.ts';

export interface ValueView {
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
  return { value: a.value, label: valueLabel(v, attribute, a.value), since: a.since, sources: a.sources };
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
