import { formatViDate } from '../calendar/isoDate';
import type { ReportPeriod } from '../periods/periods';
import { matchKey } from '../text/normalize';

/**
 * The two quarterly forms of Phụ lục II, Thông tư 01/2020/TT-VPCP, as data (SPEC §7).
 * Writing, reading and checking a form all follow these definitions, so a corrected
 * official template is a change here and nowhere else.
 */
export type FormId = 'II.05a' | 'II.06a';

/** Count columns of II.05a, by column number. */
export type Ii05aCountKey = 'c3' | 'c4' | 'c5' | 'c6' | 'c7' | 'c8' | 'c9' | 'c10' | 'c11' | 'c12' | 'c13';

/** The eleven counts of one II.05a row (or its total). */
export type Ii05aCounts = Record<Ii05aCountKey, number>;

export const II05A_COUNT_KEYS: readonly Ii05aCountKey[] = ['c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11', 'c12', 'c13'];

/**
 * Eleven zero counts, to add a row's or a total's dossiers to.
 *
 * @example
 * zeroIi05aCounts().c13 // 0
 */
export function zeroIi05aCounts(): Ii05aCounts {
  return { c3: 0, c4: 0, c5: 0, c6: 0, c7: 0, c8: 0, c9: 0, c10: 0, c11: 0, c12: 0, c13: 0 };
}

export interface FormColumn {
  /** Column number printed in the "(1) … (n)" row. */
  no: number;
  /** `c1`, `c2`, … */
  key: string;
  /**
   * Header texts from the top header row down. Neighbouring columns that share the same
   * texts up to a level share one merged cell at that level; a column whose list is shorter
   * than the header depth has its last text merged down to the bottom header row.
   */
  header: string[];
  kind: 'stt' | 'text' | 'count';
  /** Excel column width (characters). */
  width: number;
}

/** `sum` must equal the sum of `of` on every row and on the total. */
export interface FormRule {
  sum: string;
  of: string[];
}

export interface SignatureBlock {
  /** Left: who drew the form up. */
  preparer: string;
  preparerNote: string;
  /** Right, above the head's title: "{place}, ngày … tháng … năm …". */
  placeDate: string;
  head: string;
  headNote: string;
}

export interface FormDefinition {
  id: FormId;
  /** As printed top right: "Biểu số II.05a/VPCP/KSTT". */
  code: string;
  /** The bare code, "II.05a/VPCP/KSTT". */
  shortCode: string;
  /** Older numbering of the same form some provinces' software still prints (Thông tư 02/2017/TT-VPCP). */
  legacyCodes: string[];
  /** Title as printed (upper case). */
  title: string;
  /**
   * Recognition: a cell is this form's title when its {@link titleRecognitionKey} contains
   * every one of these phrases (the code alone is not trusted, SPEC §7).
   */
  titleKeys: string[];
  header: {
    unitLabel: string;
    receiverLabel: string;
    periodLabel: string;
    measure: string;
  };
  columns: FormColumn[];
  rules: FormRule[];
  /** Label of the row of column sums ("Tổng cộng"); null when the form has none. */
  totalLabel: string | null;
  signature: SignatureBlock;
}

const SIGNATURE: SignatureBlock = {
  preparer: 'Người lập biểu',
  preparerNote: '(Ký, ghi rõ họ tên)',
  placeDate: '…, ngày … tháng … năm …',
  head: 'Thủ trưởng đơn vị',
  headNote: '(Ký tên, đóng dấu)',
};

const HEADER = {
  unitLabel: 'Đơn vị báo cáo',
  receiverLabel: 'Đơn vị nhận báo cáo',
  periodLabel: 'Kỳ báo cáo',
  measure: 'Đơn vị tính: Số hồ sơ TTHC',
};

const RECEIVED = 'Số hồ sơ nhận giải quyết';
const RESOLVED = 'Số hồ sơ đã giải quyết';
const PENDING = 'Số lượng hồ sơ đang giải quyết';
const OF_WHICH = 'Trong đó';

/**
 * Biểu số II.05a/VPCP/KSTT: results of dossier handling at the unit that handles them. The
 * header follows the best evidence of the TT 01/2020 template as provincial systems print it
 * (SPEC §14): "Trong đó" over (4)–(5) only, (6) "Từ kỳ trước", no row above (7)–(13), total
 * "Tổng số". Still unconfirmed against the circular's own text: correct it here.
 */
export const II05A: FormDefinition = {
  id: 'II.05a',
  code: 'Biểu số II.05a/VPCP/KSTT',
  shortCode: 'II.05a/VPCP/KSTT',
  legacyCodes: ['06a/VPCP/KSTT'],
  title: 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC',
  titleKeys: ['tinh hinh', 'ket qua giai quyet tthc', 'truc tiep giai quyet tthc'],
  header: HEADER,
  columns: [
    { no: 1, key: 'c1', header: ['STT'], kind: 'stt', width: 5 },
    { no: 2, key: 'c2', header: ['Lĩnh vực, công việc giải quyết theo cấp'], kind: 'text', width: 30 },
    { no: 3, key: 'c3', header: [RECEIVED, 'Tổng số'], kind: 'count', width: 9 },
    { no: 4, key: 'c4', header: [RECEIVED, OF_WHICH, 'Trực tuyến'], kind: 'count', width: 11 },
    { no: 5, key: 'c5', header: [RECEIVED, OF_WHICH, 'Trực tiếp, dịch vụ bưu chính'], kind: 'count', width: 12 },
    { no: 6, key: 'c6', header: [RECEIVED, 'Từ kỳ trước'], kind: 'count', width: 10 },
    { no: 7, key: 'c7', header: [RESOLVED, 'Tổng số'], kind: 'count', width: 9 },
    { no: 8, key: 'c8', header: [RESOLVED, 'Trước hạn'], kind: 'count', width: 9 },
    { no: 9, key: 'c9', header: [RESOLVED, 'Đúng hạn'], kind: 'count', width: 9 },
    { no: 10, key: 'c10', header: [RESOLVED, 'Quá hạn'], kind: 'count', width: 9 },
    { no: 11, key: 'c11', header: [PENDING, 'Tổng số'], kind: 'count', width: 9 },
    { no: 12, key: 'c12', header: [PENDING, 'Trong hạn'], kind: 'count', width: 9 },
    { no: 13, key: 'c13', header: [PENDING, 'Quá hạn'], kind: 'count', width: 9 },
  ],
  rules: [
    { sum: 'c3', of: ['c4', 'c5', 'c6'] },
    { sum: 'c7', of: ['c8', 'c9', 'c10'] },
    { sum: 'c11', of: ['c12', 'c13'] },
    { sum: 'c3', of: ['c7', 'c11'] },
  ],
  totalLabel: 'Tổng số',
  signature: SIGNATURE,
};

/** Biểu số II.06a/VPCP/KSTT: reasons of the overdue dossiers still pending. */
export const II06A: FormDefinition = {
  id: 'II.06a',
  code: 'Biểu số II.06a/VPCP/KSTT',
  shortCode: 'II.06a/VPCP/KSTT',
  legacyCodes: ['07a/VPCP/KSTT'],
  title: 'NGUYÊN NHÂN QUÁ HẠN ĐỐI VỚI CÁC TRƯỜNG HỢP TỒN ĐỌNG TRONG GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC',
  titleKeys: ['nguyen nhan qua han', 'ton dong'],
  header: HEADER,
  columns: [
    { no: 1, key: 'c1', header: ['STT'], kind: 'stt', width: 5 },
    { no: 2, key: 'c2', header: ['Lĩnh vực, tên TTHC'], kind: 'text', width: 42 },
    { no: 3, key: 'c3', header: ['Số hồ sơ quá hạn'], kind: 'count', width: 12 },
    { no: 4, key: 'c4', header: ['Nguyên nhân quá hạn'], kind: 'text', width: 46 },
    { no: 5, key: 'c5', header: ['Ghi chú'], kind: 'text', width: 16 },
  ],
  rules: [],
  totalLabel: 'Tổng cộng',
  signature: SIGNATURE,
};

/**
 * The department's consolidated II.06a: the form's columns with the unit that handles the
 * dossiers in a column of its own (5), before "Ghi chú" (6). Written only; units' files are
 * recognised by {@link II06A}.
 */
export const II06A_DEPARTMENT: FormDefinition = {
  ...II06A,
  columns: [
    { no: 1, key: 'c1', header: ['STT'], kind: 'stt', width: 5 },
    { no: 2, key: 'c2', header: ['Lĩnh vực, tên TTHC'], kind: 'text', width: 38 },
    { no: 3, key: 'c3', header: ['Số hồ sơ quá hạn'], kind: 'count', width: 10 },
    { no: 4, key: 'c4', header: ['Nguyên nhân quá hạn'], kind: 'text', width: 38 },
    { no: 5, key: 'c5', header: ['Đơn vị giải quyết'], kind: 'text', width: 22 },
    { no: 6, key: 'c6', header: ['Ghi chú'], kind: 'text', width: 14 },
  ],
};

export const FORM_DEFINITIONS: readonly FormDefinition[] = [II05A, II06A];

/** Text of II.06a's reason column when the register gives none (SPEC §8). */
export const NO_REASON = 'Chưa nêu nguyên nhân';

/**
 * The key a title is recognised by: {@link matchKey}, punctuation dropped, and
 * "thủ tục hành chính" folded to "tthc" (some software spells it out).
 *
 * @example
 * titleRecognitionKey('Tình hình, kết quả giải quyết thủ tục hành chính') // 'tinh hinh ket qua giai quyet tthc'
 */
export function titleRecognitionKey(text: string): string {
  return matchKey(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bthu tuc hanh chinh\b/g, 'tthc')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Which form a title cell belongs to, by its words (whatever its code or numbering), or null.
 *
 * @example
 * recognizeFormTitle('NGUYÊN NHÂN QUÁ HẠN ĐỐI VỚI CÁC TRƯỜNG HỢP TỒN ĐỌNG …')?.id // 'II.06a'
 */
export function recognizeFormTitle(text: string): FormDefinition | null {
  const key = titleRecognitionKey(text);
  if (key.length < 10) return null;
  return FORM_DEFINITIONS.find((def) => def.titleKeys.every((k) => key.includes(k))) ?? null;
}

/**
 * Which form a code cell names ("Biểu số II.05a/VPCP/KSTT", "Biểu số 06a/VPCP/KSTT"), or null.
 * Legacy numbering is ambiguous across years, so callers confirm with the title.
 *
 * @example
 * recognizeFormCode('Biểu số 07a/VPCP/KSTT')?.id // 'II.06a'
 */
export function recognizeFormCode(text: string): FormDefinition | null {
  const key = matchKey(text).replace(/\s+/g, '');
  for (const def of FORM_DEFINITIONS) {
    if (key.includes(def.shortCode.toLowerCase())) return def;
  }
  for (const def of FORM_DEFINITIONS) {
    if (def.legacyCodes.some((c) => new RegExp(`(^|[^.])${c.toLowerCase().replace(/[./]/g, '\\$&')}`).test(key))) return def;
  }
  return null;
}

/**
 * The column-number label of the numbered row under the header.
 *
 * @example
 * columnNumberLabel(13) // '(13)'
 */
export function columnNumberLabel(no: number): string {
  return `(${no})`;
}

/**
 * The "Kỳ báo cáo" line of the header block.
 *
 * @example
 * periodLine(reportPeriod(2024, 'Q1')) // 'Kỳ báo cáo: Quý I/2024 (Từ ngày 15/12/2023 đến ngày 14/03/2024)'
 */
export function periodLine(period: ReportPeriod): string {
  return `${HEADER.periodLabel}: ${period.label} (Từ ngày ${formatViDate(period.from)} đến ngày ${formatViDate(period.to)})`;
}

/**
 * Depth of a form's header (rows the column headings take).
 *
 * @example
 * headerDepth(II05A) // 3
 */
export function headerDepth(def: FormDefinition): number {
  return Math.max(...def.columns.map((c) => c.header.length));
}
