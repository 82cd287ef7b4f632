/**
 * Records every request a page makes (documents, scripts, styles, fonts, images, fetches,
 * Pagefind's index and WebAssembly), with how it ended, for the no-third-party-requests and
 * base-path gates.
 */
import type { Page, Request } from '@playwright/test';

export interface RecordedRequest {
  readonly url: string;
  /** Playwright's resource type: document, stylesheet, script, font, image, fetch … */
  readonly type: string;
  status?: number;
  failure?: string;
}

export interface RequestLog {
  /** Every request so far, in the order made. */
  all(): RecordedRequest[];
  /** Requests to any origin other than the given one. */
  outside(origin: string): RecordedRequest[];
  /** Requests that failed or were answered with an HTTP error (except `expected` URLs). */
  failed(expected?: readonly string[]): RecordedRequest[];
  /** Waits until the page has loaded and the network has then been quiet for a moment, so late requests (fonts, lazy modules) are in. */
  settle(): Promise<void>;
}

const QUIET_MS = 500;

/** One line per request, for reports and assertions: "script http://… (net::ERR_FAILED)". */
export const describeRequests = (rs: readonly RecordedRequest[]): string[] =>
  rs.map((r) => `${r.type} ${r.url}${r.failure ? ` (${r.failure})` : ''}`);

export function recordRequests(page: Page): RequestLog {
  const log = new Map<Request, RecordedRequest>();
  let last = Date.now();
  let inFlight = 0;
  const touch = (change: number) => {
    inFlight += change;
    last = Date.now();
  };
  page.on('request', (r) => {
    touch(+1);
    log.set(r, { url: r.url(), type: r.resourceType() });
  });
  page.on('requestfinished', (r) => {
    touch(-1);
    // A request that finishes as the test closes its page has no response left to read; the
    // rejection is expected then, and unhandled it failed the whole run (not any one test).
    r.response().then(
      (response) => {
        const entry = log.get(r);
        if (entry && response) entry.status = response.status();
      },
      () => {},
    );
  });
  page.on('requestfailed', (r) => {
    touch(-1);
    const entry = log.get(r);
    if (entry) entry.failure = r.failure()?.errorText ?? 'failed';
  });
  const all = () => [...log.values()].filter((r) => !/^(data|blob):/.test(r.url));
  return {
    all,
    outside: (origin) => all().filter((r) => new URL(r.url).origin !== origin),
    failed: (expected = []) => all().filter((r) => !expected.includes(r.url) && (r.failure !== undefined || (r.status ?? 0) >= 400)),
    async settle() {
      await page.waitForLoadState('load');
      // The quiet moment is counted from the load event too: a page whose last request ended
      // well before load (a busy machine delays load) still gets its full moment after it,
      // when scripts start timers and fetches.
      last = Math.max(last, Date.now());
      while (inFlight > 0 || Date.now() - last < QUIET_MS) await page.waitForTimeout(Math.max(50, QUIET_MS - (Date.now() - last)));
      // Responses finish settling their status asynchronously.
      await page.waitForTimeout(50);
    },
  };
}
