/**
 * The fonts the site's images are drawn with (Noto Sans for Latin text, Noto Sans SC for
 * Chinese, from npm packages), and which characters they can draw: text that goes into an
 * image must be drawable, or the image shows empty boxes where it should show the text.
 * Node only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkitten';

export const FONT_PACKAGES = ['@expo-google-fonts/noto-sans', '@expo-google-fonts/noto-sans-sc'] as const;

/** The folder of each font package, Latin first. */
export function fontPackageDirs(): [latin: string, sc: string] {
  const require = createRequire(import.meta.url);
  return FONT_PACKAGES.map((name) => dirname(require.resolve(`${name}/package.json`))) as [string, string];
}

/** The fonts' names, for messages. */
export const IMAGE_FONT_NAMES = 'Noto Sans, Noto Sans SC';

let fonts: Font[] | undefined;
const known = new Map<number, boolean>();

/**
 * Whether the images' fonts draw this character. Characters that draw nothing by nature
 * (spaces, format characters such as the zero-width joiner, variation selectors) count as
 * drawable.
 */
export function drawable(codePoint: number): boolean {
  let answer = known.get(codePoint);
  if (answer === undefined) {
    const char = String.fromCodePoint(codePoint);
    if (/[\p{White_Space}\p{Cf}\uFE00-\uFE0F]/u.test(char) || (codePoint >= 0xe0100 && codePoint <= 0xe01ef)) answer = true;
    else {
      const [latin, sc] = fontPackageDirs();
      fonts ??= [join(latin, '400Regular/NotoSans_400Regular.ttf'), join(sc, '400Regular/NotoSansSC_400Regular.ttf')].map((file) => create(readFileSync(file)) as Font);
      answer = fonts.some((font) => font.hasGlyphForCodePoint(codePoint));
    }
    known.set(codePoint, answer);
  }
  return answer;
}
