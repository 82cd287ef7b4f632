/**
 * Each language's stamp of the content (src/build/language-stamps.ts), on the site's real
 * content: an edit to one language's text changes that language's stamp only, an edit to
 * what both languages show changes both, and the same content gives the same stamps. The
 * build begins a language's search index early when its stamp changed since the last build.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedLanguages, inLanguage, languageStamps } from '../../src/build/language-stamps.ts';
import { bodyInLanguage } from '../../src/lib/body-in-language.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { validateContent, type EventRecord, type ValidContent } from '../../src/validation/validate.ts';

const result = validateContent(readContent(resolve(import.meta.dirname, '../../content')));
if (!result.ok) throw new Error(`the site's content does not pass its checks: ${result.problems[0]?.message}`);
const content = result.content;

/** The content with its first event changed by `edit`. */
function withFirstEvent(edit: (event: EventRecord) => EventRecord): ValidContent {
  const [first, ...rest] = content.events;
  return { ...content, events: [edit(first!), ...rest] };
}

describe("each language's stamp of the content", () => {
  const stamps = languageStamps(content);

  it('is the same for the same content, read again', () => {
    const again = validateContent(readContent(resolve(import.meta.dirname, '../../content')));
    expect(again.ok && languageStamps(again.content)).toEqual(stamps);
    expect(stamps.zh).not.toBe(stamps.en);
  });

  it("changes only the English stamp when an event's English summary or English body changes", () => {
    const summary = withFirstEvent((event) => ({ ...event, data: { ...event.data, summary: { ...event.data.summary, en: `${event.data.summary.en} Edited.` } } }));
    expect(changedLanguages(languageStamps(summary), stamps)).toEqual(['en']);
    const body = withFirstEvent((event) => ({ ...event, body: event.body.replace('</En>', 'An added sentence.\n\n</En>') }));
    expect(body.events[0]!.body).not.toBe(content.events[0]!.body);
    expect(changedLanguages(languageStamps(body), stamps)).toEqual(['en']);
  });

  it("changes both when an event's title changes in one language: every page carries both titles for search", () => {
    const title = withFirstEvent((event) => ({ ...event, data: { ...event.data, title: { ...event.data.title, en: `${event.data.title.en}, retitled` } } }));
    expect(changedLanguages(languageStamps(title), stamps)).toEqual(['zh', 'en']);
    const platformName = { ...content, reference: { ...content.reference, platforms: content.reference.platforms.map((p, i) => (i ? p : { ...p, name: { ...p.name, zh: `${p.name.zh}（新）` } })) } };
    expect(changedLanguages(languageStamps(platformName), stamps)).toEqual(['zh', 'en']);
  });

  it("changes only the Chinese stamp when an event's Chinese body changes", () => {
    const body = withFirstEvent((event) => ({ ...event, body: event.body.replace('</Zh>', '新增一句。\n\n</Zh>') }));
    expect(changedLanguages(languageStamps(body), stamps)).toEqual(['zh']);
  });

  it('changes both when what both languages show changes: a date, a platform, a source', () => {
    const dated = withFirstEvent((event) => ({ ...event, data: { ...event.data, date: '2019' } }));
    expect(changedLanguages(languageStamps(dated), stamps)).toEqual(['zh', 'en']);
    const platforms = withFirstEvent((event) => ({ ...event, data: { ...event.data, platforms: [...(event.data.platforms ?? []), 'jd'] } }));
    expect(changedLanguages(languageStamps(platforms), stamps)).toEqual(['zh', 'en']);
    const sources = { ...content, sources: content.sources.slice(1) };
    expect(changedLanguages(languageStamps(sources), stamps)).toEqual(['zh', 'en']);
  });

  it('names every language as changed when the last build recorded none', () => {
    expect(changedLanguages(stamps, undefined)).toEqual(['zh', 'en']);
    expect(changedLanguages(stamps, { zh: stamps.zh })).toEqual(['en']);
    expect(changedLanguages(stamps, stamps)).toEqual([]);
  });

  it("reduces texts in both languages to one, and a body to that language's block", () => {
    const value = { title: { zh: '标题', en: 'Title' }, platforms: ['taobao'], body: '<Zh>\n\n中文。\n\n</Zh>\n\n<En>\n\nEnglish.\n\n</En>' };
    expect(inLanguage(value, 'en')).toEqual({ title: 'Title', platforms: ['taobao'], body: '\n\n<En>\n\nEnglish.\n\n</En>' });
    expect(inLanguage(value, 'zh')).toEqual({ title: '标题', platforms: ['taobao'], body: '<Zh>\n\n中文。\n\n</Zh>\n\n' });
    // An object that is not a pair of texts is kept whole.
    expect(inLanguage({ zh: 'only one' }, 'en')).toEqual({ zh: 'only one' });
  });

  it('cuts a body only when each block\'s tags occur once: a tag quoted in the text keeps the body whole', () => {
    const body = '<Zh>\n\n中文。\n\n</Zh>\n\n<En>\n\nEnglish.\n\n</En>';
    expect(bodyInLanguage(body, 'en')).toBe('\n\n<En>\n\nEnglish.\n\n</En>');
    const quoted = '<Zh>\n\n英文写在 `<En>` 里。\n\n</Zh>\n\n<En>\n\nEnglish.\n\n</En>';
    expect(bodyInLanguage(quoted, 'zh')).toBe(quoted);
    expect(bodyInLanguage(quoted, 'en')).toBe(quoted);
    expect(bodyInLanguage('No blocks at all.', 'zh')).toBe('No blocks at all.');
    // A block tag written otherwise, with look-alikes quoted in code around the other block:
    // cutting by the look-alikes would cut away the Chinese text. Kept whole.
    const spaced = '`<En>`\n\n<Zh>\n\n中文。\n\n</Zh>\n\n`</En>`\n\n<En >\n\nEnglish.\n\n</En >';
    expect(bodyInLanguage(spaced, 'zh')).toBe(spaced);
    expect(bodyInLanguage(spaced, 'en')).toBe(spaced);
    // A look-alike in a comment or a longer name: kept whole.
    for (const other of ['{/* <En> */}', '<Enter>', '\\<Zh>']) {
      const text = `${body}\n\n${other}`;
      expect(bodyInLanguage(text, 'zh')).toBe(text);
    }
  });
});
