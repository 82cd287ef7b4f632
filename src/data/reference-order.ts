/**
 * The order editors gave the reference lists (content/reference/*.yaml), which Astro's
 * content store does not keep (it sorts entries by id). The timeline's lanes and filters
 * follow the editors' order: WeChat/Tencent first, then MIIT, Alibaba, ….
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REFERENCE_KINDS, type ReferenceKind } from '../model/reference.ts';
import { contentDir } from '../validation/read-content.ts';

let cached: Readonly<Record<ReferenceKind, readonly string[]>> | undefined;

/** Ids of each reference list in file order (content already passed its checks). */
export function referenceOrder(): Readonly<Record<ReferenceKind, readonly string[]>> {
  if (cached && !import.meta.env?.DEV) return cached;
  const order = {} as Record<ReferenceKind, string[]>;
  for (const kind of Object.keys(REFERENCE_KINDS) as ReferenceKind[]) {
    const path = join(contentDir(), 'reference', REFERENCE_KINDS[kind].file);
    const items = existsSync(path) ? (parse(readFileSync(path, 'utf8')) as { id?: unknown }[] | null) : null;
    order[kind] = (items ?? []).map((item) => String(item.id));
  }
  cached = order;
  return order;
}

/** Items sorted by their list's file order (unknown ids last, by id). */
export function inReferenceOrder<T extends { id: string }>(kind: ReferenceKind, items: Iterable<T>): T[] {
  const order = referenceOrder()[kind];
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  return [...items].sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
