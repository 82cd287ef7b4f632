/**
 * Browser side of the embed panel: when the page shows something else (another date, a
 * timeline view), the iframe code and the downloads point at what is now shown.
 */
import { embedCode } from '../lib/embed-code.ts';
import { href, type Route } from '../lib/urls.ts';
import type { Lang } from '../model/lang.ts';

/** Points the embed panel at an embed page and the downloads at an image (or hides them when none exists). */
export function retargetEmbedControl(control: HTMLElement, lang: Lang, embed: Route, title: string, image: string | undefined): void {
  const abs = (r: Route) => new URL(href(r, lang), location.href).toString();
  const height = Number(control.querySelector<HTMLTextAreaElement>('[data-code="plain"]')?.value.match(/height="(\d+)"/)?.[1] ?? 600);
  const input = { src: abs(embed), title, height };
  const loader = control.querySelector<HTMLTextAreaElement>('[data-code="loader"]');
  const plain = control.querySelector<HTMLTextAreaElement>('[data-code="plain"]');
  if (loader) loader.value = embedCode({ ...input, loader: abs({ page: 'embed-loader' }) });
  if (plain) plain.value = embedCode(input);
  const downloads = control.querySelector<HTMLElement>('.chart-tools__downloads');
  const images = control.querySelector<HTMLElement>('.embed-control__images');
  if (downloads) downloads.hidden = image === undefined;
  if (images) {
    images.hidden = image === undefined;
    (images.nextElementSibling as HTMLElement | null)?.toggleAttribute('hidden', image === undefined);
  }
  if (image === undefined) return;
  const formats: Record<string, Route> = {
    SVG: { page: 'image', name: image, format: 'svg' },
    PNG: { page: 'image', name: image, format: 'png' },
    'PNG 2×': { page: 'image', name: image, format: 'png', scale: 2 },
  };
  for (const a of control.querySelectorAll<HTMLAnchorElement>('[data-format]')) a.href = href(formats[a.dataset.format!]!, lang);
  const links = control.querySelectorAll<HTMLAnchorElement>('.embed-control__images + ul a');
  Object.values(formats).forEach((r, i) => {
    const a = links[i];
    if (a) a.href = a.textContent = abs(r);
  });
  control.dataset.image = image;
}
