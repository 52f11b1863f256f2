import { cellAt, type CellValue, type SheetGrid } from '../grid';
import type { PlanLayout } from './model';
import { headerLabelOf, isColumnNumbersRow, type HeaderLabel, type PlanField } from './headerLabels';

/** The header of the plan table: its rows and the column of each field. */
export interface PlanHeader {
  /** First and last header row, the "(1) (2) …" row included. */
  headerRows: [number, number];
  columns: PlanLayout['columns'];
  lastColumn: number;
}

type Found = Partial<Record<HeaderLabel, number>>;

function labelsOfRow(line: readonly CellValue[] | undefined): Found {
  const found: Found = {};
  if (!line) return found;
  for (let c = 0; c < line.length; c++) {
    const v = line[c];
    // Header cells are short: skip long texts before the (costlier) label match.
    if (typeof v !== 'string' || v.length > 80) continue;
    const label = headerLabelOf(v);
    if (label && found[label] === undefined) found[label] = c + 1;
  }
  return found;
}

const REQUIRED: PlanField[] = ['stt', 'content', 'result', 'lead', 'support', 'timing'];

/**
 * Whether a row has an STT header cell ("STT", "TT", "Số TT" …). A cheap first test on the
 * raw text keeps the label match off almost every cell, so a 100 000-row sheet without a
 * plan table (a dossier register) is passed over quickly.
 */
// "STT", "TT", "Số TT", "Số thứ tự" in NFC or NFD; zero-width characters pasted before it are not text.
const STT_START = /^[\s\u200B-\u200D\u2060\uFEFF]*(?:s[\s.]*t|t[\s.]*t|s[oôố])/i;

function hasSttLabel(line: readonly CellValue[] | undefined): boolean {
  if (!line) return false;
  for (const v of line) {
    if (typeof v === 'string' && v.length <= 16 && STT_START.test(v) && headerLabelOf(v) === 'stt') return true;
  }
  return false;
}

/**
 * Finds the plan table's header anywhere in a sheet (SPEC §1): a row naming STT and Nội dung
 * and Kết quả, with Chủ trì/Phối hợp in it or in the row below (two-row header under
 * "Đơn vị thực hiện"), Thời gian in either row, and an optional "(1) (2) …" row under it.
 * Labels are matched loosely ("TT", "Sản phẩm", "Thời hạn hoàn thành" …). Scans row by row,
 * so the cost is linear in the rows above the table. Null when there is no such header.
 *
 * @example
 * findPlanHeader(grid) // { headerRows: [7, 8], columns: { stt: 1, content: 2, … }, lastColumn: 6 }
 */
export function findPlanHeader(grid: SheetGrid): PlanHeader | null {
  for (let r = 1; r <= grid.values.length; r++) {
    if (!hasSttLabel(grid.values[r - 1])) continue;
    const top = labelsOfRow(grid.values[r - 1]);
    if (top.stt === undefined || top.content === undefined || top.result === undefined) continue;
    const below = labelsOfRow(grid.values[r]);
    const pick = (field: PlanField): { col: number; row: number } | null => {
      if (top[field] !== undefined) return { col: top[field], row: r };
      if (below[field] !== undefined) return { col: below[field], row: r + 1 };
      return null;
    };
    const picked = REQUIRED.map(pick);
    if (picked.some((p) => p === null)) continue;
    const cols = picked.map((p) => p!.col);
    if (new Set(cols).size !== cols.length) continue;
    const override = pick('override');
    let last = Math.max(...picked.map((p) => p!.row), override?.row ?? r);
    const columns: PlanLayout['columns'] = {
      stt: cols[0],
      content: cols[1],
      result: cols[2],
      lead: cols[3],
      support: cols[4],
      timing: cols[5],
      override: override && !cols.includes(override.col) ? override.col : null,
    };
    const lastColumn = Math.max(...cols, columns.override ?? 0);
    if (isColumnNumbersRow(rowSlice(grid, last + 1, lastColumn))) last++;
    return { headerRows: [r, last], columns, lastColumn };
  }
  return null;
}

/**
 * Cells of one row from A to `lastColumn`.
 *
 * @example
 * rowSlice({ name: 'S', values: [[1, 'a']], merges: [] }, 1, 3) // [1, 'a', null]
 */
export function rowSlice(grid: SheetGrid, row: number, lastColumn: number): CellValue[] {
  const out: CellValue[] = [];
  for (let c = 1; c <= lastColumn; c++) out.push(cellAt(grid, row, c));
  return out;
}
