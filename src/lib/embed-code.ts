/**
 * The HTML a journalist pastes to embed a chart: an iframe that works on its own at a
 * sensible height, and optionally the loader that resizes it to its content.
 */
/** Room for an embed's title, subtitle and credit around the chart, in pixels. */
export const EMBED_CHROME = 130;

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export interface EmbedCodeInput {
  /** Absolute URL of the embed page. */
  readonly src: string;
  readonly title: string;
  /** Default height in px, used until (or without) the loader. */
  readonly height: number;
  /** Absolute URL of the loader script; omit for a plain iframe. */
  readonly loader?: string;
}

export function embedCode(input: EmbedCodeInput): string {
  const iframe = `<iframe src="${attr(input.src)}" title="${attr(input.title)}" width="100%" height="${Math.round(input.height)}" loading="lazy" style="border:0;width:100%;max-width:1200px" data-wlp-embed></iframe>`;
  return input.loader ? `${iframe}\n<script src="${attr(input.loader)}" async></script>` : iframe;
}
