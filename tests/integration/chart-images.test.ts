/**
 * Chart images: right dimensions, and Chinese really drawn with the bundled font — compared
 * with the same label rendered with no fonts at all, in separate processes (fontconfig is
 * configured once per process).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inkPixels } from '../support/png.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function renderLabel(text: string, fonts: 'bundled' | 'none'): Buffer {
  const out = execFileSync(process.execPath, ['tests/support/render-label.ts', text], {
    cwd: ROOT,
    env: { ...process.env, WLP_IMAGE_FONTS: fonts === 'none' ? 'none' : '', FONTCONFIG_FILE: '' },
    encoding: 'utf8',
  });
  return Buffer.from(out, 'base64');
}

describe('the bundled fonts', () => {
  it('draw Chinese glyphs that no-font rendering cannot', async () => {
    const label = '微信外链政策史群聊';
    const withFont = renderLabel(label, 'bundled');
    const without = renderLabel(label, 'none');
    const inkWith = await inkPixels(withFont);
    const inkWithout = await inkPixels(without);
    // Nine CJK glyphs at 32 px leave well over a thousand dark pixels; with no font there is
    // at most a row of empty boxes or nothing — never the same image.
    expect(inkWith).toBeGreaterThan(1500);
    expect(Buffer.compare(withFont, without)).not.toBe(0);
    expect(Math.abs(inkWith - inkWithout)).toBeGreaterThan(500);
  });

  it('render the same label identically every time (no dependence on machine fonts)', () => {
    expect(Buffer.compare(renderLabel('淘宝 Taobao', 'bundled'), renderLabel('淘宝 Taobao', 'bundled'))).toBe(0);
  });
});

