/** Archived source texts and how quotes are measured and found in them. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveText } from '../../src/lib/evidence/archive-text.ts';
import { quoteIn, quoteLength, quoteTooLong, withoutWhitespace } from '../../src/lib/evidence/quote.ts';

describe('archiving a source', () => {
  it('strips tags, decodes character references and keeps the words as received', () => {
    const html = '<div>\n<p>第一段<a href="https://example.org/?a=1&b=2" target="_blank">链接</a>，“引号”&amp;&nbsp;&#8220;实体&#8221;</p><p>第二段<br>换行</p><script>var x = "<p>不是正文</p>";</script><!-- 注释 --></div>';
    expect(archiveText(html)).toBe('第一段链接，“引号”&\u00a0“实体”\n\n第二段\n换行\n');
  });

  it('keeps Markdown as it came, including autolinks, which are not tags', () => {
    expect(archiveText('网址: <https://example.org>\n\n**关注**我们 1位<sup>+1</sup>')).toBe('网址: <https://example.org>\n\n**关注**我们 1位+1\n');
  });

  it('reads attribute values that contain ">" as part of the tag', () => {
    expect(archiveText('<img alt="a > b" src="x.png">图注')).toBe('图注\n');
  });

  it('made the archives in content/archive from the articles, so every seed quote is found in them', () => {
    const archived = readFileSync(resolve(import.meta.dirname, '../../content/archive/cnbeta-2021-11-29.txt'), 'utf8');
    // The article's markup split this sentence around a link; the archive reads it whole.
    expect(archived).toContain('如快手、B站、拼多多、京东、唯品会、美团等，其外链已经可在微信中正常打开');
    expect(archived).not.toMatch(/<\/?[a-z][^>]*>/);
  });
});

describe('quotes', () => {
  it('are found with all white space removed from both sides, and nothing else normalised', () => {
    const archive = withoutWhitespace('微信不再提供小程序打开 App\n\n技术服务”的通知；平台将于 2021 年 5 月 19 日之后');
    expect(quoteIn(archive, '微信不再提供小程序打开App技术服务')).toBe(true);
    expect(quoteIn(archive, '平台将于2021年5月19日之后')).toBe(true);
    expect(quoteIn(archive, '平台将于\u30002021 年 5 月 19 日之后')).toBe(true); // an ideographic space is white space too
    expect(quoteIn(archive, '平台将于2021年5月19号之后')).toBe(false);
    expect(quoteIn(archive, '技术服务"的通知')).toBe(false); // a straight quotation mark is not the source's curly one
    expect(quoteIn(archive, '   ')).toBe(false);
  });

  it('are measured in characters, not UTF-16 units or bytes', () => {
    expect(quoteLength('群聊场景将试行开放电商类外部链接的直接访问')).toBe(21);
    expect(quoteLength('𠮷'.repeat(60))).toBe(60);
    expect(quoteTooLong('𠮷'.repeat(60))).toBe(false);
    expect(quoteTooLong('字'.repeat(61))).toBe(true);
  });
});
