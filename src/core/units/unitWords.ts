/**
 * Words that open a unit's name (SPEC §11), as written (capitalised), longest first where one
 * opens another. A list piece that starts with one of them (capitalised) names a new unit, so
 * "Sở Văn hóa, Thể thao và Du lịch" stays one while "Sở Tài chính, Sở Nội vụ" is two. A new
 * kind of agency met in a plan is a row here plus a test row.
 */
export const UNIT_HEAD_WORDS: readonly string[] = [
  'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'UBND', 'Ủy ban', 'Uỷ ban',
  'Sở', 'Ban', 'Bộ', 'Cục', 'Tổng cục', 'Vụ', 'Văn phòng', 'Thanh tra', 'Phòng', 'Chi cục', 'Trung tâm',
  'Công an', 'Cảnh sát', 'Bộ Chỉ huy', 'Bộ đội', 'Kho bạc', 'Ngân hàng', 'Bảo hiểm', 'Cục Thuế', 'Thuế', 'Hải quan',
  'Đài', 'Báo', 'Viện', 'Học viện', 'Trường', 'Đại học', 'Bệnh viện', 'Tòa án', 'Toà án', 'Viện kiểm sát', 'Kiểm toán',
  'Hội', 'Hiệp hội', 'Liên hiệp', 'Liên đoàn', 'Mặt trận', 'Tỉnh đoàn', 'Thành đoàn', 'Đoàn', 'Hội đồng', 'Đảng ủy', 'Đảng uỷ',
  'Doanh nghiệp', 'Tập đoàn', 'Tổng công ty', 'Công ty', 'Hợp tác xã', 'Bưu điện', 'Viễn thông', 'Chi nhánh',
  // Abbreviations written as the head of a name ("VP UBND tỉnh", "BQL Khu kinh tế", "BHXH tỉnh").
  'VP', 'BQL', 'BHXH', 'KBNN', 'MTTQ', 'HĐND', 'TAND', 'VKSND', 'NHNN',
];

/**
 * Words that, after "các" (any case), open a group of units: "các sở, ban, ngành", "các địa
 * phương", "các doanh nghiệp viễn thông". Lower case, without diacritics.
 */
export const GROUP_HEAD_WORDS: readonly string[] = [
  'so', 'ban', 'nganh', 'bo', 'cuc', 'vu', 'chi cuc', 'phong', 'trung tam', 'co quan', 'don vi', 'dia phuong', 'tinh', 'thanh pho',
  'huyen', 'xa', 'phuong', 'dac khu', 'doanh nghiep', 'to chuc', 'hoi', 'hiep hoi', 'truong', 'vien', 'ngan hang', 'tap doan',
  'cong ty', 'hop tac xa', 'nha mang', 'nha cung cap', 'nha dau tu', 'ubnd', 'uy ban', 'tong cong ty', 'benh vien', 'ca nhan',
  'co so', 'chi nhanh', 'dai', 'bao', 'co quan bao chi', 'hoc vien', 'dai hoc', 'hat', 'tram', 'doi',
];

/** Openings of a group phrase (lower case, no diacritics): "Các …", "Tất cả các …". */
// Not "mọi": without diacritics it is "Môi" ("Nông nghiệp và Môi trường").
export const GROUP_OPENINGS: readonly string[] = ['cac', 'tat ca cac', 'tat ca', 'toan bo', 'mot so'];

/**
 * Words after a unit's name that say what it does there, not who it is ("Văn phòng Sở theo
 * dõi, tổng hợp", "Các địa phương chủ trì"): the name ends before them. Lower case, no diacritics.
 */
export const ROLE_WORDS: readonly string[] = [
  'theo doi', 'tong hop', 'kiem soat', 'huong dan', 'don doc', 'thuc hien', 'phoi hop', 'chu tri', 'kiem tra', 'tham muu',
  'trien khai', 'bao cao', 'giam sat', 'to chuc', 'cap nhat', 'cung cap', 'xay dung', 'trinh', 'chiu trach nhiem',
];

/**
 * Lower-case words inside unit names that hold a role word but say who a unit is, not what it
 * does ("Ban Quản lý dự án đầu tư xây dựng tỉnh", "Ban Quản lý các công trình giao thông"): the
 * name is never cut there. Lower case, no diacritics.
 */
export const ROLE_WORD_COMPOUNDS: readonly string[] = [
  'dau tu xay dung', 'xay dung co ban', 'xay dung cong trinh', 'cong trinh', 'chuong trinh', 'quy trinh', 'lo trinh', 'tien trinh',
];

/**
 * What may follow a unit's full name in a cell and still name that unit (SPEC §12 "Units": a name
 * matches only as a whole name): the province it belongs to ("Chi cục Kiểm lâm tỉnh Quảng Ngãi"),
 * "thuộc Sở", and, after a name ending in "Sở", the Sở's own name ("Văn phòng Sở Nông nghiệp và
 * Môi trường", "Văn phòng Sở NN&MT"). Anything else makes a different unit ("Văn phòng Đăng ký đất
 * đai" is not "Văn phòng Sở"). Keys: lower case, no diacritics, punctuation a space. The short
 * forms "Văn phòng", "Thanh tra" and short names take no qualifier ("Thanh tra tỉnh" is not
 * "Thanh tra Sở").
 */
export const UNIT_NAME_QUALIFIERS: readonly { after: RegExp; tail: RegExp }[] = [
  { after: /./, tail: /^(?:tinh|thanh pho|tp)(?: [a-z]+){0,4}$/ },
  { after: /./, tail: /^(?:truc thuoc|thuoc|cua) so(?: [a-z]+)*$/ },
  { after: /(?:^| )so$/, tail: /^(?:nong nghiep|nn)(?: [a-z]+)*$/ },
];
