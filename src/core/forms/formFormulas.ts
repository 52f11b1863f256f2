import { columnLetter, type CellValue } from '../grid';
import type { FormulaCell } from '../write/writePlan';
import type { FormDefinition } from './definitions';

/** One body line of a form sheet: its cells by column key (`c1` …), bold for group headings. */
export interface FormBodyLine {
  cells: Record<string, CellValue>;
  bold?: boolean;
  /** A group heading whose counts are the sums of the lines below it, up to the next such heading. */
  subtotal?: boolean;
}

/** `SUM(D10:F10)` for adjacent columns of a row, else `D10+F10`. */
function rowSum(cols: readonly number[], row: number): string {
  const sorted = [...cols].sort((a, b) => a - b);
  const adjacent = sorted.every((c, i) => i === 0 || c === sorted[i - 1] + 1);
  return adjacent && sorted.length > 1
    ? `SUM(${columnLetter(sorted[0])}${row}:${columnLetter(sorted[sorted.length - 1])}${row})`
    : sorted.map((c) => `${columnLetter(c)}${row}`).join('+');
}

/** Where a form's body lines and total stand on a sheet. */
export interface FormPlacement {
  /** Sheet row of the first body line; the lines follow one per row. */
  bodyTop: number;
  /** Sheet row of the total, null when none is written. */
  totalRow: number | null;
  /** Sheet column of each form column, by key; default: the column's number (the built-in layout). */
  columnOf?: Readonly<Record<string, number>>;
}

/**
 * The live sums of a form's body and total row (formulas, so the officer's edits add up): each rule's sum column of a line
 * ((3) = (4)+(5)+(6), …), each subtotal line over the lines below it, and the total row over
 * the lines (or over the subtotal lines when there are some). Results are what the formulas
 * compute from the written numbers, so a file reads right before any recalculation. The same
 * sums serve the built-in layout and the province's template, wherever its columns stand.
 *
 * @example
 * formFormulas(II05A, lines, { bodyTop: 12, totalRow: 14 }).find((f) => f.row === 14 && f.col === 3)?.formula // 'SUM(C12:C13)'
 */
export function formFormulas(def: FormDefinition, body: readonly FormBodyLine[], placement: FormPlacement): FormulaCell[] {
  const { bodyTop, totalRow } = placement;
  const formulas: FormulaCell[] = [];
  const colOf = new Map(def.columns.map((c) => [c.key, placement.columnOf?.[c.key] ?? c.no]));
  const counts = def.columns.filter((c) => c.kind === 'count');
  const rules = def.rules.filter((rule, i) => def.rules.findIndex((x) => x.sum === rule.sum) === i);
  // What each count cell will show once computed: the number written, or its formula's result.
  const shown = body.map((line) => new Map(counts.map((c) => [c.key, typeof line.cells[c.key] === 'number' ? (line.cells[c.key] as number) : null])));
  body.forEach((line, i) => {
    if (line.subtotal) return;
    for (const rule of rules) {
      const parts = rule.of.map((k) => shown[i].get(k));
      if (shown[i].get(rule.sum) === null || parts.some((v) => v === null || v === undefined)) continue;
      const result = (parts as number[]).reduce((t, v) => t + v, 0);
      shown[i].set(rule.sum, result);
      formulas.push({ row: bodyTop + i, col: colOf.get(rule.sum) as number, formula: rowSum(rule.of.map((k) => colOf.get(k) as number), bodyTop + i), result });
    }
  });
  const subtotals = body.map((line, i) => (line.subtotal ? i : -1)).filter((i) => i >= 0);
  for (const [n, i] of subtotals.entries()) {
    const end = (subtotals[n + 1] ?? body.length) - 1;
    if (end <= i) continue;
    for (const c of counts) {
      if (shown[i].get(c.key) === null) continue;
      let result = 0;
      for (let k = i + 1; k <= end; k++) result += shown[k].get(c.key) ?? 0;
      shown[i].set(c.key, result);
      const col = colOf.get(c.key) as number;
      const letter = columnLetter(col);
      formulas.push({ row: bodyTop + i, col, formula: `SUM(${letter}${bodyTop + i + 1}:${letter}${bodyTop + end})`, result });
    }
  }
  if (totalRow !== null && body.length > 0) {
    const lines = subtotals.length > 0 ? subtotals : body.map((_, i) => i);
    for (const c of counts) {
      const col = colOf.get(c.key) as number;
      const letter = columnLetter(col);
      const result = lines.reduce((t, i) => t + (shown[i].get(c.key) ?? 0), 0);
      const formula = subtotals.length > 0 ? `SUM(${lines.map((i) => `${letter}${bodyTop + i}`).join(',')})` : `SUM(${letter}${bodyTop}:${letter}${bodyTop + body.length - 1})`;
      formulas.push({ row: totalRow, col, formula, result });
    }
  }
  return formulas;
}
