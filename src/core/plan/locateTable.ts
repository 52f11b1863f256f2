import { cellAt, type CellValue, type SheetGrid } from '../grid';
import { cellText, matchKey } from '../text/normalize';
import { headerLabelOf, isColumnNumbersRow, type HeaderLabel } from './headerLabels';
import { sttKindOf } from './sttKind';

/**
 * Stage 1 of reading a plan (SPEC §12, design/reading-pipeline.md): where the table is. A header
 * row is found by its labels (STT and a task or lead column, in one or two rows, with a
 * "(1) (2) …" row under it), or, when no header names them, the table is found by its shape: a
 * column of task numbers with text beside it. The officer may name the header row instead.
 */

/** One column under the header: its text (both header rows joined) and the label it names. */
export interface HeaderColumn {
  column: number;
  /** The header text as shown ("Đơn vị thực hiện / Chủ trì"); '' when none. */
  text: string;
  label: HeaderLabel | null;
}

/** A table found in a sheet, before its columns are given roles. */
export interface LocatedTable {
  /** First and last header row (the "(1) (2) …" row counts); null when found by shape without one. */
  headerRows: [number, number] | null;
  /** First row under the header. */
  bodyTop: number;
  /** Last column that belongs to the table (the add-in's columns go after it). */
  lastColumn: number;
  /** Header cells from column 1 to `lastColumn`. */
  headers: HeaderColumn[];
  foundBy: 'labels' | 'shape' | 'officer';
  /** The column of task numbers (shape), or of the STT label. */
  numberColumn: number | null;
}

/** Options of {@link locateTable}. */
export interface LocateOptions {
  /** The officer's header row (its last row when two-row). */
  headerRow?: number;
}

/** Labels that name a column a plan needs (task or lead): with STT they make a header row. */
const CORE_LABELS: readonly HeaderLabel[] = ['content', 'lead', 'unitGroup'];
/** Rows searched for a header without an STT label, or for a table by its shape. */
const SHAPE_SEARCH_ROWS = 3_000;
/** Columns searched for the task numbers of a table found by shape. */
const SHAPE_NUMBER_COLUMNS = 8;

// "STT", "TT", "Số TT", "Số thứ tự" in NFC or NFD; zero-width characters pasted before it are not text.
const STT_START = /^[\s\u200B-\u200D\u2060\uFEFF]*(?:s[\s.]*t|t[\s.]*t|s[oôố])/i;

/**
 * The label of each column of a row (first 80 characters of short cells only: a header cell is
 * short, and the label match is the costly part).
 */
function labelsOfRow(line: readonly CellValue[] | undefined): Map<number, HeaderLabel> {
  const found = new Map<number, HeaderLabel>();
  if (!line) return found;
  for (let c = 0; c < line.length; c++) {
    const v = line[c];
    if (typeof v !== 'string' || v.length > 80) continue;
    const label = headerLabelOf(v);
    if (label) found.set(c + 1, label);
  }
  return found;
}

function hasSttLabel(line: readonly CellValue[] | undefined): boolean {
  if (!line) return false;
  for (const v of line) {
    if (typeof v === 'string' && v.length <= 16 && STT_START.test(v) && headerLabelOf(v) === 'stt') return true;
  }
  return false;
}

const has = (labels: Map<number, HeaderLabel>, wanted: readonly HeaderLabel[]): boolean => [...labels.values()].some((l) => wanted.includes(l));

/**
 * Whether the row under a header row is its second row: it names Chủ trì or Phối hợp (under
 * "Đơn vị thực hiện"), or Bắt đầu and Kết thúc (under "Thời gian"), and holds no task (its STT cell
 * is empty or a label).
 */
function isSecondRow(line: readonly CellValue[] | undefined, below: Map<number, HeaderLabel>, sttCol: number | null): boolean {
  const labels = [...below.values()];
  const startAndEnd = labels.includes('timingStart') && (labels.includes('timing') || labels.includes('doneDate'));
  if (!labels.includes('lead') && !labels.includes('support') && !startAndEnd) return false;
  if (sttCol === null) return true;
  const stt = line?.[sttCol - 1];
  return stt === null || stt === undefined || stt === '' || headerLabelOf(stt) === 'stt';
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

/** Header columns of rows `top` … `bottom` (second-row labels win: "Chủ trì" under "Đơn vị thực hiện"). */
function headerColumns(grid: SheetGrid, top: number, bottom: number, lastColumn: number): HeaderColumn[] {
  const upper = labelsOfRow(grid.values[top - 1]);
  const lower = bottom > top ? labelsOfRow(grid.values[bottom - 1]) : new Map<number, HeaderLabel>();
  const out: HeaderColumn[] = [];
  for (let c = 1; c <= lastColumn; c++) {
    const texts = [cellText(cellAt(grid, top, c))];
    if (bottom > top) texts.push(cellText(cellAt(grid, bottom, c)));
    out.push({ column: c, text: texts.filter((t) => t !== '').join(' / '), label: lower.get(c) ?? upper.get(c) ?? null });
  }
  return out;
}

/** The table whose header row is `row` (its first row), with a second header row and a numbers row under it. */
function tableAt(grid: SheetGrid, row: number, foundBy: 'labels' | 'officer'): LocatedTable {
  const top = labelsOfRow(grid.values[row - 1]);
  const sttCol = [...top.entries()].find(([, l]) => l === 'stt')?.[0] ?? null;
  const under = labelsOfRow(grid.values[row]);
  const twoRows = isSecondRow(grid.values[row], under, sttCol);
  let last = twoRows ? row + 1 : row;
  const labelled = [...top.keys(), ...(twoRows ? [...under.keys()] : [])];
  const lastColumn = Math.max(0, ...labelled, lastFilled(grid.values[row - 1]), twoRows ? lastFilled(grid.values[row]) : 0);
  const headers = headerColumns(grid, row, last, lastColumn);
  if (isColumnNumbersRow(rowSlice(grid, last + 1, lastColumn))) last++;
  return { headerRows: [row, last], bodyTop: last + 1, lastColumn, headers, foundBy, numberColumn: sttCol };
}

/**
 * Header rows of the sheet, top to bottom, found lazily: rows naming STT and a task or lead column
 * (anywhere in the sheet, cheaply: the STT test comes first), else rows in the first rows of the
 * sheet naming a task and a lead column without an STT label. The caller takes the first it can
 * read (a table per section repeats its header; an earlier table may be another one).
 */
function* headerRowsByLabels(grid: SheetGrid): Generator<number> {
  let found = false;
  for (let r = 1; r <= grid.values.length; r++) {
    if (!hasSttLabel(grid.values[r - 1])) continue;
    const top = labelsOfRow(grid.values[r - 1]);
    const below = labelsOfRow(grid.values[r]);
    const sttCol = [...top.entries()].find(([, l]) => l === 'stt')?.[0] ?? null;
    const named = isSecondRow(grid.values[r], below, sttCol) ? new Map([...top, ...below]) : top;
    // STT and two more roles, one of them the task or the lead (a register's "STT | Mã hồ sơ" is not a plan).
    const roles = new Set([...named.values()].filter((l) => l !== 'stt'));
    if (has(named, CORE_LABELS) && roles.size >= 2) {
      found = true;
      yield r;
    }
  }
  if (found) return;
  for (let r = 1; r <= Math.min(grid.values.length, SHAPE_SEARCH_ROWS); r++) {
    const top = labelsOfRow(grid.values[r - 1]);
    if ([...top.values()].includes('content') && has(top, ['lead', 'unitGroup'])) yield r;
  }
}

/** Whether row `a` holds row `b`'s words in the same columns (at least two, and most of `b`'s): the same header. */
function sameWords(grid: SheetGrid, a: number, b: number): boolean {
  const line = grid.values[b - 1] ?? [];
  let filled = 0;
  let same = 0;
  for (let c = 1; c <= line.length; c++) {
    const text = cellText(cellAt(grid, b, c));
    if (text === '' || text.length > 80) continue;
    filled++;
    if (matchKey(cellText(cellAt(grid, a, c))) === matchKey(text)) same++;
  }
  return same >= 2 && same * 2 > filled;
}

/**
 * A table found by its shape (SPEC §12 "No header found"): the column (among the first few) with
 * the most task numbers counting up, at least three; the header is the row of short texts right
 * above the first of them, if there is one.
 */
function tableByShape(grid: SheetGrid): LocatedTable | null {
  const rows = Math.min(grid.values.length, SHAPE_SEARCH_ROWS);
  let best: { col: number; first: number; count: number } | null = null;
  // A row of column numbers "(1) (2) (3) …" under the header is no task 1.
  const numbersRows = new Map<number, boolean>();
  const isNumbersRow = (r: number) => {
    let known = numbersRows.get(r);
    if (known === undefined) {
      known = isColumnNumbersRow(grid.values[r - 1] ?? []);
      numbersRows.set(r, known);
    }
    return known;
  };
  for (let c = 1; c <= SHAPE_NUMBER_COLUMNS; c++) {
    let count = 0;
    let first = 0;
    // Null right after a section heading: numbering there may restart, go on from the section
    // before (13 then "II." then 14) or take the section's number ("II." then 2.1, 2.2).
    let previous: number | null = 0;
    let filled = 0;
    for (let r = 1; r <= rows; r++) {
      const v = cellAt(grid, r, c);
      if (v === null || v === '') continue;
      const kind = sttKindOf(v);
      if (first > 0) filled++;
      if (kind.kind === 'section') {
        previous = null;
        continue;
      }
      if (kind.kind !== 'task' || isNumbersRow(r)) continue;
      const top = Number(kind.label.split('.')[0]);
      // Numbers count up (1, 2, 3 … or restart at 1); sub-numbers "1.1" follow their task.
      if (previous === null || top === previous + 1 || top === previous || (top === 1 && previous > 1)) {
        if (first === 0) {
          first = r;
          filled = 1;
        }
        count++;
        previous = top;
      }
    }
    // Most filled cells of the column below the first task are numbers or headings, not a column of amounts.
    if (count >= 3 && count >= filled * 0.5 && (!best || count > best.count)) best = { col: c, first, count };
  }
  if (!best || best.first < 2) return null;
  // The body starts at the section headings right above the first task ("B", "I." …), if any.
  let bodyTop = best.first;
  while (bodyTop > 1 && bodyTop > best.first - 3 && sttKindOf(cellAt(grid, bodyTop - 1, best.col)).kind === 'section') bodyTop--;
  const sectionsTop = bodyTop;
  // The header is the row of short texts above it (a row of column numbers "(1) (2) …" may stand between).
  let numbersRow = false;
  if (bodyTop > 2 && isColumnNumbersRow(grid.values[bodyTop - 2] ?? [])) {
    numbersRow = true;
    bodyTop--;
  }
  let headerRow = bodyTop - 1;
  // A header repeated under the table's first headings ("B", "I" then the header again): the first one heads the table.
  for (let r = headerRow - 1; r >= Math.max(1, headerRow - 5); r--) {
    if (sameWords(grid, r, headerRow)) {
      bodyTop = r + 1;
      headerRow = r;
      numbersRow = isColumnNumbersRow(grid.values[r] ?? []);
      break;
    }
    if (sttKindOf(cellAt(grid, r, best.col)).kind !== 'section' && !isNumbersRow(r)) break;
  }
  const above = grid.values[headerRow - 1] ?? [];
  const texts = above.filter((v) => v !== null && v !== '');
  const isHeader = texts.length >= 2 && texts.every((v) => typeof v === 'string' && v.length <= 80);
  // The table's width: the columns filled in its first rows.
  let lastColumn = isHeader ? lastFilled(above) : 0;
  for (let r = best.first; r < best.first + 30 && r <= grid.values.length; r++) lastColumn = Math.max(lastColumn, lastFilled(grid.values[r - 1]));
  const headers = isHeader
    ? headerColumns(grid, headerRow, headerRow, lastColumn)
    : Array.from({ length: lastColumn }, (_, i) => ({ column: i + 1, text: '', label: null }));
  if (!isHeader) return { headerRows: null, bodyTop: sectionsTop, lastColumn, headers, foundBy: 'shape', numberColumn: best.col };
  return { headerRows: [headerRow, numbersRow ? headerRow + 1 : headerRow], bodyTop: numbersRow ? bodyTop + 1 : bodyTop, lastColumn, headers, foundBy: 'shape', numberColumn: best.col };
}

/**
 * The tables a sheet may hold, best first, found lazily (SPEC §11, §12): by header labels, else by
 * shape; or the one under the officer's header row. Nothing when the sheet has none.
 *
 * @example
 * const [table] = locateTables(grid); // { headerRows: [4, 6], bodyTop: 7, foundBy: 'labels', … }
 */
export function* locateTables(grid: SheetGrid, options: LocateOptions = {}): Generator<LocatedTable> {
  if (options.headerRow !== undefined) {
    if (!Number.isInteger(options.headerRow) || options.headerRow < 1) throw new RangeError(`locateTables: bad header row ${options.headerRow}`);
    // The officer names the header's last row; a row of column numbers under it is still skipped.
    const located = tableAt(grid, options.headerRow, 'officer');
    const row = options.headerRow;
    // The row above counts when it is the header's first row (its cells merged down over the named row).
    const lastColumn = Math.max(located.lastColumn, lastFilled(grid.values[row]), row >= 2 ? lastFilled(grid.values[row - 2]) : 0);
    const numbers = isColumnNumbersRow(rowSlice(grid, row + 1, lastColumn));
    // An empty cell of the named row is merged down from the row above: its text, and its label ("Thời gian thực hiện" over a two-row header).
    const headers = headerColumns(grid, row, row, lastColumn).map((h) => {
      if (h.text !== '' || row < 2) return h;
      const above = cellAt(grid, row - 1, h.column);
      return { ...h, text: cellText(above), label: typeof above === 'string' && above.length <= 80 ? headerLabelOf(above) : null };
    });
    yield { headerRows: [row, numbers ? row + 1 : row], bodyTop: numbers ? row + 2 : row + 1, lastColumn, headers, foundBy: 'officer', numberColumn: located.numberColumn };
    return;
  }
  let byLabels = false;
  for (const r of headerRowsByLabels(grid)) {
    byLabels = true;
    yield tableAt(grid, r, 'labels');
  }
  if (byLabels) return;
  const byShape = tableByShape(grid);
  if (byShape) yield byShape;
}
