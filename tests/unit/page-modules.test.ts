/**
 * The package modules a build's pages import, noted for the next build that waits for an edit
 * (src/build/page-modules.ts): only the modules that code outside the packages imports, in
 * Node's own loader (a child process: the tests' modules load through Vite's); kept and read
 * back; and loaded ahead, passing over what is gone or not a package's.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPageModules, notedPageModules, PAGE_MODULES_FILE, savePageModules } from '../../src/build/page-modules.ts';
import { tempFolders } from '../support/temp-folder.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const folder = tempFolders('wlp-page-modules-');
const pageModules = pathToFileURL(resolve(ROOT, 'src/build/page-modules.ts')).href;
const packageFile = (path: string) => pathToFileURL(resolve(ROOT, 'node_modules', path)).href;

/** Runs module code in Node from the project's folder (bare imports resolve from its node_modules); its output, parsed. */
function inNode(code: string): Promise<unknown> {
  return new Promise((done, fail) =>
    execFile(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT }, (error, stdout, stderr) => (error ? fail(new Error(stderr || error.message)) : done(JSON.parse(stdout)))),
  );
}

describe('the package modules the pages import', () => {
  it('are noted when code outside the packages imports them, not the files they import in turn', async () => {
    const noted = await inNode(`
      const { notePageModules } = await import(${JSON.stringify(pageModules)});
      const note = notePageModules();
      await import('date-fns/format');
      await import('date-fns/format'); // once
      const urls = note.stop();
      console.log(JSON.stringify(urls));
    `);
    // date-fns/format.js imports a dozen of date-fns's own files: none is noted.
    expect(noted).toEqual([packageFile('date-fns/format.js')]);
  });

  it('are kept for the next build and read back; a note that is missing, damaged or names other files gives none of those', () => {
    const cache = folder({});
    expect(notedPageModules(cache)).toEqual([]);
    const urls = [packageFile('date-fns/format.js'), packageFile('linkedom/esm/index.js')];
    savePageModules(cache, urls);
    expect(notedPageModules(cache)).toEqual(urls);

    const damaged = folder({ [PAGE_MODULES_FILE]: '["file:///a/node_modules/x.js",' });
    expect(notedPageModules(damaged)).toEqual([]);
    const others = folder({ [PAGE_MODULES_FILE]: JSON.stringify([pathToFileURL(resolve(ROOT, 'src/lib/urls.ts')).href, 'node:fs', 42, packageFile('date-fns/format.js')]) });
    expect(notedPageModules(others)).toEqual([packageFile('date-fns/format.js')]);
  });

  it('are loaded ahead, passing over a module that is gone', async () => {
    const cache = folder({});
    savePageModules(cache, [packageFile('date-fns/formatISO.js'), packageFile('no-such-package/index.js')]);
    expect(await loadPageModules(cache)).toBe(1);
  });
});
