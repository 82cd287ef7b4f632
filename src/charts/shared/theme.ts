/**
 * Colours for charts drawn outside the site's CSS (standalone SVG, PNG, embeds with a
 * forced theme). On the site's own pages charts inherit colours from CSS instead.
 */
export interface ChartTheme {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly rule: string;
  readonly accent: string;
  /** Opinion marks (the site's --opinion). */
  readonly opinion: string;
  readonly dark: boolean;
}

export const LIGHT: ChartTheme = { background: '#ffffff', text: '#1b1f22', muted: '#5b636a', rule: '#d9d6cc', accent: '#0b6e4f', opinion: '#8a4b00', dark: false };
export const DARK: ChartTheme = { background: '#15181a', text: '#e8e6e1', muted: '#a7afb5', rule: '#3a4045', accent: '#5cc99e', opinion: '#f2b86b', dark: true };

export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif";
