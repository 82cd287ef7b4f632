/**
 * Where the milestones' labels go: in a band of their own between the axis and the lanes,
 * always in full (never shortened), each beside a rule at its event's date. A label starts
 * just after its rule, or ends just before it when it would run past the right edge; labels
 * that would touch go down to the next row, as many rows as it takes, so crowded moments
 * (9 and 17 September, 29 November and 1 December) stack instead of colliding.
 */

export interface MilestoneInput {
  readonly id: string;
  /** Where the rule goes (the event's mark). */
  readonly x: number;
  readonly label: string;
  /** The label's drawn width. */
  readonly width: number;
}

export interface PlacedMilestone extends MilestoneInput {
  /** Row in the band, from 0. */
  readonly row: number;
  /** Left edge of the label. */
  readonly left: number;
  /**
   * The first row the rule may start in: its own, or the row after the last label at or
   * below its own that lies across the rule, so a rule never runs through a label.
   */
  readonly ruleRow: number;
}

/** Space between a rule and its label, and between labels in a row. */
export const MILESTONE_PAD = 4;
const GAP = 10;

/** Places the labels of the milestones whose rules lie in [x0, x1]; returns them and the rows used. */
export function placeMilestones(items: readonly MilestoneInput[], x0: number, x1: number): { placed: PlacedMilestone[]; rows: number } {
  const ends: number[] = [];
  const placed: PlacedMilestone[] = [];
  for (const it of [...items].filter((i) => i.x >= x0 && i.x <= x1).sort((a, b) => a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    let left = it.x + MILESTONE_PAD;
    if (left + it.width > x1) left = Math.max(x0, it.x - MILESTONE_PAD - it.width);
    let row = ends.findIndex((end) => end + GAP <= left);
    if (row < 0) row = ends.push(0) - 1;
    ends[row] = left + it.width;
    placed.push({ ...it, row, left, ruleRow: row });
  }
  const ruled = placed.map((m) => {
    let ruleRow = m.row;
    for (const o of placed) {
      if (o.row >= m.row && o.left - 2 <= m.x && m.x <= o.left + o.width + 2) ruleRow = Math.max(ruleRow, o.row + 1);
    }
    return { ...m, ruleRow };
  });
  return { placed: ruled, rows: ends.length };
}
