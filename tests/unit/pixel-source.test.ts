/**
 * Chart images are drawn, and cached, from their SVG without what draws nothing
 * (src/charts/node/pixel-source.ts): an edited aria-label must not make an image be drawn
 * again, and leaving those parts out must never change a pixel.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pixelSource } from '../../src/charts/node/pixel-source.ts';
import { rasterise, useBundledFonts } from '../../src/charts/node/raster.ts';

const SNAPSHOTS = join(import.meta.dirname, 'charts/output');

const svg = (mark: string, style = '.m{fill:#080}') =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" role="group" aria-labelledby="t"><title id="t">Timeline of 3 events</title><desc id="d">From 2021 to 2024</desc><style>${style}</style>${mark}</svg>`;

describe('pixelSource', () => {
  it('leaves out screen-reader text and data attributes, and keeps everything drawn', () => {
    const mark = '<a href="/en/events/x/" tabindex="0" aria-label="Taobao &amp; JD &quot;links&quot; — 1 May 2021" data-event-id="x" data-key="x@wechat"><circle class="m" cx="10" cy="20" r="4" /><text x="20" y="24">aria-label="kept" data-x="kept"</text></a>';
    expect(pixelSource(svg(mark))).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><title id="t"></title><desc id="d"></desc><style>.m{fill:#080}</style><a href="/en/events/x/"><circle class="m" cx="10" cy="20" r="4" /><text x="20" y="24">aria-label="kept" data-x="kept"</text></a></svg>',
    );
  });

  it('makes two images that differ only in an event title read aloud the same source', () => {
    const before = svg('<circle class="m" aria-label="Synthetic event 500: a link policy change" cx="10" cy="20" r="4" />');
    const after = svg('<circle class="m" aria-label="Synthetic event 500: a link policy change, retitled" cx="10" cy="20" r="4" />');
    expect(pixelSource(after)).toBe(pixelSource(before));
    // A title that is drawn is part of the image.
    expect(pixelSource(svg('<text x="2" y="20">Old title</text>'))).not.toBe(pixelSource(svg('<text x="2" y="20">New title</text>')));
  });

  it('leaves a document whose style selects by attribute as it is', () => {
    const styled = svg('<circle data-kind="day" cx="10" cy="20" r="4" />', '[data-kind=day]{fill:#800}');
    expect(pixelSource(styled)).toBe(styled);
  });

  describe('the pixels', () => {
    useBundledFonts();

    it('are the same, byte for byte, for committed chart drawings with and without what it leaves out', async () => {
      // One of each kind of chart, in both languages: the marks with the most aria-labels.
      const files = ['timeline-2021-natural', 'matrix-2021-09-19-article', 'diff-2021-05-20-2021-09-17-natural', 'platform-taobao-natural'].flatMap((name) => [`${name}.en.svg`, `${name}.zh.svg`]);
      for (const file of files) {
        const drawing = readFileSync(join(SNAPSHOTS, file), 'utf8');
        const source = pixelSource(drawing);
        expect(source.length, file).toBeLessThan(drawing.length);
        expect((await rasterise(source, 1)).equals(await rasterise(drawing, 1)), file).toBe(true);
      }
    });
  });
});
