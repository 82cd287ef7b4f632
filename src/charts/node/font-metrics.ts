/**
 * Text widths at build time, from the bundled font files themselves (./bundled-fonts.ts):
 * each character goes to the first font that has it (Noto Sans, then Noto Sans SC, as
 * fontconfig falls back when the images are rasterised), and each run is shaped with
 * fontkit (kerning and all), so a layout measured here is the picture sharp draws and
 * Chromium prints. Node only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import { cacheFolder, cacheKey, fileCache } from '../../build/file-cache.ts';
import { memoMeasure, type Measure, type TextStyle } from '../../lib/text/measure.ts';
import { fontFiles, fontVersions, portablePath, type FontFile } from './bundled-fonts.ts';
import { RUN_EMS_FORMAT, runEms, type RunEms } from './run-ems.ts';

interface Loaded {
  readonly file: FontFile;
  readonly font: fontkit.Font;
}

let loaded: Loaded[] | undefined;

function fonts(): Loaded[] {
  loaded ??= fontFiles().map((file) => ({ file, font: fontkit.openSync(file.path) as fontkit.Font }));
  return loaded;
}

/** The fonts in fallback order for a style: the style's own face of each family. */
function fallback(style: TextStyle): Loaded[] {
  const all = fonts();
  return (['Noto Sans', 'Noto Sans SC'] as const).map((family) => {
    const faces = all.filter((f) => f.file.family === family);
    return (
      faces.find((f) => f.file.bold === Boolean(style.bold) && f.file.italic === Boolean(style.italic)) ??
      // Noto Sans SC has no italic: fontconfig slants the upright face, same advances.
      faces.find((f) => f.file.bold === Boolean(style.bold) && !f.file.italic)!
    );
  });
}

/** Splits text into runs each drawn by one font (the first that has the character). */
export function fontRuns(text: string, style: TextStyle): { text: string; font: FontFile | undefined }[] {
  const chain = fallback(style);
  const runs: { text: string; font: Loaded | undefined }[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    // Spaces and marks that every font has stay with the run they are in.
    const font = runs.at(-1)?.font?.font.hasGlyphForCodePoint(cp) && /\s/.test(ch) ? runs.at(-1)!.font : chain.find((f) => f.font.hasGlyphForCodePoint(cp));
    const last = runs.at(-1);
    if (last && last.font === font) last.text += ch;
    else runs.push({ text: ch, font });
  }
  return runs.map((r) => ({ text: r.text, font: r.font?.file }));
}

/**
 * A run's advance in ems, by face and text. Texts share most of their runs (a label and the
 * prefixes line breaking tries; a Chinese title's Chinese around its digits), and a width is
 * the sum of its runs' ems times the size, so each run is shaped once: at 1,000 events the
 * pages measure 226,000 runs, 23,000 of them different. The runs are also kept for the next
 * build (./run-ems.ts), stored when the process ends.
 */
let memo: RunEms | undefined;

/** The shaper's version: part of the memo's key, with the fonts'. */
function fontkitVersion(): string {
  const main = createRequire(import.meta.url).resolve('fontkit');
  return (JSON.parse(readFileSync(join(dirname(dirname(main)), 'package.json'), 'utf8')) as { version: string }).version;
}

function ems(loaded: Loaded, text: string): number {
  if (!memo) {
    const key = cacheKey(RUN_EMS_FORMAT, fontVersions(), fontkitVersion(), ...fontFiles().map((f) => portablePath(f.path)));
    const made = (memo = runEms(fileCache(cacheFolder('text-runs'), '.json'), key));
    process.once('exit', () => made.save());
  }
  return memo.ems(basename(loaded.file.path), text, () => loaded.font.layout(text).advanceWidth / loaded.font.unitsPerEm);
}

function measureOnce(text: string, style: TextStyle): number {
  const chain = fallback(style);
  let width = 0;
  for (const run of fontRuns(text, style)) {
    const f = chain.find((l) => l.file === run.font) ?? chain[0]!;
    width += ems(f, run.text) * style.size;
  }
  return width;
}

/** The build's measurer. */
export const measureWithFonts: Measure = memoMeasure(measureOnce);

/** Every code point a font file maps to a glyph (its character map). */
export function characterSet(file: FontFile): ReadonlySet<number> {
  const f = fonts().find((l) => l.file.path === file.path)?.font ?? (fontkit.openSync(file.path) as fontkit.Font);
  return new Set(f.characterSet);
}
