/**
 * The language switch follows the page's state: when a page shows another date or range
 * (?at=, ?from=&to=, a story step), its switch leads to the same state in the other
 * language. Without JavaScript it leads to the same page in the other language.
 */
import { href, type Route } from '../lib/urls.ts';
import { LANGS, type Lang } from '../model/lang-codes.ts';

/** Points the switch at `route` in the other language; without a route, back at the page as built. */
export function syncLanguageSwitch(route: Route | undefined, lang: Lang): void {
  const other = LANGS.find((l) => l !== lang)!;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) {
    a.dataset.builtHref ??= a.getAttribute('href') ?? '';
    a.setAttribute('href', route ? href(route, other) : a.dataset.builtHref);
  }
}
