/**
 * scripts/cli-args.ts: which output folders a command that replaces its output may be given
 * (build's --out, the content generator's --out), and which parse errors are the user's.
 */
import { describe, expect, it } from 'vitest';
import { cliError, unsafeOutput } from '../../scripts/cli-args.ts';

const PROJECT = '/home/editor/wechat-links';
const KEPT = ['content', 'src', '.git'];

describe('unsafeOutput', () => {
  it('accepts a folder of its own, in the project or anywhere else', () => {
    for (const out of ['dist', 'dist-sub', './bench/tmp/site', '/tmp/site', '../site-beside', 'contents', 'src-copy']) {
      expect(unsafeOutput('--out', out, PROJECT, KEPT), out).toBeUndefined();
    }
  });

  it('refuses no folder, the project, a folder holding it, and the content or code or inside them', () => {
    expect(unsafeOutput('--out', '', PROJECT, KEPT)).toBe('--out must name a folder');
    expect(unsafeOutput('--out', '  ', PROJECT, KEPT)).toBe('--out must name a folder');
    expect(unsafeOutput('--out', undefined, PROJECT, KEPT)).toBe('--out must name a folder');
    for (const out of ['.', './', '..', '/', '/home', PROJECT, 'dist/..']) {
      expect(unsafeOutput('--out', out, PROJECT, KEPT), out).toBe(`--out ${out} is the project folder or holds it, and would be replaced`);
    }
    for (const [out, kept] of [['content', 'content'], ['content/events', 'content'], ['./src/pages', 'src'], [`${PROJECT}/.git`, '.git']]) {
      expect(unsafeOutput('--out', out, PROJECT, KEPT), out).toBe(`--out ${out} is in ${kept}, which the command must not replace`);
    }
  });
});

describe('cliError', () => {
  it('gives the message of a parse error, and nothing for any other error', () => {
    const parse = Object.assign(new TypeError("Unknown option '--x'"), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });
    expect(cliError(parse)).toBe("Unknown option '--x'");
    expect(cliError(new Error('disk full'))).toBeUndefined();
    expect(cliError(Object.assign(new Error('no such file'), { code: 'ENOENT' }))).toBeUndefined();
    expect(cliError(null)).toBeUndefined();
  });
});
