/**
 * Runs `load` once, when the first of `elements` comes near the viewport (as Astro's
 * client:visible does for islands): code for a part of the page below the fold (the embed
 * panel under a chart) is fetched when the reader gets there, not with the page. Where
 * IntersectionObserver is missing, it runs at once.
 */
export function whenVisible(elements: Iterable<Element>, load: () => unknown, margin = '200px'): void {
  const list = [...elements];
  if (list.length === 0) return;
  if (typeof IntersectionObserver !== 'function') {
    load();
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      load();
    },
    { rootMargin: margin },
  );
  for (const el of list) observer.observe(el);
}
