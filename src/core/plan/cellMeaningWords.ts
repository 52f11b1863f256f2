/**
 * Word lists the plan reader weighs columns by (SPEC §12): data, so a new title or status wording
 * met in a plan is one more entry here and one more test row.
 */

/**
 * Openings of a cell that names a person or a post, lower case WITH diacritics (so "chị" is a
 * person and "chi cục" a unit): honorifics, then titles of officials, longest first where one
 * opens another.
 */
export const PERSON_OPENINGS: readonly string[] = [
  'ông', 'bà', 'anh', 'chị', 'đồng chí', 'đ/c', 'đ.c',
  'phó chánh văn phòng', 'chánh văn phòng', 'phó chánh thanh tra', 'chánh thanh tra',
  'phó giám đốc', 'giám đốc', 'phó tổng giám đốc', 'tổng giám đốc',
  'phó trưởng phòng', 'trưởng phòng', 'phó chi cục trưởng', 'chi cục trưởng', 'phó trưởng ban', 'trưởng ban',
  'phó chủ tịch', 'chủ tịch', 'phó bí thư', 'bí thư', 'thứ trưởng', 'bộ trưởng', 'phó cục trưởng', 'cục trưởng',
  'phó vụ trưởng', 'vụ trưởng', 'phó hiệu trưởng', 'hiệu trưởng', 'phó viện trưởng', 'viện trưởng',
  'chuyên viên', 'cán bộ', 'công chức', 'viên chức', 'lãnh đạo', 'lđvp', 'lđ sở', 'lđs', 'kế toán', 'văn thư',
  'ths', 'ths.', 'ts', 'ts.', 'pgs', 'pgs.ts', 'ks', 'ks.', 'cn', 'cn.',
];

/** Common Vietnamese surnames, as written (a bare "Nguyễn Văn A" in a column of people). */
export const SURNAMES: ReadonlySet<string> = new Set([
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Đinh', 'Đào', 'Trương', 'Lâm', 'Mai', 'Tạ', 'Cao', 'Lương', 'Hà', 'Thái', 'Châu', 'Tô', 'Trịnh', 'Đoàn', 'Kiều', 'Lưu',
  'Quách', 'Tăng', 'Nông', 'Triệu', 'Phùng', 'Thân', 'Chu', 'Mạc', 'Khúc', 'Vương', 'Doãn',
]);
