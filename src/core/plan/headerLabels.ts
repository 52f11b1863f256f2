import type { CellValue } from '../grid';
import { cellText, matchKey } from '../text/normalize';

/** A column of the plan table, as its header names it. */
export type PlanField = 'stt' | 'content' | 'result' | 'lead' | 'support' | 'timing' | 'override';

/**
 * What a header cell names: a field; "Đơn vị thực hiện" (`unitGroup`), which spans Chủ trì and
 * Phối hợp in a two-row header and is the lead column otherwise (SPEC §11); or "Tiến độ"
 * (`progress`), the timing only where no "Thời gian"/"Thời hạn" column exists; or "Thời gian bắt
 * đầu" (`timingStart`), an extra column beside a deadline column and the timing only without one.
 */
export type HeaderLabel = PlanField | 'unitGroup' | 'progress' | 'timingStart' | CompletionLabel;

/**
 * Labels of the plan's own record of the work (SPEC §12): a status column ("Trạng thái", "Tỷ lệ
 * hoàn thành (%)"); "Ngày hoàn thành" / "Hạn hoàn thành" (`doneDate`: the deadline when the table
 * has no other timing column, else the day the work was done); a date column that is never the
 * deadline (`timingDecoy`: "Hạn xử lý gốc", "Ngày giao", "Ngày thực hiện").
 */
export type CompletionLabel = 'status' | 'doneDate' | 'timingDecoy';

// Header synonyms as data (SPEC §1, §11): an official's new wording is one more row here and
// one more test row. Checked in order, most specific role first: the first matching pattern
// wins ("Kết quả công việc" must not be read as content because of "công việc"; "Thời gian bắt
// đầu" is the start, not the deadline). Keys are matchKey()s: no case, no diacritics, "đ" as "d".
// The first rows are anchored at the start of the label; the last ones ("… kết quả", "Quy mô,
// mục tiêu, kết quả") accept a role word later in the label. "Văn bản giao nhiệm vụ", "Nguồn
// kinh phí", "Người đứng đầu chịu trách nhiệm", "Ghi chú" are never taken for a field.
const UNIT_HEAD = '(?:(?:don vi|co quan|bo phan|ca nhan|nguoi)(?:\\s*[/,]\\s*(?:don vi|co quan|bo phan|ca nhan|nguoi))? )?';
const LABELS: [RegExp, HeaderLabel][] = [
  [/^(han|thoi han|ngay) dieu chinh\b/, 'override'],
  // SPEC §12: what the plan says was done, and dates that are never the deadline.
  [/^(trang thai|tinh trang)( (nhiem vu|thuc hien|xu ly|cong viec|hoan thanh))?$/, 'status'],
  [/^(muc do|ty le|ti le) hoan thanh\b/, 'status'],
  [/^(ngay|han|thoi gian|thoi diem) hoan thanh thuc te$/, 'doneDate'],
  [/^(ngay|han) hoan thanh$/, 'doneDate'],
  [/^(han|thoi han|han xu ly|thoi han xu ly) (ban dau|goc)$/, 'timingDecoy'],
  [/^(han xu ly goc|ngay giao( viec| nhiem vu)?|ngay nhan( nhiem vu)?|ngay thuc hien|ngay ban hanh|ngay van ban)$/, 'timingDecoy'],
  [/^(du kien )?(thoi gian|thoi han|thoi diem|ngay) bat dau\b/, 'timingStart'],
  [/^(du kien )?(thoi gian|thoi han|thoi diem|han hoan thanh|han chot|moc thoi gian|lo trinh)\b/, 'timing'],
  // Task-tracking systems' deadline column ("Hệ thống theo dõi nhiệm vụ"); "Hạn xử lý gốc" is a decoy above.
  [/^han (xu ly|thuc hien|giai quyet)$/, 'timing'],
  // Under a merged "Thời gian": "Bắt đầu | Kết thúc" (the end is the deadline).
  [/^(bat dau|tu ngay)$/, 'timingStart'],
  [/^(ket thuc|hoan thanh|den ngay|ngay ket thuc)$/, 'timing'],
  [/^tien do\b/, 'progress'],
  [new RegExp(`^${UNIT_HEAD}(duoc giao )?chu tri\\b`), 'lead'],
  [new RegExp(`^${UNIT_HEAD}phoi hop\\b`), 'support'],
  [new RegExp(`^${UNIT_HEAD}(duoc giao )?(thuc hien|thuc hien chu tri|phu trach)$`), 'unitGroup'],
  [/^trach nhiem thuc hien$/, 'unitGroup'],
  [/^(co quan|don vi)( \/ ?(co quan|don vi))? duoc giao( nhiem vu| xu ly)?$/, 'lead'],
  // Task-tracking systems: "Đơn vị xử lý chính", "Cơ quan chủ trì xử lý" (a person's "Người xử lý" is not a unit column).
  [/^(co quan|don vi|bo phan) (chu tri )?xu ly( chinh)?$/, 'lead'],
  // "Đơn vị thực hiện chính"; "Cơ quan (chủ trì) tham mưu": the unit that drafts and leads the work.
  [/^(co quan|don vi|bo phan) thuc hien chinh$/, 'lead'],
  [/^(co quan|don vi|bo phan) (chu tri )?tham muu( thuc hien)?$/, 'lead'],
  [/^(phan cong( thuc hien| chu tri)?|(co quan|don vi|bo phan) chiu trach nhiem( thuc hien| chinh)?|((co quan|don vi) )?dau moi( thuc hien)?)$/, 'lead'],
  [/^nam (thuc hien|hoan thanh)$/, 'timing'],
  [/^(ket qua|san pham|hinh thuc van ban|hinh thuc san pham|du kien (ket qua|san pham))\b/, 'result'],
  [/^((ten|cac|danh muc) )?(noi dung|nhiem vu|ten nhiem vu|cong viec|hoat dong|ten de an|ten du an|giai phap)\b/, 'content'],
  [/^ten (chuong trinh|van ban|du thao)\b/, 'content'],
  [/^(s[. ]?t[. ]?t\.?|t[. ]?t\.?|so tt|so thu tu)$/, 'stt'],
  // A role word later in the label: "Quy mô, mục tiêu, kết quả", "Văn bản/sản phẩm" (never a unit word: a split
  // data row "… được giao chủ trì." under a repeated header is not a header).
  [/(^|[\s/,])(ket qua|san pham)( (dau ra|du kien|dat duoc))?$/, 'result'],
  [/(^|[\s/,])(thoi gian|thoi han) hoan thanh$/, 'timing'],
];

// "(1)" column numbers and footnote marks ("Cơ quan chủ trì[1]", "Thời hạn*", "Kết quả 2/") are not part of a label.
const LABEL_NOISE = /(?:\s*(?:\(\d+\)|\[\d+\]|\*+|\d+\/))+\s*$/;

/**
 * The field a header cell names, matched loosely (case, diacritics, NFD, line breaks,
 * trailing punctuation, "(1)" and footnote marks ignored), or null.
 *
 * @example
 * headerLabelOf('Thời hạn hoàn thành') // 'timing'
 * headerLabelOf('Đơn vị thực hiện') // 'unitGroup'
 * headerLabelOf('Cơ quan chủ trì[1]') // 'lead'
 * headerLabelOf('Nguồn kinh phí') // null
 */
export function headerLabelOf(value: CellValue): HeaderLabel | null {
  if (typeof value !== 'string') return null;
  const key = matchKey(value.replace(LABEL_NOISE, ''));
  if (key === '' || key.length > 60) return null;
  for (const [pattern, label] of LABELS) if (pattern.test(key)) return label;
  return null;
}

/**
 * Whether a row is the column-number row some plans put under the header: at least three
 * cells, each a small number ("(1)", "1", "1.") or a single capital letter ("A", "(B)"),
 * counting up.
 *
 * @example
 * isColumnNumbersRow(['(1)', '(2)', '(3)', '(4)']) // true
 * isColumnNumbersRow(['A', 'B', 'C', 'D']) // true
 * isColumnNumbersRow([1, 'Xây dựng …']) // false
 */
export function isColumnNumbersRow(cells: readonly CellValue[]): boolean {
  const numbers: number[] = [];
  for (const cell of cells) {
    const text = cellText(cell);
    if (text === '') continue;
    const m = /^\(?(?:(\d{1,2})|([A-Z]))\)?\.?$/.exec(text);
    if (!m) return false;
    numbers.push(m[1] !== undefined ? Number(m[1]) : m[2].charCodeAt(0) - 64);
  }
  return numbers.length >= 3 && numbers.every((n, i) => i === 0 || n > numbers[i - 1]);
}
