/**
 * Small enhancements to a briefing's header (print works without them): Print buttons,
 * the day it was printed (China Standard Time, like every date on the site) instead of the
 * day the page was generated, and — when a page changes what it shows, as the diff page
 * does — the title, online address and QR code of what is now on screen, and the link to
 * the range briefing on exactly those days, if there is one.
 */
import { formatDate } from '../lib/format-date.ts';
import { cssString } from '../lib/briefings/print-margins.ts';
import { chinaToday } from '../model/calendar-date.ts';
// Types only from the model: its runtime pulls in zod, which a page script must not carry.
import type { Lang } from '../model/lang.ts';

/** What a page announces when it shows something else: `briefing:retitle` with this detail. */
export interface RetitleDetail {
  readonly title: string;
  /** The page's own URL for what it now shows (a site path). */
  readonly href: string;
  /** The days shown, "from/to": links to the range briefing of exactly these days appear. */
  readonly range?: string;
}

/** Puts today's date (CST) in each header's "Printed" line. */
function stampPrintDate() {
  for (const header of document.querySelectorAll<HTMLElement>('[data-briefing-header]')) {
    // Written by the page from its own language.
    const lang = header.dataset.lang as Lang;
    const date = header.querySelector<HTMLTimeElement>('[data-print-date]');
    if (!date) continue;
    const today = chinaToday();
    date.dateTime = today;
    date.textContent = formatDate(today, lang);
    const label = header.querySelector<HTMLElement>('[data-print-date-label]');
    if (label?.dataset.printDateLabel) label.textContent = label.dataset.printDateLabel;
  }
}
stampPrintDate();
// A page left open overnight prints the day it is printed.
addEventListener('beforeprint', stampPrintDate);
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => print());
}

document.addEventListener('briefing:retitle', (event) => {
  const { title, href, range } = (event as CustomEvent<RetitleDetail>).detail;
  for (const link of document.querySelectorAll<HTMLElement>('[data-briefing-range]')) link.hidden = link.dataset.briefingRange !== range;
  for (const header of document.querySelectorAll<HTMLElement>('[data-briefing-header]')) {
    const heading = header.querySelector('[data-briefing-title]');
    if (heading) heading.textContent = title;
    const link = header.querySelector<HTMLAnchorElement>('[data-online-url]');
    if (!link) continue;
    // Same origin as the published address the page was built with.
    const absolute = new URL(href, link.textContent ?? location.href).toString();
    link.href = href;
    link.textContent = absolute;
    const box = header.querySelector<HTMLElement>('[data-qr-code]');
    if (box) {
      void import('../charts/qr/qr-svg.ts').then(({ qrSvg }) => {
        box.innerHTML = qrSvg(absolute, (box.dataset.qrLabel ?? '{url}').replace('{url}', absolute)).html;
      });
    }
  }
  document.documentElement.style.setProperty('--print-title', cssString(title));
});
