import { textWidth } from './text-width.ts';

/**
 * Wraps text to a width (CJK breaks between any characters, Latin at spaces; a word wider
 * than the whole width breaks between its characters).
 */
export function wrap(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  const add = (token: string) => {
    const next = line + token;
    if (line && textWidth(next.trimEnd(), fontSize) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = next;
    }
  };
  for (const token of text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/g) ?? []) {
    if (token.trim() && textWidth(token, fontSize) > width) Array.from(token).forEach(add);
    else add(token);
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** At most `max` lines; when text is left over, the last one ends in "…" (never splitting a character). */
export function clampLines(lines: readonly string[], max: number): string[] {
  if (lines.length <= max) return [...lines];
  const kept = lines.slice(0, max);
  const last = Array.from(kept[max - 1]!);
  kept[max - 1] = `${last.slice(0, -1).join('').trimEnd()}…`;
  return kept;
}
