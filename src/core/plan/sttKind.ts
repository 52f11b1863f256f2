import type { CellValue } from '../grid';
import { cellText } from '../text/normalize';

/**
 * What the STT cell of a row says about the row: a heading (a Roman section "IV", a capital
 * letter top section "B", a nested heading "III.1"), a task number ("7", "7.", "1.1",
 * "5.1.2"), empty, or something else.
 */
export type SttKind =
  | { kind: 'section'; code: string; level: 'letter' | 'section'; title: string | null }
  | { kind: 'task'; no: number; label: string }
  | { kind: 'empty' }
  /** "a)", "b.", "-": a row of the task above, marked in the STT column. */
  | { kind: 'item'; text: string }
  | { kind: 'other'; text: string };

const ROMAN = /^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/**
 * Whether a text is an upper-case Roman numeral (I … CCCXCIX).
 *
 * @example
 * isRomanNumeral('XII') // true
 * isRomanNumeral('IIII') // false
 */
export function isRomanNumeral(text: string): boolean {
  return text !== '' && ROMAN.test(text);
}

// A heading code, then its title after a dot, colon, bracket, dash or space.
const HEADING = /^([IVXLC]+(?:\.\d{1,3})*|[A-Z])\s*(?:[.:)-]\s*(.*)|\s+(.+))?$/;
// "7", "7.", "7)", "(7)", "1.1", "5.1.2."
const NUMBER = /^\(?(\d{1,6}(?:\.\d{1,3})*)\s*[.)]?$/;
// "a)", "b.", "-", "+": a mark of a further deliverable of the task above, not a task number.
const ITEM_MARK = /^(?:[a-zđ][).]?|[-+•*])$/;
// Letters that are Roman numerals in a plan's STT column (L, C as sections are not met; A, B, C … are).
const ROMAN_LETTERS = new Set(['I', 'V', 'X']);

/**
 * Reads an STT cell (SPEC §1, §11). A Roman section code ("IV", "IV."; the title may share
 * the cell, as in "IV. Rà soát …"), a capital-letter top section ("B.", "A. NHIỆM VỤ CHUNG"),
 * a nested heading ("III.1"), a task number (7, "7", "7.", "7)", "1.1", "5.1.2"; its `no` is the
 * last part), an item mark ("a)", "-"), empty, or something else.
 *
 * @example
 * sttKindOf('7.') // { kind: 'task', no: 7, label: '7' }
 * sttKindOf('5.1.2') // { kind: 'task', no: 2, label: '5.1.2' }
 * sttKindOf('XII.') // { kind: 'section', code: 'XII', level: 'section', title: null }
 * sttKindOf('B') // { kind: 'section', code: 'B', level: 'letter', title: null }
 * sttKindOf('a)') // { kind: 'item', text: 'a)' }
 * sttKindOf('Ghi chú') // { kind: 'other', text: 'Ghi chú' }
 */
export function sttKindOf(value: CellValue): SttKind {
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return value > 0 ? { kind: 'task', no: value, label: String(value) } : { kind: 'other', text: String(value) };
    // "1.1" pasted from Word becomes the number 1.1.
    if (value > 0 && value < 1000) return numberKind(String(value)) ?? { kind: 'other', text: String(value) };
    return { kind: 'other', text: String(value) };
  }
  const text = cellText(value).replace(/\s+/g, ' ').trim();
  if (text === '') return { kind: 'empty' };
  const task = numberKind(text);
  if (task) return task;
  if (ITEM_MARK.test(text)) return { kind: 'item', text };
  const heading = HEADING.exec(text);
  if (heading) {
    const code = heading[1];
    const roman = code.split('.')[0];
    const letter = code.length === 1 && !ROMAN_LETTERS.has(code);
    if (letter || isRomanNumeral(roman)) {
      const title = (heading[2] ?? heading[3] ?? '').trim();
      return { kind: 'section', code, level: letter ? 'letter' : 'section', title: title === '' ? null : title };
    }
  }
  return { kind: 'other', text };
}

function numberKind(text: string): SttKind | null {
  const m = NUMBER.exec(text);
  if (!m) return null;
  const parts = m[1].split('.').map(Number);
  const no = parts[parts.length - 1];
  if (parts.some((p) => p === 0) || no <= 0) return null;
  return { kind: 'task', no, label: parts.join('.') };
}

// A task system's code: letters, digits and . _ / - with at least one digit, no spaces ("NV-001", "KH.2026/12").
const TASK_CODE = /^(?=[^\s]*\d)[\p{L}\d][\p{L}\d._/-]{1,29}$/u;

/**
 * Whether a cell is a task code of a task system's export ("NV-001", "2026-KSTTHC-07"): what
 * stands in the number column of a table without STT (SPEC §12). A date or a plain number is not.
 *
 * @example
 * isTaskCode('NV-001') // true
 * isTaskCode('15/03/2026') // false
 */
export function isTaskCode(value: CellValue): boolean {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return TASK_CODE.test(text) && !/^\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?$/.test(text) && !/^\d+$/.test(text);
}

/**
 * A cell of a number column that holds task codes: a code is the `position`-th task, labelled by
 * the code; other text (a signature line under the table) is no task; an empty cell is empty.
 *
 * @example
 * codeKindOf('NV-001', 1) // { kind: 'task', no: 1, label: 'NV-001' }
 * codeKindOf('Người lập biểu', 4) // { kind: 'other', text: 'Người lập biểu' }
 */
export function codeKindOf(value: CellValue, position: number): SttKind {
  const text = cellText(value).replace(/\s+/g, ' ').trim();
  if (text === '') return { kind: 'empty' };
  return isTaskCode(text) ? { kind: 'task', no: position, label: text } : { kind: 'other', text };
}
