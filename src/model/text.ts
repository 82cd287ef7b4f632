/**
 * What counts as text a reader can see, and which characters no content may hold. Plain
 * functions (no zod), so the schemas, the MDX body check and the file reader share them.
 */

/**
 * Characters that show nothing: white space, format characters (zero-width space and joiners,
 * the byte-order mark, soft hyphens, direction marks), controls, private-use and unassigned
 * code points, and the blank "letters" (Hangul fillers, the blank Braille pattern).
 */
const INVISIBLE = /[\p{White_Space}\p{Cf}\p{Cc}\p{Co}\p{Cn}\u115F\u1160\u2800\u3164\uFFA0]/gu;

/** True when the text holds at least one character a reader can see. */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, '').length > 0;
}

/**
 * Characters that may not appear anywhere in content: the controls other than tab, line feed
 * and carriage return, lone surrogates, and the non-characters U+FFFE and U+FFFF. XML (the
 * site's SVG images and feeds) cannot carry them at all, and on a page they show nothing.
 */
// With the u flag, a surrogate range matches only surrogates that are not part of a pair.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF\uFFFE\uFFFF]/u;

export interface ForbiddenCharacter {
  /** Index in the text. */
  readonly index: number;
  /** "U+0001". */
  readonly code: string;
}

/** The first forbidden character in the text, if any. */
export function forbiddenCharacter(text: string): ForbiddenCharacter | undefined {
  const m = FORBIDDEN.exec(text);
  if (!m) return undefined;
  return { index: m.index, code: `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` };
}
