/**
 * Line breaking and shortening with a measurer (./measure.ts): Chinese breaks between any
 * two characters (never before closing punctuation), other text at spaces, and a word
 * wider than the line is broken where it must be.
 */
import { fitText } from './fit.ts';
import type { Measure, TextStyle } from './measure.ts';
import { recentlyUsed, type RecentlyUsed } from '../recently-used.ts';

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
/** Punctuation that must not start a line. */
const NO_START = /^[，。、；：！？）」』”’》〉】…·,.;:!?)\]]/;

function tokens(text: string): string[] {
  return text.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|\s+/g) ?? [];
}

/** Breaks a token too wide for a line into pieces that fit. */
function split(measure: Measure, token: string, width: number, style: TextStyle): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of token) {
    if (piece && measure(piece + ch, style) > width) {
      pieces.push(piece);
      piece = ch;
    } else piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Lines already broken, per measurer. Charts break the same texts at the same widths again
 * and again (a source's name in every matrix, a note at every date), and breaking measures
 * every prefix of a line: at 1,000 events a build breaks 118,000 texts, 10,600 of them
 * different. A measurer gives a text one width, so its lines are the same each time.
 */
const broken = new WeakMap<Measure, RecentlyUsed<string, readonly string[]>>();

/** The lines of a text at a width (an empty text has none). */
export function wrapText(measure: Measure, text: string, width: number, style: TextStyle): string[] {
  let memo = broken.get(measure);
  // The texts broken most recently, a bounded number per measurer.
  if (!memo) broken.set(measure, (memo = recentlyUsed(20_000)));
  const key = `${width}|${style.size}|${style.bold ? 1 : 0}${style.italic ? 1 : 0}|${text}`;
  let lines = memo.get(key);
  if (!lines) memo.set(key, (lines = breakLines(measure, text, width, style)));
  // A copy: the caller may change its lines.
  return [...lines];
}

function breakLines(measure: Measure, text: string, width: number, style: TextStyle): string[] {
  const lines: string[] = [];
  let line = '';
  for (const raw of tokens(text)) {
    for (const token of measure(raw, style) > width && !/^\s+$/.test(raw) ? split(measure, raw, width, style) : [raw]) {
      const next = line + token;
      if (!line.trim() || measure(next.trimEnd(), style) <= width) {
        line = next;
      } else if (NO_START.test(token) && CJK.test(line.at(-1) ?? '')) {
        // A closing mark may not start a line: the character before it goes down with it.
        const chars = [...line];
        lines.push(chars.slice(0, -1).join('').trimEnd());
        line = chars.at(-1)! + token;
      } else {
        lines.push(line.trimEnd());
        line = token.trimStart();
      }
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.filter((l) => l !== '');
}

/** Lines of a text at a width, at most `max`: the last one shortened with "…" when more would follow. */
export function clampLines(measure: Measure, text: string, width: number, style: TextStyle, max: number): string[] {
  const lines = wrapText(measure, text, width, style);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  // The last line and the next together are too wide, so fitting them cuts with "…".
  kept[max - 1] = fitText(measure, `${kept[max - 1]!} ${lines[max]!}`, width, style);
  return kept;
}
