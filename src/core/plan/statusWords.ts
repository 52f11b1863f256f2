import { matchKey } from '../text/normalize';

/**
 * Words a plan's status column ("Tiến độ", "Trạng thái", "Tình trạng", "Mức độ hoàn thành" …) holds,
 * and what each says (SPEC §12 "Completion written in the plan"). Keys: lower case, no diacritics
 * (đ = d). A cell is read by its longest word at its start ("Đã hoàn thành (Báo cáo số 12/BC-…)");
 * an officer's new word is a row here plus a test row.
 */
export const PLAN_STATUS_WORDS: readonly { words: readonly string[]; done: boolean; late?: boolean }[] = [
  { words: ['da hoan thanh', 'hoan thanh', 'hoan thanh dung han', 'hoan thanh truoc han', 'da xong', 'xong', 'x', '✓', '✔', '☑', 'da xu ly', 'da xu ly xong', 'da giai quyet', 'dat'], done: true },
  {
    words: ['hoan thanh qua han', 'da hoan thanh qua han', 'hoan thanh tre han', 'da hoan thanh tre han', 'hoan thanh cham', 'hoan thanh muon', 'hoan thanh sau han', 'da xu ly qua han'],
    done: true,
    late: true,
  },
  {
    words: [
      'dang thuc hien', 'chua thuc hien', 'qua han', 'chua hoan thanh', 'dang trien khai', 'chua trien khai', 'tre han', 'cham tien do',
      'dung tien do', 'dang lam', 'chua lam', 'chua', 'khong', 'khong hoan thanh', 'tam dung', 'tam hoan', 'dang xu ly', 'chua xu ly',
      // Task-tracking systems' words ("Hệ thống theo dõi nhiệm vụ").
      'trong han', 'chua den han', 'moi giao', 'da giao', 'chua bat dau', 'dang giai quyet', 'chua dat', 'dung', 'cham', 'khong thuc hien',
    ],
    done: false,
  },
];

/** The words, longest first, so "hoàn thành quá hạn" is tried before "hoàn thành". */
const WORDS: readonly { key: string; done: boolean; late: boolean }[] = PLAN_STATUS_WORDS.flatMap((row) => row.words.map((key) => ({ key, done: row.done, late: row.late === true }))).sort(
  (a, b) => b.key.length - a.key.length,
);

/**
 * The status word a cell opens with (its key ends at a word boundary), with what it means; null
 * when the cell opens with no known word. The one table both the reader (is this a status
 * column?) and the status core (is this work done?) use.
 *
 * @example
 * statusWordOf('Hoàn thành quá hạn (Báo cáo 12/BC)') // { done: true, late: true }
 * statusWordOf('Đã trình UBND tỉnh') // null
 */
export function statusWordOf(text: string): { done: boolean; late: boolean } | null {
  const key = matchKey(text);
  const word = WORDS.find((w) => key === w.key || (key.startsWith(w.key) && !/[a-z0-9]/.test(key.charAt(w.key.length))));
  return word ? { done: word.done, late: word.late } : null;
}
