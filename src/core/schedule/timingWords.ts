/**
 * Wordings of the "Thời gian thực hiện" column that carry no date of their own (SPEC §2, §11),
 * lower case and without diacritics ("đ" = "d"), as {@link scheduleOf} compares them. A new
 * wording met in a plan is a row here plus a test row.
 */

/** Work done when it arises or is asked for: the `adhoc` flag ("Đột xuất", "Khi có phát sinh"). */
export const ADHOC_WORDS: readonly string[] = [
  'dot xuat', // also the misspelling "Đợt xuất"
  'khi co phat sinh',
  'khi phat sinh',
  'neu co phat sinh',
  'khi co yeu cau',
  'theo yeu cau',
  'theo chi dao',
];

/**
 * Openings that leave a deliverable without a date until the officer sets one; the rest of
 * the phrase is their object ("Theo lộ trình Công văn …", "Sau khi Đề án được phê duyệt").
 */
export const UNDATED_OPENINGS: readonly string[] = ['theo ke hoach', 'theo lo trinh', 'theo tien do', 'sau khi'];

/** Openings of a start with no end: the work goes on from then ("Triển khai từ năm 2026"). */
export const FROM_OPENINGS: readonly string[] = ['tu', 'bat dau tu', 'ke tu'];

/** Words between a range's two ends ("2025 - 2035", "Từ Quý I đến Quý III"). */
export const RANGE_JOINERS: readonly string[] = ['-', '–', '—', 'den', 'toi'];

/** Work without a deadline of its own that goes on all year: `ongoing` ("Thường xuyên", "Liên tục"). */
export const ONGOING_WORDS: readonly string[] = ['thuong xuyen', 'lien tuc', 'hang ngay', 'hang tuan'];
