/**
 * The timeline's classes with fixed colours, as a stylesheet inside a standalone SVG (PNG
 * and SVG images), where the site's CSS does not reach. The shapes and classes are the
 * renderer's own; only the colours are resolved here (the page's timeline.css mixes them
 * from its custom properties).
 */
import type { ChartTheme } from '../shared/theme.ts';

/** "#rrggbb" at an opacity, as rgba(). */
function alpha(hex: string, a: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${a})`;
}

export function timelineImageCss(theme: ChartTheme): string {
  const soft = theme.dark ? '#1f3a30' : '#e2f1ea';
  return `
.tl{font-size:12px}
.tl-band{fill:transparent}
.tl-band--odd{fill:${alpha(theme.text, 0.035)}}
.tl-grid__line{stroke:${alpha(theme.text, 0.1)}}
.tl-grid__line--major{stroke:${alpha(theme.text, 0.24)}}
.tl-axis__rule{stroke:${theme.muted}}
.tl-axis__label{fill:${theme.muted}}
.tl-axis__context-label{fill:${theme.text};font-weight:700}
.tl-lane-name{fill:${theme.text};font-size:13px;font-weight:700}
.tl-empty{fill:${theme.muted};font-size:14px}
.tl-mark__hit{fill:transparent}
.tl-mark__dot{fill:${theme.accent};stroke:${theme.background};stroke-width:1.5}
.tl-mark__bar{stroke:${theme.accent};stroke-width:1.5}
.tl-mark__bar--month{fill:${soft}}
.tl-hatch__bg{fill:${soft}}
.tl-hatch__line{fill:${alpha(theme.accent, 0.55)}}
.tl-mark__link{stroke:${theme.accent};stroke-width:2}
.tl-mark__effective{fill:${theme.background};stroke:${theme.accent};stroke-width:2}
.tl-mark--opinion .tl-mark__dot,.tl-mark--opinion .tl-mark__bar{fill:${theme.dark ? '#3a2c17' : '#fbefdc'};stroke:${theme.dark ? '#f2b86b' : '#8a4b00'};stroke-width:2;stroke-dasharray:3 2}
.tl-mark-label{fill:${theme.text}}
.tl-milestone__rule{stroke:${theme.accent};stroke-width:1;stroke-dasharray:3 3}
.tl-milestone__label{fill:${theme.text};font-size:12px;font-weight:700;stroke:${theme.background};stroke-width:4px;stroke-linejoin:round}
.tl-mark__ring{fill:none;stroke:none}
.tl-cluster__box{fill:${alpha(theme.muted, 0.22)};stroke:${theme.muted};stroke-width:1}
.tl-cluster__count{fill:${theme.text};font-size:12px;font-weight:700}
`;
}
