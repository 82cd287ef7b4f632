/**
 * Text that is drawn into the site's images (social cards, chart images: event titles and
 * summaries, the names of platforms, surfaces and the other reference ids, source publishers
 * in credits) may hold only characters the images' fonts can draw; anything else would show
 * as empty boxes. (Pages and PDFs use the reader's fonts; the body is not checked.)
 */
import { drawable } from '../charts/node/font-coverage.ts';
import { LANGS } from '../model/lang.ts';
import { fieldPath, type Problem } from './problem.ts';
import type { YamlSource } from './yaml-source.ts';

/** The text fields drawn into images, by kind of file; each holds zh and en. */
export const DRAWN_FIELDS = {
  event: [['title'], ['summary'], ['milestone']],
  referenceItem: [['name']],
  source: [['publisher']],
} as const;

/** Characters that draw nothing by nature: spaces, format characters (the zero-width joiner …), variation selectors. */
const DRAWS_NOTHING = /[\p{White_Space}\p{Cf}\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;

/** The first character of the text that no bundled font draws, if any. */
function undrawable(text: string): string | undefined {
  for (const char of text) if (!drawable(char.codePointAt(0)!) && !DRAWS_NOTHING.test(char)) return char;
  return undefined;
}

/** The first character of each drawn text that the fonts cannot draw (one problem per field). */
export function glyphProblems(file: string, data: unknown, yaml: YamlSource, paths: readonly (readonly (string | number)[])[]): Problem[] {
  const problems: Problem[] = [];
  for (const base of paths) {
    for (const lang of LANGS) {
      const path = [...base, lang];
      const text = path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined), data);
      if (typeof text !== 'string') continue;
      const bad = undrawable(text);
      if (bad === undefined) continue;
      const code = `U+${bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      const line = yaml.lineOf(path);
      problems.push({
        file,
        field: fieldPath(path),
        message: `"${bad}" (${code}) cannot be drawn by the fonts of the site's images (Noto Sans, Noto Sans SC), where this text appears: it would show as an empty box; write it in words or leave it out`,
        ...(line === undefined ? {} : { line }),
      });
    }
  }
  return problems;
}
