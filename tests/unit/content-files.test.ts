/**
 * The content folder as a whole: what the reader accepts (a byte-order mark, CRLF line
 * endings, the litter operating systems leave), what it refuses with a message (symbolic
 * links, an empty events folder, a missing site configuration), and the clock the date
 * checks read, which tests set.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/validation/problem.ts';
import { readContent, readTextFile } from '../../src/validation/read-content.ts';
import { validateContent, type ValidationResult } from '../../src/validation/validate.ts';
import { BASE_CONTENT, materialize } from '../support/content-fixtures.ts';

const TODAY = '2026-11-29';
const problems = (r: ValidationResult) => (r.ok ? [] : r.problems.map(formatProblem));

describe('the content folder', () => {
  it('accepts a byte-order mark and CRLF line endings (the fixture event has both)', () => {
    const bytes = readFileSync(join(BASE_CONTENT, 'events/first.mdx'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\n');
    const r = validateContent(readContent(BASE_CONTENT), { today: TODAY });
    expect(problems(r)).toEqual([]);
    if (!r.ok) return;
    const first = r.content.events.find((e) => e.data.id === 'first')!;
    expect(first.data.title.en).toBe('Taobao & JD <Tmall>: the "first" event\'s title');
    expect(first.data.date).toBe('2021-05-14');
  });

  it('leaves out what operating systems leave behind', () => {
    const dir = materialize();
    writeFileSync(join(dir, 'events', '.DS_Store'), '\u0000\u0001binary');
    writeFileSync(join(dir, 'Thumbs.db'), '\u0000');
    expect(problems(validateContent(readContent(dir), { today: TODAY }))).toEqual([]);
  });

  it('refuses a symbolic link to an event, and one to a folder, each with a message', () => {
    const dir = materialize();
    symlinkSync(join(dir, 'events', 'first.mdx'), join(dir, 'events', 'linked.mdx'));
    symlinkSync(join(dir, 'sources'), join(dir, 'events', 'linked-folder'));
    expect(problems(validateContent(readContent(dir), { today: TODAY }))).toEqual([
      `${join(dir, 'events', 'linked-folder')} — (file): is a symbolic link: content must be real files inside the content folder; replace the link with a copy of the file`,
      `${join(dir, 'events', 'linked.mdx')} — (file): is a symbolic link: content must be real files inside the content folder; replace the link with a copy of the file`,
    ]);
  });

  it('refuses an empty events folder, which would publish an empty site', () => {
    const dir = materialize();
    rmSync(join(dir, 'events'), { recursive: true });
    mkdirSync(join(dir, 'events'));
    expect(problems(validateContent(readContent(dir), { today: TODAY }))).toEqual([
      `${dir}/events/ — (folder): holds no events: the site would be empty; add at least one event (.mdx file)`,
    ]);
  });

  it('requires the site configuration', () => {
    const dir = materialize();
    rmSync(join(dir, 'site.yaml'));
    expect(problems(validateContent(readContent(dir), { today: TODAY }))).toEqual([
      `${dir}/site.yaml — (file): is missing: the site's settings are required (at least \`earliestYear: 2000\`, the first year the content may date anything)`,
    ]);
  });

  it('reads "today" from the clock it is given, in China Standard Time', () => {
    const dir = materialize();
    // The fixture's events run to 2021-09 (second) and its sources to 2021-09-19.
    const r = validateContent(readContent(dir), { today: '2021-09-18' });
    expect(problems(r)).toEqual([`${join(dir, 'sources', 'opinion-b.yaml')}:5 — published: "2021-09-19" is after today (2021-09-18, China Standard Time): the content records what has happened; check the date`]);
    expect(problems(validateContent(readContent(dir), { today: '2021-09-19' }))).toEqual([]);
  });
});

describe('archived source texts', () => {
  it('are read as UTF-8, and may hold the form feeds a PDF’s text has between pages', () => {
    const dir = materialize();
    const archived = readFileSync(join(dir, 'archive', 'news-a.txt'), 'utf8');
    writeFileSync(join(dir, 'archive', 'news-a.txt'), archived.replace('\n\n', '\n\f\n'));
    expect(problems(validateContent(readContent(dir), { today: TODAY }))).toEqual([]);
    writeFileSync(join(dir, 'archive', 'news-a.txt'), Buffer.from([0xd7, 0xd6, 0x0a]));
    expect(problems(validateContent(readContent(dir), { today: TODAY }))).toEqual([
      `${join(dir, 'archive', 'news-a.txt')}:1 — (file): is not UTF-8 text, so its characters cannot be read (they would show as �): save the file with the UTF-8 encoding`,
    ]);
  });
});

describe('a file that cannot be read', () => {
  it('is reported with the reason, not a stack trace', () => {
    // A folder where a file should be fails to read as any unreadable file would (as root,
    // permissions cannot make a file unreadable).
    const dir = materialize();
    expect(readTextFile(join(dir, 'events'))).toEqual({
      path: join(dir, 'events'),
      text: '',
      problem: { file: join(dir, 'events'), field: '(file)', message: 'cannot be read (EISDIR): check that the file is readable' },
    });
  });
});
