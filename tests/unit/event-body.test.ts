/**
 * Event bodies are rendered by the site (src/build/event-body.ts), not bundled as MDX modules.
 * The expected HTML is Astro 7's own rendering of the same bodies (from a build before the
 * change), with void elements written without a slash; code blocks, which Astro coloured,
 * are plain.
 */
import { describe, expect, it } from 'vitest';
import { eventBodyHtml, type BodyContext } from '../../src/build/event-body.ts';

const citations = new Map([
  ['news-a', { n: 1, by: 'Reporter A' }],
  ['blog-b', { n: 2, by: '裴培' }],
]);
const zh: BodyContext = { lang: 'zh', citations };
const en: BodyContext = { lang: 'en', citations };

const BODY = `
<Zh>

中文段落。<Cite src="news-a" />

</Zh>

<En>

It's a "quoted" line -- with dashes... & more. <Cite src="blog-b" />

</En>
`;

describe('eventBodyHtml', () => {
  it('shows only the page language’s block, with numbered citations and Astro’s smart punctuation', () => {
    expect(eventBodyHtml(BODY, zh)).toBe(
      '<div class="body-lang" lang="zh-CN"><p>中文段落。<sup class="cite"><a href="#source-news-a"><span class="visually-hidden">来源</span>[1]</a></sup></p></div>\n',
    );
    expect(eventBodyHtml(BODY, en)).toBe(
      '\n<div class="body-lang" lang="en"><p>It’s a “quoted” line – with dashes… &amp; more. <sup class="cite"><a href="#source-blog-b"><span class="visually-hidden">Source </span>[2]</a></sup></p></div>',
    );
  });

  it('labels an opinion with who holds it, and marks a quoted phrase', () => {
    const body = '<En>\n\n<Opinion source="blog-b">\n\nA view with <Q>a phrase</Q>.\n\n</Opinion>\n\n</En>';
    expect(eventBodyHtml(body, en)).toBe(
      '<div class="body-lang" lang="en"><aside class="opinion" aria-label="Opinion"><p class="opinion__label"><span class="badge badge--opinion">Opinion</span> <a href="#source-blog-b">裴培 [2]</a></p><p>A view with <q class="quote">a phrase</q>.</p></aside></div>',
    );
    expect(eventBodyHtml(body.replaceAll('En>', 'Zh>'), zh)).toContain('<aside class="opinion" aria-label="观点"><p class="opinion__label"><span class="badge badge--opinion">观点</span>');
  });

  it('renders Markdown as Astro did: lists, tables, images, breaks, footnotes, heading ids, code', () => {
    const body = [
      '<En>',
      '',
      '## Heading & "quotes"',
      '',
      '- one',
      '- two  ',
      '  broken',
      '',
      '| a | b |',
      '| :- | -: |',
      '| 1 | 2 |',
      '',
      '![A chart](/images/x.png "Title")',
      '',
      'Note[^1] and [a link](https://example.com/?a=1&b="2").',
      '',
      '[^1]: The note.',
      '',
      '- [x] done',
      '',
      '---',
      '',
      '## Heading & "quotes"',
      '',
      '</En>',
    ].join('\n');
    const html = eventBodyHtml(body, en);
    expect(html).toContain('<h2 id="heading--quotes">Heading &amp; “quotes”</h2>');
    expect(html).toContain('<h2 id="heading--quotes-1">');
    expect(html).toContain('<ul>\n<li>one</li>\n<li>two<br>\nbroken</li>\n</ul>');
    expect(html).toContain('<th style="text-align:left">a</th>\n<th style="text-align:right">b</th>');
    expect(html).toContain('<img src="/images/x.png" alt="A chart" title="Title">');
    expect(html).toContain('<a href="https://example.com/?a=1&amp;b=%222%22">a link</a>');
    expect(html).toContain('<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="true" aria-describedby="footnote-label">1</a>');
    expect(html).toContain('<input type="checkbox" checked disabled> done');
    expect(html).toContain('<hr>');
    expect(eventBodyHtml('<En>\n\n```js\nconst a = 1 < 2;\n```\n\n</En>', en)).toBe('<div class="body-lang" lang="en"><pre><code class="language-js">const a = 1 &lt; 2;\n</code></pre></div>');
  });

  it('escapes text so it reads back as written', () => {
    expect(eventBodyHtml('<En>\n\n5 \\< 6 and 7 > 3, Tom\'s \\{braces\\}\n\n</En>', en)).toBe('<div class="body-lang" lang="en"><p>5 &lt; 6 and 7 &gt; 3, Tom’s {braces}</p></div>');
  });

  it('refuses a citation of a source the event does not list', () => {
    expect(() => eventBodyHtml('<En>\n\nText <Cite src="elsewhere" />\n\n</En>', en)).toThrow('<Cite src="elsewhere"> names a source this event does not list');
    expect(() => eventBodyHtml('<Zh>\n\n<Opinion source="elsewhere">\n\nText\n\n</Opinion>\n\n</Zh>', zh)).toThrow('<Opinion source="elsewhere"> names a source');
  });
});
