/**
 * The project runs on its own Node (the `node` devDependency, first on PATH under `npm run`),
 * and .npmrc silences npm's warnings, which on an older system Node are one "unsupported
 * engine" per package. This proves those warnings would be false alarms: the project's Node
 * satisfies the engines of every package npm installs (as npm checks them: all but optional
 * ones), so silencing them hides nothing real.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
// semver is npm's own version logic (installed with the project's tools; it brings no types).
const semver = createRequire(import.meta.url)('semver') as { satisfies(version: string, range: string, options: { includePrerelease: boolean }): boolean };

interface LockedPackage {
  readonly version?: string;
  readonly optional?: boolean;
  readonly engines?: { readonly node?: string };
}

it('the project’s own Node satisfies the engines of every installed package', () => {
  const lock = JSON.parse(readFileSync(resolve(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockedPackage> };
  const node = lock.packages['node_modules/node']?.version;
  expect(node, 'the node devDependency is locked').toMatch(/^\d+\.\d+\.\d+$/);
  expect(process.version, 'the tests run on the project’s Node').toBe(`v${node}`);
  const unmet = Object.entries(lock.packages)
    .filter(([, p]) => !p.optional && typeof p.engines?.node === 'string')
    .filter(([, p]) => !semver.satisfies(node!, p.engines!.node!, { includePrerelease: true }))
    .map(([path, p]) => `${path || '(the project)'} needs node ${p.engines!.node}`);
  expect(unmet).toEqual([]);
});

it('.npmrc silences warnings only: errors still show', () => {
  const settings = readFileSync(resolve(ROOT, '.npmrc'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'));
  expect(settings).toEqual(['loglevel=error']);
});
