/**
 * How chart elements get their colours. With a fixed theme (images) colours are written
 * into the SVG; without one (charts on the site's pages and embeds) they are classes that
 * the site's CSS colours, so light, dark and ?theme= all follow the page.
 */
import type { Selection } from 'd3-selection';
import type { ChartTheme } from './theme.ts';

type Any = Selection<any, any, any, any>;

export type InkRole = 'text' | 'muted' | 'rule' | 'accent' | 'background' | 'opinion';

/** Colours a shape's fill (text, marks) or stroke (rules) for a role. */
export function ink<S extends Any>(sel: S, role: InkRole, theme: ChartTheme | undefined): S {
  const property = role === 'rule' ? 'stroke' : 'fill';
  if (theme) {
    const colour = { text: theme.text, muted: theme.muted, rule: theme.rule, accent: theme.accent, background: theme.background, opinion: theme.opinion }[role];
    sel.attr(property, colour);
  } else {
    sel.attr(property, role === 'text' ? 'currentColor' : null).classed(`chart-${role}`, true);
  }
  return sel;
}
