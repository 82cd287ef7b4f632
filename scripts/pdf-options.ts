/**
 * The briefing PDFs' settings that the build reads before Astro starts: the paper and where
 * Chromium is. Apart from scripts/pdf.ts, whose imports (the content checks among them) take
 * the build's main thread 0.4 s to load, so the build loads that only when it prints.
 */
export const PAPERS = ['A4', 'Letter'] as const;
export type Paper = (typeof PAPERS)[number];

/** "a4", "LETTER" … → the paper; an error naming the choices otherwise. */
export function parsePaper(value: string | undefined): Paper {
  if (value === undefined || value === '') return 'A4';
  const paper = PAPERS.find((p) => p.toLowerCase() === value.trim().toLowerCase());
  if (!paper) throw new Error(`unknown paper size "${value}": use ${PAPERS.join(' or ')}`);
  return paper;
}

export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
