/**
 * Browser side of the treatment pages: fetches the engine data once (same origin, when a
 * reader asks for a date the page does not already show, and on the diff page once it is
 * idle, for the events its pickers list) and builds the index.
 */
import type { EngineData } from '../charts/html/engine-data.ts';
import { indexTreatments, type TreatmentIndex } from '../lib/treatments/index.ts';

export interface LoadedEngine {
  readonly index: TreatmentIndex;
  readonly data: EngineData;
}

const cache = new Map<string, Promise<LoadedEngine>>();

export function loadEngine(url: string): Promise<LoadedEngine> {
  let p = cache.get(url);
  if (!p) {
    p = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
        return r.json() as Promise<EngineData>;
      })
      .then((data) => {
        const opinionSources = new Set(Object.values(data.vocabulary.sources).filter((s) => s.opinion).map((s) => s.id));
        return { data, index: indexTreatments(data.events, data.dims, { opinionSources }) };
      });
    // A failed fetch is not kept: the next request tries again.
    p.catch(() => cache.delete(url));
    cache.set(url, p);
  }
  return p;
}

/** Reads a JSON data attribute written by the page. */
export function jsonAttribute<T>(el: HTMLElement, name: string): T {
  return JSON.parse(el.getAttribute(name) ?? 'null') as T;
}
