/**
 * The HTML validity gate: every built page, and the site's own CSS and SVG, through the Nu
 * Html Checker (vnu.jar from the vnu-jar npm package, run with the machine's Java) in as few
 * Java starts as possible. Errors fail; warnings are listed but do not fail, because they are
 * advice (e.g. role="list" on a list styled without bullets, which is there on purpose for
 * screen readers that drop list semantics otherwise).
 *
 *   node scripts/check-html.ts [dir ...]        (default: dist)
 *
 * Pagefind's folder is skipped: it holds the search index and Pagefind's own UI bundle,
 * not pages of ours.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folders inside a built site that hold generated third-party files, not our pages. */
const SKIPPED = new Set(['pagefind']);
const CHECKED = /\.(html|css|svg)$/;
/** File names per Java start: well under the kernel's argument-size limit. */
const BATCH = 1000;

export interface HtmlMessage {
  readonly type: 'error' | 'warning';
  /** Relative to the working directory. */
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
  /** The text around the problem (pages are minified, so the line says little). */
  readonly extract?: string;
}

export interface HtmlReport {
  readonly files: number;
  readonly errors: readonly HtmlMessage[];
  readonly warnings: readonly HtmlMessage[];
}

/** The HTML, CSS and SVG files of a built site, outside Pagefind's folder. */
export function siteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && CHECKED.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .filter((file) => !SKIPPED.has(relative(dir, file).split(/[\\/]/)[0]!))
    .sort();
}

/** The Java executable, or an explanation of how to get one. */
export function findJava(): { ok: true; java: string } | { ok: false; error: string } {
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const r = spawnSync(java, ['-version'], { encoding: 'utf8' });
  const version = /version "(\d+)/.exec(`${r.stderr}${r.stdout}`)?.[1];
  if (r.status === 0 && version && Number(version) >= 17) return { ok: true, java };
  const found = r.status === 0 ? `found Java ${version ?? '(unknown version)'}` : 'no Java found';
  return {
    ok: false,
    error: `The Nu Html Checker needs Java 17 or newer (${found}). Install it with:\n  sudo apt-get install -y --no-install-recommends default-jre-headless\n(npm test does this itself when run as root), or set JAVA_HOME.`,
  };
}

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

function runVnu(java: string, mode: readonly string[], files: readonly string[]): Promise<VnuMessage[]> {
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  const args = ['-jar', jar, '--format', 'json', '--stdout', '--exit-zero-always', ...mode, ...files];
  return new Promise((done, fail) => {
    const child = spawn(java, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => {
      try {
        done((JSON.parse(out) as { messages: VnuMessage[] }).messages);
      } catch {
        fail(new Error(`The Nu Html Checker did not report (exit ${code}):\n${err || out}`));
      }
    });
  });
}

function toMessage(m: VnuMessage): HtmlMessage {
  const file = m.url?.startsWith('file:') ? relative(process.cwd(), fileURLToPath(m.url)) : (m.url ?? '(checker)');
  return {
    type: m.type === 'info' ? 'warning' : 'error',
    file,
    ...(m.lastLine !== undefined ? { line: m.firstLine ?? m.lastLine } : {}),
    ...(m.firstColumn !== undefined ? { column: m.firstColumn } : {}),
    message: m.message,
    ...(m.extract ? { extract: m.extract.replace(/\s+/g, ' ').trim() } : {}),
  };
}

/** Checks the files; anything the checker calls an error (or could not check) is an error. */
export async function checkFiles(files: readonly string[]): Promise<HtmlReport> {
  const java = findJava();
  if (!java.ok) throw new Error(java.error);
  // Stylesheets go in a run of their own: with --also-check-css the checker numbers HTML
  // lines from 0 instead of 1 (vnu 26.9), which would point editors at the wrong line.
  const groups: [mode: string[], files: readonly string[]][] = [
    [['--also-check-svg'], files.filter((f) => !f.endsWith('.css'))],
    [['--css'], files.filter((f) => f.endsWith('.css'))],
  ];
  const messages: VnuMessage[] = [];
  for (const [mode, group] of groups) {
    for (let i = 0; i < group.length; i += BATCH) messages.push(...(await runVnu(java.java, mode, group.slice(i, i + BATCH))));
  }
  // Plain info messages are not findings; info with subType "warning" is a warning.
  const findings = messages.filter((m) => m.type !== 'info' || m.subType === 'warning').map(toMessage);
  return {
    files: files.length,
    errors: findings.filter((m) => m.type === 'error'),
    warnings: findings.filter((m) => m.type === 'warning'),
  };
}

/** "dist/en/index.html:1:2405 — message" and the extract beneath it. */
export function formatMessage(m: HtmlMessage): string {
  const where = [m.file, m.line, m.column].filter((x) => x !== undefined).join(':');
  return `${where} — ${m.message}${m.extract ? `\n      “${m.extract}”` : ''}`;
}

if (import.meta.main) {
  const dirs = process.argv.slice(2);
  const files = (dirs.length ? dirs : ['dist']).flatMap(siteFiles);
  if (files.length === 0) {
    console.error(`No HTML files in ${dirs.join(', ') || 'dist'}: build first (npm run build).`);
    process.exit(1);
  }
  let report: HtmlReport;
  try {
    report = await checkFiles(files);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  if (report.warnings.length) {
    // Warnings are grouped by message so a pattern repeated on every page reads as one line.
    const byMessage = Map.groupBy(report.warnings, (w) => w.message);
    console.log(`${report.warnings.length} warning(s), not failing (see README, “HTML validity”):`);
    for (const [message, ws] of byMessage) console.log(`  ! ${message} — ${ws.length} × (e.g. ${ws[0]!.file})`);
  }
  if (report.errors.length) {
    console.error(`✗ HTML validity: ${report.errors.length} error(s) in ${new Set(report.errors.map((e) => e.file)).size} file(s)`);
    for (const e of report.errors) console.error(`  ✗ ${formatMessage(e)}`);
    process.exit(1);
  }
  console.log(`✓ HTML validity: ${report.files} files (HTML, CSS, SVG) pass the Nu Html Checker with no errors`);
}
