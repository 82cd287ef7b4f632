/**
 * A build of a site without a public address (content/site.yaml has no url, no SITE_URL),
 * as the committed content is: nothing anywhere — pages, images, data, embeds, PDFs — names
 * the machine that built or printed it; images and PDFs credit the site by name; canonical
 * links are site-relative; what cannot work without an address (feed, sitemap, oEmbed,
 * QR codes) is not made.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('a build without a public address', () => {
  // A whole build with its PDFs: the limits only guard against a hang.
  it('never names localhost, credits by name, and leaves out what needs an address', { timeout: 1_200_000 }, async () => {
    const parent = mkdtempSync(join(tmpdir(), 'no-address-'));
    onTestFinished(() => rmSync(parent, { recursive: true, force: true }));
    const out = join(parent, 'dist');
    const { SITE_URL: _, ...env } = process.env;
    const result = await new Promise<{ code: number | null; output: string }>((done) => {
      // A hung build fails this test instead of stalling the suite.
      execFile(process.execPath, ['scripts/build.ts', '--out', out], { cwd: ROOT, env: { ...env, ASTRO_CACHE_DIR: join(parent, 'astro-cache') }, encoding: 'utf8', timeout: 1_100_000 }, (error, stdout, stderr) =>
        done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, output: stdout + stderr }),
      );
    });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('no public address');

    const all = files(out);
    const text = all.filter((f) => /\.(html|svg|json|xml|css|js|csv|txt)$/.test(f));
    const leaks = text.filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(f, 'utf8')));
    expect(leaks).toEqual([]);
    const pdfs = all.filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(0);
    for (const pdf of pdfs) {
      const printed = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).stdout;
      expect(printed, pdf).not.toMatch(/localhost|127\.0\.0\.1/);
    }

    for (const made of ['rss.xml', 'en/rss.xml', 'sitemap-index.xml', 'oembed']) expect(existsSync(join(out, made)), made).toBe(false);
    const home = readFileSync(join(out, 'en/index.html'), 'utf8');
    expect(home).toContain('<link rel="canonical" href="/en/">');
    expect(home).not.toContain('og:image');
    expect(home).not.toContain('rss.xml');
    expect(readFileSync(join(out, 'images/en/matrix-2021-11-30-600.svg'), 'utf8')).toContain('Source: WeChat Link Policy History · from ');
    expect(readFileSync(join(out, 'images/zh/platform-taobao.svg'), 'utf8')).toContain('来源：微信外链政策史 · 资料：');
    // The embed code names the embed by path; the page's script makes it absolute from where it is read.
    const platform = readFileSync(join(out, 'en/platforms/taobao/index.html'), 'utf8');
    expect(platform).toMatch(/src=&quot;\/en\/embed\/platforms\/taobao\/\?theme=light&quot;/);
    expect(readFileSync(join(out, 'en/briefings/full/index.html'), 'utf8')).not.toContain('data-qr');
  });
});
