/**
 * Text width without a browser: an estimate per character class, slightly generous, so the
 * same labels fit (and are cut the same way) at build time and in every browser.
 */

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    // Generous for wide sans-serif fallbacks (DejaVu Sans, Verdana): a title cut a little
    // early is better than one running into the next mark.
    if (WIDE.test(ch)) em += 1;
    else if (ch === ' ') em += 0.34;
    else if (/[A-Z0-9MW@%&]/.test(ch)) em += 0.72;
    else if (/[iljtf.,:;'|!()[\]"]/.test(ch)) em += 0.36;
    else em += 0.62;
  }
  return em * fontSize;
}

/** The text cut to fit a width, ending in "…" when cut; "" when not even one character fits. */
export function fitText(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const ellipsis = textWidth('…', fontSize);
  const chars = [...text];
  let used = ellipsis;
  let n = 0;
  while (n < chars.length) {
    const w = textWidth(chars[n]!, fontSize);
    if (used + w > width) break;
    used += w;
    n++;
  }
  return n === 0 ? '' : `${chars.slice(0, n).join('').trimEnd()}…`;
}
