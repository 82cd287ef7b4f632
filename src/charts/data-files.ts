/** A chart's own data as the files the embed panel offers: CSV (with a byte-order mark) and JSON. */
import { toCsv } from '../lib/exports/csv.ts';
import type { ChartData } from './spec.ts';

export function dataCsv(data: ChartData): string {
  return toCsv(
    data.columns.map((c) => c.label),
    data.records.map((r) => data.columns.map((c) => r[c.key] ?? null)),
  );
}

export function dataJson(data: ChartData, about: { readonly title: string; readonly source: string }): string {
  return `${JSON.stringify({ ...about, columns: data.columns, records: data.records }, null, 2)}\n`;
}
