/**
 * Text is measured with the bundled fonts themselves, and broken and shortened by those
 * measures: the widths sharp draws are the widths layouts plan for.
 */
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { fontRuns, measureWithFonts as measure } from '../../../src/charts/node/font-metrics.ts';
import { fitText } from '../../../src/lib/text/fit.ts';
import { clampLines, wrapText } from '../../../src/lib/text/wrap.ts';

describe('the build’s measurer', () => {
  it('reads advances from the font files: a CJK character is one em, Latin letters differ', () => {
    expect(measure('微信', { size: 12 })).toBeCloseTo(24, 5);
    expect(measure('iiii', { size: 12 })).toBeLessThan(measure('MMMM', { size: 12 }));
    expect(measure('Taobao', { size: 14, bold: true })).toBeGreaterThan(measure('Taobao', { size: 14 }));
    // Noto Sans Regular advances: "T" 556, "a" 561, "o" 579, "b" 615 units of 1000 (with kerning between T and a).
    expect(measure('Taobao', { size: 1000 })).toBeGreaterThan(3300);
    expect(measure('Taobao', { size: 1000 })).toBeLessThan(3500);
  });

  it('gives each character to the first font that has it, as fontconfig falls back', () => {
    const runs = fontRuns('淘宝 Taobao → 群聊', { size: 12 });
    expect(runs.map((r) => [r.text, r.font?.family])).toEqual([
      // Spaces stay with the run they follow.
      ['淘宝 ', 'Noto Sans SC'],
      ['Taobao ', 'Noto Sans'],
      ['→ 群聊', 'Noto Sans SC'],
    ]);
  });
});

describe('each run is shaped once', () => {
  /** The width as measured before runs were remembered: every run shaped afresh by fontkit. */
  const shapedAfresh = (text: string, style: { size: number; bold?: boolean }) =>
    fontRuns(text, style).reduce((width, run) => {
      const font = fontkit.openSync(run.font!.path) as fontkit.Font;
      return width + (font.layout(run.text).advanceWidth / font.unitsPerEm) * style.size;
    }, 0);

  it('gives exactly the widths of shaping every run afresh, at any size, whatever was measured before', () => {
    // Texts that share runs (a title, its prefixes, the same Chinese around other digits),
    // with kerning ("AV", "Ta") and ligatures ("fi"), measured at several sizes and weights.
    const texts = ['合成事件502：平台链接政策调整', '合成事件5', '合成事件503：平台', 'AVATAR Taobao', 'AVA', 'fine office', 'fi', '淘宝 Taobao → 群聊'];
    for (const style of [{ size: 11 }, { size: 14 }, { size: 14, bold: true }, { size: 37.5 }]) {
      for (const text of texts) expect(measure(text, style)).toBe(shapedAfresh(text, style));
    }
  });
});

describe('line breaking with measured text', () => {
  it('breaks Latin text at spaces and never exceeds the width', () => {
    const lines = wrapText(measure, 'How each platform’s links were treated on each WeChat surface', 160, { size: 14 });
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(measure(l, { size: 14 })).toBeLessThanOrEqual(160);
    expect(lines.join(' ')).toBe('How each platform’s links were treated on each WeChat surface');
  });

  it('breaks Chinese between characters but never before closing punctuation', () => {
    const text = '各平台链接在微信各场景中的待遇；无来源表示没有来源说明。';
    for (const width of [60, 90, 100, 130]) {
      const lines = wrapText(measure, text, width, { size: 14 });
      expect(lines.join('')).toBe(text);
      for (const l of lines.slice(1)) expect(l).not.toMatch(/^[，。；：）]/);
    }
  });

  it('breaks a word wider than the line', () => {
    const lines = wrapText(measure, 'Supercalifragilisticexpialidocious', 80, { size: 14 });
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(measure(l, { size: 14 })).toBeLessThanOrEqual(80);
  });

  it('shortens with an ellipsis, and clamps to a number of lines', () => {
    expect(fitText(measure, 'WeChat opens links', 1000, { size: 12 })).toBe('WeChat opens links');
    const cut = fitText(measure, 'WeChat opens links in group chats', 80, { size: 12 });
    expect(cut.endsWith('…')).toBe(true);
    expect(measure(cut, { size: 12 })).toBeLessThanOrEqual(80);
    expect(fitText(measure, '微信群聊开放外链', 40, { size: 12 })).toBe('微信…');
    expect(fitText(measure, '微信', 5, { size: 12 })).toBe('');
    const clamped = clampLines(measure, 'one two three four five six seven eight nine ten', 60, { size: 12 }, 2);
    expect(clamped).toHaveLength(2);
    expect(clamped[1]!.endsWith('…')).toBe(true);
  });
});

describe('lines already broken are remembered per measurer', () => {
  it('gives the same lines as breaking afresh, as a copy the caller may change', () => {
    let calls = 0;
    // A measurer of its own (every character 10 px), so the memory starts empty.
    const counting = (text: string) => (calls++, [...text].length * 10);
    const text = 'one two three four five six seven';
    const first = wrapText(counting, text, 100, { size: 12 });
    const measured = calls;
    expect(measured).toBeGreaterThan(0);
    expect(first).toEqual(['one two', 'three four', 'five six', 'seven']);
    first.push('changed by the caller');
    // Asked again: the same lines, and nothing measured.
    expect(wrapText(counting, text, 100, { size: 12 })).toEqual(['one two', 'three four', 'five six', 'seven']);
    expect(calls).toBe(measured);
    // Another width, size or weight is broken afresh.
    expect(wrapText(counting, text, 200, { size: 12 })).toEqual(['one two three four', 'five six seven']);
    wrapText(counting, text, 100, { size: 12, bold: true });
    expect(calls).toBeGreaterThan(measured);
  });

  it('keeps each measurer’s lines apart', () => {
    const narrow = (text: string) => [...text].length * 10;
    const wide = (text: string) => [...text].length * 20;
    expect(wrapText(narrow, 'ab cd ef', 50, { size: 12 })).toEqual(['ab cd', 'ef']);
    expect(wrapText(wide, 'ab cd ef', 50, { size: 12 })).toEqual(['ab', 'cd', 'ef']);
  });
});
