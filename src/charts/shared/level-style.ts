/**
 * How levels look: a colour ramp by rank (richest first) and a pattern per rank, so levels
 * stay apart in black-and-white print and for readers who do not see colour. Unknown is
 * pale and outlined. The same styles serve SVG charts (patterns in <defs>) and HTML
 * swatches (CSS classes in pages.css named after the pattern).
 */

export type PatternKind = 'solid' | 'stripes' | 'dots' | 'grid' | 'cross';

export interface Swatch {
  /** Fill colour (light theme; dark theme uses the same hue, see `fillDark`). */
  readonly fill: string;
  readonly fillDark: string;
  /** The pattern drawn over the fill, in `ink`. */
  readonly pattern: PatternKind;
  readonly ink: string;
}

const RAMP: readonly Omit<Swatch, 'pattern'>[] = [
  { fill: '#1b7a56', fillDark: '#3fae82', ink: '#0b3d2a' },
  { fill: '#7cc39d', fillDark: '#6fb892', ink: '#1f5a3e' },
  { fill: '#e7d27c', fillDark: '#c9b45c', ink: '#6e5a12' },
  { fill: '#eda66b', fillDark: '#d98c4f', ink: '#7a3f10' },
  { fill: '#b8413a', fillDark: '#d46a62', ink: '#fbe3e1' },
  { fill: '#6b4fa0', fillDark: '#9b80cf', ink: '#efe8fb' },
  { fill: '#3b6fb0', fillDark: '#6e9ad6', ink: '#e6eefa' },
];
const PATTERNS: readonly PatternKind[] = ['solid', 'stripes', 'dots', 'grid', 'cross', 'stripes', 'dots'];

export const UNKNOWN_SWATCH: Swatch = { fill: '#f4f3ef', fillDark: '#2a2f33', pattern: 'solid', ink: '#9aa1a7' };

/** A swatch per level id, by the level's rank in the list (richest first). */
export function levelSwatches(levels: readonly string[]): ReadonlyMap<string, Swatch> {
  return new Map(levels.map((id, i) => [id, { ...RAMP[i % RAMP.length]!, pattern: PATTERNS[i % PATTERNS.length]! }]));
}

/** The id of a level's SVG pattern in a document: unique per chart instance. */
export function patternId(prefix: string, level: string): string {
  return `${prefix}-pattern-${level}`;
}
