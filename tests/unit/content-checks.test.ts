import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/validation/problem.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { validateContent } from '../../src/validation/validate.ts';
import { badCases, materialize } from '../support/content-fixtures.ts';

/** The day the tests take as today, so dates "in the future" stay so whenever they run. */
const TODAY = '2026-11-29';

describe('content checks', () => {
  it('pass the real seed dataset', () => {
    const result = validateContent(readContent(join(import.meta.dirname, '../../content')));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('pass the small fixture dataset the bad cases start from', () => {
    const result = validateContent(readContent(materialize()), { today: TODAY });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  describe.each(badCases())('refuse $name', (c) => {
    it(`${c.expect.description}: names ${c.expect.file} and ${c.expect.field}`, () => {
      const dir = materialize(c);
      const result = validateContent(readContent(dir), { today: TODAY });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems, result.problems.map(formatProblem).join('\n')).toHaveLength(1);
      const [problem] = result.problems;
      expect(problem).toMatchObject({ file: join(dir, c.expect.file), field: c.expect.field });
      expect(problem!.message).toContain(c.expect.message);
      if (c.expect.line !== undefined) expect(problem!.line).toBe(c.expect.line);
    });
  });
});
