/**
 * A formula's references after whole rows of a sheet are inserted or deleted, as Excel rewrites
 * them (SPEC §14: a template's own formulas below the rows a fill inserts keep pointing at the
 * same cells). Pure text work: string literals are left alone; references to other sheets only
 * move when they name the changed sheet.
 */

/** Rows inserted at `at` (what stood there moves down), or rows `at` … `at + count - 1` deleted. */
export interface RowShift {
  kind: 'insert' | 'delete';
  at: number;
  count: number;
}

// A reference, optionally sheet-qualified: 'Biểu 05a'!$C$12:$C$20, Sheet1!A1, C12, $5:$7.
// The sheet part: a quoted name ('' is a quote inside) or a plain name; then a cell or a whole-row range.
const SHEET = String.raw`(?:'((?:[^']|'')+)'|([\p{L}_][\p{L}\p{N}_.]*))!`;
const CELL = String.raw`\$?[A-Z]{1,3}\$?\d{1,7}`;
const ROWS = String.raw`\$?\d{1,7}:\$?\d{1,7}`;
const REFERENCE = new RegExp(String.raw`"(?:[^"]|"")*"|(?<![\p{L}\p{N}_.$])(?:${SHEET})?(${CELL}(?::${CELL})?|${ROWS})(?![\p{L}\p{N}_(!])`, 'gu');

const sameSheet = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * A row number after the shift; null when the row was deleted.
 *
 * @example
 * movedRow(12, { kind: 'insert', at: 10, count: 3 }) // 15
 */
export function movedRow(row: number, shift: RowShift): number | null {
  if (shift.kind === 'insert') return row >= shift.at ? row + shift.count : row;
  if (row < shift.at) return row;
  return row >= shift.at + shift.count ? row - shift.count : null;
}

/**
 * A range's rows after the shift, as Excel keeps what is left of it (grown by rows inserted
 * inside, shrunk by rows deleted); null when all its rows went.
 *
 * @example
 * movedSpan(8, 12, { kind: 'delete', at: 10, count: 2 }) // [8, 10]
 */
export function movedSpan(top: number, bottom: number, shift: RowShift): [number, number] | null {
  if (shift.kind === 'insert') return [movedRow(top, shift) as number, movedRow(bottom, shift) as number];
  const end = shift.at + shift.count - 1;
  if (bottom < shift.at) return [top, bottom];
  if (top > end) return [top - shift.count, bottom - shift.count];
  const newTop = top < shift.at ? top : shift.at;
  const newBottom = bottom > end ? bottom - shift.count : shift.at - 1;
  return newBottom < newTop ? null : [newTop, newBottom];
}

const ROW_OF = /^(\$?[A-Z]*\$?)(\d+)$/;

/**
 * The formula with its references to `sheet` moved for the row shift; `formulaSheet` is the
 * sheet the formula stands on (its unqualified references are to that sheet). A reference whose
 * rows were all deleted becomes #REF!, as in Excel.
 *
 * @example
 * movedFormula('SUM(C8:C12)/C14', { sheet: 'Biểu', formulaSheet: 'Biểu', shift: { kind: 'insert', at: 10, count: 3 } }) // 'SUM(C8:C15)/C17'
 * movedFormula('"C12 "&C12', { sheet: 'Biểu', formulaSheet: 'Biểu', shift: { kind: 'insert', at: 1, count: 1 } }) // '"C12 "&C13'
 */
export function movedFormula(formula: string, options: { sheet: string; formulaSheet: string; shift: RowShift }): string {
  const { sheet, formulaSheet, shift } = options;
  if (!Number.isInteger(shift.at) || shift.at < 1 || !Number.isInteger(shift.count) || shift.count < 0) throw new RangeError(`movedFormula: bad shift ${JSON.stringify(shift)}`);
  if (shift.count === 0) return formula;
  return formula.replace(REFERENCE, (whole: string, quoted?: string, plain?: string, ref?: string) => {
    if (ref === undefined) return whole; // a string literal
    const named = quoted !== undefined ? quoted.replace(/''/g, "'") : plain;
    if (!sameSheet(named ?? formulaSheet, sheet)) return whole;
    const prefix = whole.slice(0, whole.length - ref.length);
    const ends = ref.split(':');
    const parts = ends.map((e) => ROW_OF.exec(e) as RegExpExecArray);
    const rows = parts.map((p) => Number(p[2]));
    const moved = rows.length === 2 ? movedSpan(Math.min(rows[0], rows[1]), Math.max(rows[0], rows[1]), shift) : ((r) => (r === null ? null : [r]))(movedRow(rows[0], shift));
    if (moved === null) return `${prefix}#REF!`;
    const ordered = rows.length === 2 && rows[0] > rows[1] ? [moved[1], moved[0]] : moved;
    return prefix + parts.map((p, i) => `${p[1]}${ordered[i]}`).join(':');
  });
}
