/**
 * The content as the build's content check read and validated it (scripts/build-content-check.ts),
 * handed to the pages' code (src/data/content.ts), so that the content never passes through
 * Astro's content store. Node-only.
 *
 * Astro bundles its content store with the pages' code, so a build whose pages read the store
 * must read every file before it bundles, and bundle again after any edit. Handed the
 * content, Astro's collections stay empty (./content-loaders.ts), its bundle is the same
 * whatever the content, and a build started ahead of an edit (`npm run build -- --watch`)
 * sets Astro up and bundles before the save, waiting only to write the pages
 * (scripts/build.ts). The check validates the files with the model's schemas, as the
 * collections would, so the pages see the same values either way; `astro dev`, which no build
 * hands anything, reads the collections.
 *
 * The build and the pages' bundled code load this module apart, so the content is kept on
 * globalThis.
 */
import type { ValidContent } from '../validation/validate.ts';

const PROVIDED = Symbol.for('wechat-link-policy.provided-content');

const shared = globalThis as { [PROVIDED]?: Promise<ValidContent> };

/** Hands the pages the content, once the content check has passed it (the build awaits that before any page); undefined takes it back. */
export function provideContent(content: Promise<ValidContent> | undefined): void {
  if (content) shared[PROVIDED] = content;
  else delete shared[PROVIDED];
}

/** The content a build handed the pages, or undefined (`astro dev`, or any build not run by scripts/build.ts). */
export function providedContent(): Promise<ValidContent> | undefined {
  return shared[PROVIDED];
}
