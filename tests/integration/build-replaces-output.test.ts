/**
 * The real build command on good content: it replaces the previous output as a whole (nothing
 * of the old output survives in the new one), and the old output it moved aside is deleted in
 * the background, together with any a killed build left behind. The content holds legitimate
 * text that is hard to carry (a byte-order mark, CRLF line endings, "&", "<", quotes, emoji,
 * long titles): it is accepted, and every output — HTML, SVG, PNG, PDF, JSON, the feed —
 * shows it as written, escaped where the format needs it.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'parse5';
import sharp from 'sharp';
import { afterAll, expect, it } from 'vitest';
import { t } from '../../src/i18n/ui.ts';
import { materialize } from '../support/content-fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const parent = mkdtempSync(join(tmpdir(), 'build-swap-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

async function eventually(condition: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return condition();
}

const out = join(parent, 'site');
/** The fixture's first event's title, as its file gives it. */
const TITLE = 'Taobao & JD <Tmall>: the "first" event\'s title';

it('replaces the previous output and deletes the old one in the background', async () => {
  mkdirSync(join(out, 'events'), { recursive: true });
  writeFileSync(join(out, 'stale.html'), '<!doctype html><title>old page</title>');
  // What a build killed mid-swap leaves: an old output under a process id that is gone.
  const work = join(parent, '.build');
  mkdirSync(join(work, 'previous-999999999', 'events'), { recursive: true });
  // …and what a build killed while Astro was writing leaves: its staging folder.
  mkdirSync(join(work, 'staging-999999998', 'events'), { recursive: true });

  const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    execFile(process.execPath, ['scripts/build.ts', '--out', out], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: materialize(), ASTRO_CACHE_DIR: join(parent, 'astro-cache') } }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });

  expect(result.code, result.stderr).toBe(0);
  expect(result.stdout).toMatch(/✓ built .*site\/ in \d+\.\d s \(start-up \d+\.\d s, swap \d+\.\d s\)/);
  expect(existsSync(join(out, 'index.html'))).toBe(true);
  expect(existsSync(join(out, 'en', 'index.html'))).toBe(true);
  expect(existsSync(join(out, 'stale.html'))).toBe(false);
  // This content has no treatment data: the chart pages and embeds still build, and say so.
  expect(readFileSync(join(out, 'en', 'embed', 'diff', 'index.html'), 'utf8')).toContain(t('en', 'embed.noChanges'));
  expect(readFileSync(join(out, 'en', 'diff', 'index.html'), 'utf8')).not.toContain('1970');
  // The replaced output and the leftover are gone once the background deletion finishes.
  expect(await eventually(() => readdirSync(work).length === 0, 5 * 60_000), readdirSync(work).join(', ')).toBe(true);
});

type Node = { nodeName: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[] };
const find = (n: Node, match: (n: Node) => boolean): Node | undefined => (match(n) ? n : (n.childNodes ?? []).map((c) => find(c, match)).find(Boolean));

/** The text of the first element with this tag in an HTML document, as a browser reads it. */
function textOf(html: string, tag: string): string | undefined {
  const text = (n: Node): string => (n.nodeName === '#text' ? n.value ?? '' : (n.childNodes ?? []).map(text).join(''));
  const found = find(parse(html) as unknown as Node, (n) => n.nodeName === tag);
  return found && text(found).trim();
}

/** An attribute of the first <tag key="value">, as a browser reads it. */
function attributeOf(html: string, tag: string, key: string, value: string, name: string): string | undefined {
  const found = find(parse(html) as unknown as Node, (n) => n.nodeName === tag && (n.attrs ?? []).some((a) => a.name === key && a.value === value));
  return found?.attrs?.find((a) => a.name === name)?.value;
}

it('shows "&", "<" and quotes as written in every output', async () => {
  // HTML: the text and the attributes read as written; "<Tmall>" never becomes an element.
  const page = readFileSync(join(out, 'en', 'events', 'first', 'index.html'), 'utf8');
  expect(textOf(page, 'h1')).toBe(TITLE);
  expect(textOf(page, 'tmall')).toBeUndefined();
  expect(attributeOf(page, 'meta', 'property', 'og:title', 'content')).toBe(TITLE);
  // SVG: every image is well-formed XML (sharp's parser refuses "&" or "<" left raw in an
  // attribute), and the title is in it, escaped.
  const svgs = readdirSync(join(out, 'images', 'en')).filter((f) => f.endsWith('.svg'));
  expect(svgs.length).toBeGreaterThan(0);
  for (const svg of svgs) await expect(sharp(join(out, 'images', 'en', svg)).metadata(), svg).resolves.toMatchObject({ format: 'svg' });
  expect(readFileSync(join(out, 'images', 'en', 'timeline.svg'), 'utf8')).toContain('Taobao &amp; JD &lt;Tmall&gt;: the &quot;first&quot; event');
  // PNG: the social card was drawn.
  expect((await sharp(join(out, 'images', 'en', 'events', 'first.png')).metadata()).width).toBe(1200);
  // JSON: the value as written.
  const events = JSON.parse(readFileSync(join(out, 'data', 'events.json'), 'utf8')) as { events: { id: string; title: { en: string } }[] };
  expect(events.events.find((e) => e.id === 'first')?.title.en).toBe(TITLE);
  // The feed: escaped XML.
  const feed = readFileSync(join(out, 'en', 'rss.xml'), 'utf8');
  expect(feed).toContain('Taobao &amp; JD &lt;Tmall&gt;');
  expect(feed).not.toContain('<Tmall>');
  // PDF (when this machine printed them): the text as written.
  const pdf = join(out, 'briefings', 'full.en.pdf');
  if (existsSync(pdf)) expect(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })).toContain(TITLE);
});
