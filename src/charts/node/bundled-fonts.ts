/**
 * The project's own fonts: Noto Sans (Latin) and Noto Sans SC (Chinese), from the npm
 * packages @expo-google-fonts/noto-sans and @expo-google-fonts/noto-sans-sc. The same files
 * rasterise the images (fontconfig is pointed at them alone, src/charts/node/raster.ts),
 * print the PDFs (scripts/pdf.ts gives Chromium the same fontconfig file) and give the
 * build its text widths (./font-metrics.ts). Node only.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { threadId } from 'node:worker_threads';

/** The family list image SVGs use: Latin from Noto Sans, the rest from Noto Sans SC. */
export const IMAGE_FONT_FAMILY = "'Noto Sans', 'Noto Sans SC', sans-serif";

export const FONT_PACKAGES = ['@expo-google-fonts/noto-sans', '@expo-google-fonts/noto-sans-sc'] as const;

export interface FontFile {
  readonly family: 'Noto Sans' | 'Noto Sans SC';
  readonly bold: boolean;
  readonly italic: boolean;
  readonly path: string;
}

function packageDir(name: string): string {
  return dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
}

/** Every font file the site draws with, in the order fontconfig falls back through them (Latin first). */
export function fontFiles(): FontFile[] {
  const latin = packageDir(FONT_PACKAGES[0]);
  const sc = packageDir(FONT_PACKAGES[1]);
  return [
    { family: 'Noto Sans', bold: false, italic: false, path: join(latin, '400Regular/NotoSans_400Regular.ttf') },
    { family: 'Noto Sans', bold: true, italic: false, path: join(latin, '700Bold/NotoSans_700Bold.ttf') },
    { family: 'Noto Sans', bold: false, italic: true, path: join(latin, '400Regular_Italic/NotoSans_400Regular_Italic.ttf') },
    { family: 'Noto Sans SC', bold: false, italic: false, path: join(sc, '400Regular/NotoSansSC_400Regular.ttf') },
    { family: 'Noto Sans SC', bold: true, italic: false, path: join(sc, '700Bold/NotoSansSC_700Bold.ttf') },
  ];
}

/**
 * A path as cache keys read it: from its package on (`@expo-google-fonts/noto-sans/…`), the
 * same in every checkout. With the packages' versions, it says which font a key stands for,
 * so a clone or a moved folder reuses what the fonts drew and measured in another.
 */
export function portablePath(path: string): string {
  const marker = `${sep}node_modules${sep}`;
  const at = path.lastIndexOf(marker);
  return at < 0 ? path : path.slice(at + marker.length);
}

/** A fontconfig file's text (fontconfigFile) as cache keys read it: its folders by portablePath. */
export function portableFontconfig(text: string): string {
  return text.replace(/<(dir|cachedir)>([^<]*)<\/\1>/g, (_, tag: string, path: string) => `<${tag}>${portablePath(path)}</${tag}>`);
}

/** The versions of the font packages: part of every cache key of what they draw. */
export function fontVersions(): string {
  const require = createRequire(import.meta.url);
  return FONT_PACKAGES.map((name) => (require(`${name}/package.json`) as { version: string }).version).join(' ');
}

const written = new Map<string, string>();

/**
 * A fontconfig file that lists only the bundled fonts (and maps every generic family to
 * them), for this process (sharp) or a child process (Chromium printing PDFs) to use as
 * FONTCONFIG_FILE. `none` lists no fonts at all: a diagnostic, and the font test's control.
 */
export function fontconfigFile(none = process.env.WLP_IMAGE_FONTS === 'none', cacheDir = resolve('node_modules/.cache/wlp-fonts')): string {
  const file = join(cacheDir, none ? 'no-fonts.conf' : 'fonts.conf');
  if (written.get(file)) return file;
  mkdirSync(cacheDir, { recursive: true });
  const dirs = none ? [] : [...new Set(fontFiles().map((f) => dirname(f.path)))];
  const prefer = '<prefer><family>Noto Sans</family><family>Noto Sans SC</family></prefer>';
  // Written aside and renamed into place: another thread or process (Chromium printing) may be
  // reading the file, and must never find it half written.
  const aside = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(
    aside,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
${dirs.map((d) => `  <dir>${d}</dir>`).join('\n')}
  <cachedir>${join(cacheDir, 'fc-cache')}</cachedir>
${['sans-serif', 'serif', 'monospace', 'system-ui'].map((g) => `  <alias><family>${g}</family>${prefer}</alias>`).join('\n')}
</fontconfig>
`,
  );
  renameSync(aside, file);
  written.set(file, file);
  return file;
}
