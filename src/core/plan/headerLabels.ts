import type { CellValue } from '../grid';
import { cellText, matchKey } from '../text/normalize';

/** A column of the plan table, as its header names it. */
export type PlanField = 'stt' | 'content' | 'result' | 'lead' | 'support' | 'timing' | 'override';

/** What a header cell names: a field, or "Đơn vị thực hiện" that spans Chủ trì and Phối hợp. */
export type HeaderLabel = PlanField | 'unitGroup';

// Checked in order: the first matching pattern wins ("Kết quả công việc" must not be read as
// content because of "công việc"). Keys are matchKey()s: no case, no diacritics.
const LABELS: [RegExp, HeaderLabel][] = [
  [/^(han|thoi han|ngay) dieu chinh\b/, 'override'],
  [/^(thoi gian|thoi han|tien do|han hoan thanh)\b/, 'timing'],
  [/^(don vi |co quan )?chu tri\b/, 'lead'],
  [/^(don vi |co quan )?phoi hop\b/, 'support'],
  [/^(don vi|co quan) (thuc hien|thuc hien chu tri|phu trach)$/, 'unitGroup'],
  [/^(ket qua|san pham)\b/, 'result'],
  [/^(noi dung|nhiem vu|ten nhiem vu|cong viec)\b/, 'content'],
  [/^(s[. ]?t[. ]?t\.?|t[. ]?t\.?|so tt|so thu tu)$/, 'stt'],
];

/**
 * The field a header cell names, matched loosely (case, diacritics, NFD and trailing
 * punctuation ignored), or null.
 *
 * @example
 * headerLabelOf('Thời hạn hoàn thành') // 'timing'
 * headerLabelOf('Đơn vị thực hiện') // 'unitGroup'
 * headerLabelOf('Ghi chú') // null
 */
export function headerLabelOf(value: CellValue): HeaderLabel | null {
  if (typeof value !== 'string') return null;
  const key = matchKey(value.replace(/\s*\(\d+\)\s*$/, ''));
  if (key === '' || key.length > 60) return null;
  for (const [pattern, label] of LABELS) if (pattern.test(key)) return label;
  return null;
}

/**
 * Whether a row is the "(1) (2) (3) …" column-number row some plans put under the header:
 * at least three cells, each a small number, in or out of parentheses, counting up.
 *
 * @example
 * isColumnNumbersRow(['(1)', '(2)', '(3)', '(4)']) // true
 * isColumnNumbersRow([1, 'Xây dựng …']) // false
 */
export function isColumnNumbersRow(cells: readonly CellValue[]): boolean {
  const numbers: number[] = [];
  for (const cell of cells) {
    const text = cellText(cell);
    if (text === '') continue;
    const m = /^\(?(\d{1,2})\)?\.?$/.exec(text);
    if (!m) return false;
    numbers.push(Number(m[1]));
  }
  return numbers.length >= 3 && numbers.every((n, i) => i === 0 || n > numbers[i - 1]);
}
