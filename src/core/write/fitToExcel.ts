import { columnLetter, EXCEL_MAX_ROW_HEIGHT, EXCEL_MAX_TEXT, type CellValue } from '../grid';
import type { SheetWrite, WritePlan } from './writePlan';

/** A cell whose text was longer than Excel holds, 1-based. */
export interface ClippedCell {
  sheet: string;
  row: number;
  col: number;
  length: number;
}

const ELLIPSIS = '…';

/**
 * The Vietnamese sentence telling the officer a cell was cut.
 *
 * @example
 * clippedCellMessage({ sheet: 'Tiến độ', row: 7, col: 3, length: 40000 })
 * // "Trang tính 'Tiến độ', ô C7: nội dung dài 40000 ký tự, …"
 */
export function clippedCellMessage(c: ClippedCell): string {
  return `Trang tính '${c.sheet}', ô ${columnLetter(c.col)}${c.row}: nội dung dài ${c.length} ký tự, quá 32 767 ký tự Excel chứa được trong một ô; đã cắt bớt khi ghi.`;
}

function fitValue(v: CellValue): CellValue {
  return typeof v === 'string' && v.length > EXCEL_MAX_TEXT ? v.slice(0, EXCEL_MAX_TEXT - ELLIPSIS.length) + ELLIPSIS : v;
}

function fitSheet(sw: SheetWrite, clipped: ClippedCell[]): SheetWrite {
  let changed = false;
  const values = sw.values.map((block) => {
    if (!block.values.some((line) => line.some((v) => typeof v === 'string' && v.length > EXCEL_MAX_TEXT))) return block;
    changed = true;
    return {
      ...block,
      values: block.values.map((line, r) =>
        line.map((v, c) => {
          if (typeof v === 'string' && v.length > EXCEL_MAX_TEXT) clipped.push({ sheet: sw.sheet, row: block.row + r, col: block.col + c, length: v.length });
          return fitValue(v);
        }),
      ),
    };
  });
  const tall = sw.rowHeights?.some((h) => h.height > EXCEL_MAX_ROW_HEIGHT) ?? false;
  if (!changed && !tall) return sw;
  return {
    ...sw,
    values,
    ...(sw.rowHeights ? { rowHeights: sw.rowHeights.map((h) => (h.height > EXCEL_MAX_ROW_HEIGHT ? { ...h, height: EXCEL_MAX_ROW_HEIGHT } : h)) } : {}),
  };
}

/**
 * A write plan that Excel can hold: text longer than a cell takes (a 40 000-character cell
 * pasted by another tool, then quoted in a status or form sheet) is cut to 32 767 characters
 * ending in "…", and rows taller than 409 points are capped. Returns the cells cut, so the
 * caller can warn; the plan given is not changed.
 *
 * @example
 * const { plan, clipped } = fitToExcel(formsWritePlan(result, { unit, period }));
 * clipped // [{ sheet: 'II.05a Quý I-2024', row: 15, col: 2, length: 40000 }]
 */
export function fitToExcel(plan: WritePlan): { plan: WritePlan; clipped: ClippedCell[] } {
  const clipped: ClippedCell[] = [];
  return { plan: { ...plan, sheets: plan.sheets.map((sw) => fitSheet(sw, clipped)) }, clipped };
}
