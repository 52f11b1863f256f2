import { cellAt, type CellValue, type SheetGrid } from '../grid';
import type { PlanLayout } from './model';
import { headerLabelOf, isColumnNumbersRow, type HeaderLabel } from './headerLabels';

/** The header of the plan table: its rows and the column of each field. */
export interface PlanHeader {
  /** First and last header row, the "(1) (2) …" row included. */
  headerRows: [number, number];
  columns: PlanLayout['columns'];
  lastColumn: number;
}

/** The 1-based column of each label a header row names. */
export type Found = Partial<Record<HeaderLabel, number>>;

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

/**
 * Whether a row is the second row of a two-row header: it names Chủ trì or Phối hợp (under
 * "Đơn vị thực hiện") or Bắt đầu and Kết thúc (under "Thời gian") and holds no task (its STT
 * cell is empty or a label).
 */
function isHeaderSecondRow(line: readonly CellValue[] | undefined, below: Found, sttCol: number): boolean {
  const startAndEnd = below.timingStart !== undefined && below.timing !== undefined;
  if (below.lead === undefined && below.support === undefined && !startAndEnd) return false;
  const stt = line?.[sttCol - 1];
  return stt === null || stt === undefined || stt === '' || headerLabelOf(stt) === 'stt';
}

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
 * The columns a header row (and the row under it, for a two-row header) names, or null when
 * it is not the plan table's header. STT, task text and lead are required; support, timing,
 * result and override are optional (SPEC §11). "Đơn vị thực hiện" spans Chủ trì and Phối hợp
 * when they are named under it, else it is the lead column; "Tiến độ" is the timing only
 * where no "Thời gian"/"Thời hạn" column exists.
 */
export function headerColumnsOf(top: Found, below: Found): { columns: PlanLayout['columns']; fromBelow: boolean } | null {
  const pick = (label: HeaderLabel): { col: number; below: boolean } | null => {
    if (top[label] !== undefined) return { col: top[label], below: false };
    if (below[label] !== undefined) return { col: below[label], below: true };
    return null;
  };
  const stt = pick('stt');
  const content = pick('content');
  const lead = pick('lead') ?? pick('unitGroup');
  if (!stt || !content || !lead) return null;
  const support = pick('support');
  // With "Thời gian bắt đầu" and "Thời gian hoàn thành" the end is the deadline; the start alone is the timing only without one.
  // "Thời gian" over "Bắt đầu | Kết thúc": the end, in the second row.
  const endBelow = below.timing !== undefined && below.timingStart !== undefined ? { col: below.timing, below: true } : null;
  const timing = endBelow ?? pick('timing') ?? pick('progress') ?? pick('timingStart');
  const result = pick('result');
  const override = pick('override');
  const picked = [stt, content, lead, support, timing, result].filter((p): p is { col: number; below: boolean } => p !== null);
  const cols = picked.map((p) => p.col);
  if (new Set(cols).size !== cols.length) return null;
  return {
    columns: {
      stt: stt.col,
      content: content.col,
      result: result?.col ?? null,
      lead: lead.col,
      support: support?.col ?? null,
      timing: timing?.col ?? null,
      override: override && !cols.includes(override.col) ? override.col : null,
    },
    fromBelow: picked.some((p) => p.below) || (override?.below ?? false),
  };
}

/**
 * Finds the plan table's header anywhere in a sheet (SPEC §1, §11): a row naming STT, the
 * task text and the lead (Chủ trì, or an undivided "Đơn vị thực hiện"), with Chủ trì/Phối
 * hợp in it or in the row below (two-row header under "Đơn vị thực hiện"), the optional
 * support, timing and result columns in either row, and an optional "(1) (2) …", "1 2 3" or
 * "A B C" row under it. Labels are matched loosely ("TT", "Sản phẩm đầu ra", "Thời hạn hoàn
 * thành" …); other columns (Nguồn kinh phí, Ghi chú …) are left alone. Scans row by row, so
 * the cost is linear in the rows above the table. Null when there is no such header.
 *
 * @example
 * findPlanHeader(grid) // { headerRows: [7, 8], columns: { stt: 1, content: 2, … }, lastColumn: 6 }
 */
export function findPlanHeader(grid: SheetGrid): PlanHeader | null {
  for (let r = 1; r <= grid.values.length; r++) {
    if (!hasSttLabel(grid.values[r - 1])) continue;
    const top = labelsOfRow(grid.values[r - 1]);
    if (top.stt === undefined || top.content === undefined) continue;
    const under = labelsOfRow(grid.values[r]);
    const below = isHeaderSecondRow(grid.values[r], under, top.stt) ? under : {};
    const found = headerColumnsOf(top, below);
    if (!found) continue;
    const { columns } = found;
    let last = found.fromBelow ? r + 1 : r;
    // Other labelled columns (Nguồn kinh phí, Ghi chú …) belong to the table too: the add-in's columns go after them.
    const lastColumn = Math.max(...Object.values(columns).filter((c): c is number => c !== null), lastFilled(grid.values[r - 1]), found.fromBelow ? lastFilled(grid.values[r]) : 0);
    if (isColumnNumbersRow(rowSlice(grid, last + 1, lastColumn))) last++;
    return { headerRows: [r, last], columns, lastColumn };
  }
  return null;
}

function lastFilled(line: readonly CellValue[] | undefined): number {
  if (!line) return 0;
  for (let c = line.length; c > 0; c--) if (line[c - 1] !== null && line[c - 1] !== '') return c;
  return 0;
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
