/**
 * Where a build started ahead of an edit (`npm run build -- --watch`, scripts/build-when-told.ts)
 * stops until it is told to begin: at the first read of the content. Astro loads its config,
 * lists the routes, makes its Vite setup and loads the content config and the last build's
 * content store before that (three quarters of a second at 1,000 events on two cores, once
Astro is imported), none of
 * which reads the content; the content loaders (./content-loaders.ts) ask here before they
 * read a file.
 *
 * The build and the loaders load this module apart (the loaders through the Vite server that
 * reads the content config), so the hold is kept on globalThis. Without one (any other build,
 * `astro dev`), the loaders go on at once.
 */
const HOLD = Symbol.for('wechat-link-policy.content-hold');

type Hold = () => Promise<void>;
const shared = globalThis as { [HOLD]?: Hold };

/** Makes the content loaders wait for `hold` (called once per loader; it should resolve once, for all). */
export function holdContent(hold: Hold): void {
  shared[HOLD] = hold;
}

/** Resolves when the content may be read: at once, or when the build that holds it says so. */
export function contentMayBeRead(): Promise<void> {
  return shared[HOLD]?.() ?? Promise.resolve();
}
