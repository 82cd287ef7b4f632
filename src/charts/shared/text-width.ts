/**
 * Approximate text widths for layout without a browser (build-time SVG, images): CJK and
 * full-width characters take about 1em, Latin about 0.56em. Good enough to size label
 * columns and wrap captions; never used to place text that must align exactly.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if ((code >= 0x2e80 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef) || (code >= 0x3000 && code <= 0x303f)) em += 1;
    else if (/[A-Z]/.test(ch)) em += 0.66;
    else if (/[mwMW]/.test(ch)) em += 0.8;
    else if (/[ilj.,:;'|!]/.test(ch)) em += 0.3;
    else em += 0.55;
  }
  return em * fontSize;
}
