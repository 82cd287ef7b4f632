/**
 * What the fonts drew and measured is cached under keys that name the fonts (src/charts/node/
 * bundled-fonts.ts): by package path and version, not by the checkout's folder, so a clone or
 * a moved folder reuses the images, text widths and coverage already made in another.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fontconfigFile, fontFiles, portableFontconfig, portablePath } from '../../src/charts/node/bundled-fonts.ts';

const parent = mkdtempSync(join(tmpdir(), 'portable-fonts-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('portable font keys', () => {
  it('reads a path from its package on, after the last node_modules', () => {
    expect(portablePath('/work/a/node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf')).toBe('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf');
    expect(portablePath('/x/node_modules/p/node_modules/q/f.ttf')).toBe('q/f.ttf');
    // Only a whole folder of that name marks a package.
    expect(portablePath('/x/my_node_modules/f.ttf')).toBe('/x/my_node_modules/f.ttf');
    // A path outside any package stays as it is: it may be any font.
    expect(portablePath('/usr/share/fonts/f.ttf')).toBe('/usr/share/fonts/f.ttf');
  });

  it('gives the fontconfig files of two checkouts the same key text, and keeps what differs between fonts', () => {
    // The same fonts and cache folder, as two checkouts in different folders write them.
    const here = readFileSync(fontconfigFile(false, join(parent, 'a/node_modules/.cache/wlp-fonts')), 'utf8');
    const packages = fontFiles()[0]!.path.slice(0, fontFiles()[0]!.path.lastIndexOf('node_modules'));
    const there = readFileSync(fontconfigFile(false, join(parent, 'b/node_modules/.cache/wlp-fonts')), 'utf8').replaceAll(packages, '/srv/elsewhere/');
    expect(there).not.toBe(here);
    expect(portableFontconfig(there)).toBe(portableFontconfig(here));
    expect(portableFontconfig(here)).not.toContain(parent);
    expect(portableFontconfig(here)).toContain('<dir>@expo-google-fonts/noto-sans-sc/400Regular</dir>');
    // No fonts at all is another key.
    const none = readFileSync(fontconfigFile(true, join(parent, 'a/node_modules/.cache/wlp-fonts')), 'utf8');
    expect(portableFontconfig(none)).not.toBe(portableFontconfig(here));
  });
});
