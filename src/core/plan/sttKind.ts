import type { CellValue } from '../grid';
import { cellText } from '../text/normalize';

/** What the STT cell of a row says about the row. */
export type SttKind =
  | { kind: 'section'; code: string; title: string | null }
  | { kind: 'task'; no: number }
  | { kind: 'empty' }
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

/**
 * Reads an STT cell: a Roman section code ("IV", "IV."; the title may share the cell, as in
 * "IV. Rà soát …"), a task number (7, "7", "7."), empty, or something else.
 *
 * @example
 * sttKindOf('7.') // { kind: 'task', no: 7 }
 * sttKindOf('XII.') // { kind: 'section', code: 'XII', title: null }
 * sttKindOf('a)') // { kind: 'other', text: 'a)' }
 */
export function sttKindOf(value: CellValue): SttKind {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value > 0 ? { kind: 'task', no: value } : { kind: 'other', text: String(value) };
  }
  const text = cellText(value).replace(/\s+/g, ' ').trim();
  if (text === '') return { kind: 'empty' };
  const task = /^(\d{1,6})\s*\.?$/.exec(text);
  if (task) return Number(task[1]) > 0 ? { kind: 'task', no: Number(task[1]) } : { kind: 'other', text };
  const section = /^([IVXLC]+)\s*(?:[.:)-]\s*(.*)|\s+(.+))?$/.exec(text);
  if (section && isRomanNumeral(section[1])) {
    const title = (section[2] ?? section[3] ?? '').trim();
    return { kind: 'section', code: section[1], title: title === '' ? null : title };
  }
  return { kind: 'other', text };
}
