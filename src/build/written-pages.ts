/**
 * What the checks of the staged pages after Astro need of each page Astro wrote in this
 * build, taken from the bytes it wrote as it wrote them: the pages' references to /_astro/
 * files (./asset-references.ts) and whether a page marks a body to search (./search-index.ts).
 * At 10,000 events the checks otherwise read 1.3 GB of pages, twice, after Astro. A page not
 * recorded here is read from the disk. Build-time only (Node).
 */
import { assetReferences } from './asset-references.ts';
import { marksSearchBody } from './search-index.ts';

export class WrittenPages {
  /** Each page's asset references (relative to the output folder). */
  readonly assets = new Map<string, [reference: string, file: string][]>();
  /** Whether each page marks a body to search. */
  readonly searchBodies = new Map<string, boolean>();

  readonly #base: string;
  /**
   * Each reference once: pages share their scripts and stylesheets, and a reference read from
   * a page is a slice of the bytes decoded around it, which it would keep for every page.
   */
  readonly #references = new Map<string, [reference: string, file: string]>();

  constructor(base: string) {
    this.#base = base;
  }

  /** A page (relative to the output folder) written with these bytes; `undefined`: with what cannot be read here. */
  record(page: string, bytes: Uint8Array | undefined): void {
    if (!page.endsWith('.html') || page.startsWith('..')) return;
    if (bytes) {
      this.assets.set(
        page,
        assetReferences(bytes, this.#base).map((found) => {
          const known = this.#references.get(found[0]);
          if (known) return known;
          this.#references.set(found[0], found);
          return found;
        }),
      );
      this.searchBodies.set(page, marksSearchBody(bytes));
    } else {
      this.assets.delete(page);
      this.searchBodies.delete(page);
    }
  }
}
