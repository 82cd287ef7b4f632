/** How benchmark figures are shown: in the terminal table (run.ts) and in the README (report.ts). */
import type { Measure } from '../run.ts';

export const round = (n: number) => (Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 100) / 100);

export function valueText(m: Measure): string {
  return m.value === null ? '—' : `${round(m.value)} ${m.unit}`;
}

export function budgetText(m: Measure): string {
  if (!m.budget) return '—';
  const parts = [];
  if (m.budget.max !== undefined) parts.push(`≤ ${m.budget.max} ${m.unit}`);
  if (m.budget.min !== undefined) parts.push(`≥ ${m.budget.min} ${m.unit}`);
  return parts.join(', ');
}

export function verdict(m: Measure): string {
  if (!m.budget || m.value === null) return '';
  const ok = (m.budget.max === undefined || m.value <= m.budget.max) && (m.budget.min === undefined || m.value >= m.budget.min);
  return ok ? 'within budget' : 'OVER BUDGET';
}
