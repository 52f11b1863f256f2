import { EXCEL_MAX_COLUMN, type CellValue, type SheetGrid } from '../grid';
import { cellText, matchKey } from '../text/normalize';
import { REGISTER_FIELDS, type RegisterField } from './model';
import { readRegisterDate, type RegisterDate } from './registerDates';

/** 0-based column of each register field, -1 when the register has none. */
export type RegisterColumnIndex = Record<RegisterField, number>;

/**
 * The 0-based columns of the fields placed (1-based), -1 for the others.
 *
 * @example
 * registerColumnIndex({ received: 6 }).received // 5
 */
export function registerColumnIndex(columns: Partial<Record<RegisterField, number>>): RegisterColumnIndex {
  return Object.fromEntries(REGISTER_FIELDS.map((f) => [f, columns[f] === undefined ? -1 : (columns[f] as number) - 1])) as RegisterColumnIndex;
}

/** A register row that may be a dossier: not a heading, a column-number row, a title or a footer. */
export interface RegisterLine {
  /** 1-based sheet row. */
  row: number;
  cells: readonly CellValue[];
  received: RegisterDate;
  code: string;
  /** Its lĩnh vực: the cell (or the merge over it), else the group heading above. */
  field: string;
  procedure: string;
}

const NUMBERED_CELL = /^\(?\d{1,2}\)?$/;
// "I. ", "2) " before a group heading; "Lĩnh vực:" in front of its name.
const ROMAN_PREFIX = /^\s*(?:[IVXLC]+|\d{1,2})\s*[.)/-]\s*/i;
const LINH_VUC = /^\s*l[ĩi]nh\s+v[ựu]c\s*[:\-–]?\s*/iu;
const FOOTER = /^(?:tong cong|tong so|cong|nguoi lap|thu truong|ghi chu)\b/;
// Cells of a row keyed as one number (row * COLS + column): no row has more cells than Excel's columns.
const COLS = EXCEL_MAX_COLUMN;

function isEmpty(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/**
 * Walks a register's body below its header row and hands each row that may be a dossier to
 * `visit`, in sheet order: group heading rows ("Lĩnh vực Trồng trọt", "I. Thủy sản", a name
 * merged across the table) give the lĩnh vực of the rows under them; lĩnh vực or TTHC merged
 * down over their dossiers give every row of the merge the value; column-number rows, blank
 * rows, totals and signature lines are skipped. Without a header row (columns given by the
 * officer), rows before the first dated one are titles.
 *
 * @example
 * readRegisterLines(grid, 4, registerColumnIndex(columns), cellTextMemo(), (line) => rows.push(line)) // { groups: 2 }
 */
export function readRegisterLines(
  grid: SheetGrid,
  headerRow: number | null,
  cols: RegisterColumnIndex,
  textOf: (v: CellValue) => string,
  visit: (line: RegisterLine) => void,
): { groups: number } {
  const used = Object.values(cols).filter((c) => c >= 0);
  const firstRow = (headerRow ?? 0) + 1;
  const at = (line: readonly CellValue[], c: number): CellValue => (c < 0 ? null : (line[c] ?? null));
  const mergedDown = new Map<number, CellValue>();
  const wideMasters = new Set<number>();
  const width = 1 + Math.max(...used);
  for (const m of grid.merges) {
    if (m.top < firstRow) continue;
    if (m.right - m.left >= 2) wideMasters.add(m.top * COLS + m.left);
    for (const c of [cols.field, cols.procedure]) {
      if (c < 0 || m.left > c + 1 || m.right < c + 1 || m.bottom === m.top) continue;
      const master = grid.values[m.top - 1]?.[m.left - 1] ?? null;
      for (let r = m.top + 1; r <= m.bottom; r++) mergedDown.set(r * COLS + c, master);
    }
  }
  const cellOf = (line: readonly CellValue[], r: number, c: number): CellValue => {
    const v = at(line, c);
    return v === null && c >= 0 ? (mergedDown.get(r * COLS + c) ?? null) : v;
  };
  const headingOf = (line: readonly CellValue[], r: number): string | null => {
    let found = -1;
    for (let c = 0; c < Math.max(line.length, width); c++) {
      const v = line[c];
      if (isEmpty(v)) continue;
      if (found >= 0 || typeof v !== 'string') return null;
      found = c;
    }
    if (found < 0 || found === cols.code || found === cols.received || found === cols.due || found === cols.resolved) return null;
    const text = cellText(line[found]);
    const named = LINH_VUC.test(text) || ROMAN_PREFIX.test(text) || wideMasters.has(r * COLS + found + 1);
    if (!named || !/\p{L}/u.test(text)) return null;
    const name = text.replace(ROMAN_PREFIX, '').replace(LINH_VUC, '').trim();
    return name === '' || FOOTER.test(matchKey(name)) ? null : name;
  };

  let group = '';
  let groups = 0;
  let started = headerRow !== null;
  for (let r = firstRow; r <= grid.values.length; r++) {
    const line = grid.values[r - 1] ?? [];
    let filled = 0;
    let numbered = true;
    for (const c of used) {
      const v = line[c];
      if (isEmpty(v)) continue;
      filled++;
      if (numbered && !(typeof v === 'string' ? NUMBERED_CELL.test(v.trim()) : typeof v === 'number' && v >= 0 && v < 100 && Number.isInteger(v))) {
        numbered = false;
      }
    }
    const received = readRegisterDate(at(line, cols.received));
    if (filled <= 1 && received.kind !== 'day') {
      const heading = headingOf(line, r);
      if (heading !== null) {
        group = heading;
        groups++;
        continue;
      }
    }
    if (filled === 0 || numbered) continue;

    const code = textOf(at(line, cols.code));
    const field = textOf(cellOf(line, r, cols.field)) || group;
    if (received.kind !== 'day') {
      const lead = matchKey(code || field || cellText(line.find((v) => typeof v === 'string' && v.trim() !== '') ?? null));
      if (!started || FOOTER.test(lead)) continue;
    }
    started = true;
    visit({ row: r, cells: line, received, code, field, procedure: textOf(cellOf(line, r, cols.procedure)) });
  }
  return { groups };
}
