/**
 * The small pieces every treatment table uses: a level chip (pattern swatch + name, never
 * colour alone), a capability (a drawn mark + name), source reference numbers.
 */
import type { Swatch } from '../shared/level-style.ts';
import { swatchStyle } from '../shared/svg-patterns.ts';
import { fragment, h, type Html } from './markup.ts';
import { markIcon } from '../shared/marks.ts';

export interface SourceRef {
  readonly n: number;
  readonly href: string;
  readonly label: string;
}

/** [1][2] links to the page's reference list. */
export function sourceRefs(refs: readonly SourceRef[]): Html {
  return h(
    'span',
    { class: 'refs' },
    refs.map((r) => h('a', { href: r.href, class: 'ref', title: r.label }, h('span', { class: 'visually-hidden' }, `${r.label} `), `[${r.n}]`)),
  );
}

/** A level: swatch with the level's pattern, and its name. Unknown is a dashed, empty swatch. */
export function levelChip(level: { id: string; name: string; swatch: Swatch } | { id: 'unknown'; name: string }): Html {
  const known = 'swatch' in level;
  return h(
    'span',
    { class: `level level--${known ? 'known' : 'unknown'}`, 'data-level': level.id },
    h('span', {
      class: `swatch swatch--${known ? level.swatch.pattern : 'unknown'}`,
      style: known ? swatchStyle(level.swatch) : undefined,
      'aria-hidden': 'true',
    }),
    h('span', { class: 'level__name' }, level.name),
  );
}

/** A capability with its value: a drawn tick or cross, then its name ("Opens directly"). */
export function capability(c: { id: string; name: string; value: string; valueLabel: string }, refs?: Html): Html {
  const mark = markIcon(c.value === 'yes' ? 'yes' : 'no');
  return h(
    'li',
    { class: `capability capability--${c.value}`, 'data-capability': c.id, 'data-value': c.value },
    h('span', { class: 'capability__mark', 'aria-hidden': 'true' }, mark),
    h('span', { class: 'visually-hidden' }, `${c.valueLabel}: `),
    c.name,
    refs ? fragment(' ', refs) : null,
  );
}
