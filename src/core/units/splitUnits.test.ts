import sources from '../../../test/fixtures/real-plans/timings-units.json';
import { isGroupPhrase, namedUnits, splitUnitNames } from './splitUnits';

const rows = Object.entries(sources.sources).flatMap(([name, s]) =>
  Object.entries(s.units as Record<string, (string | string[])[]>)
    .filter(([cell]) => !(cell in (s.unitNotes as Record<string, string>)))
    .map(([cell, want]) => [name, cell, want] as const),
);

/** The key's entry may list accepted names of one unit (an abbreviation, a reading with "chủ trì"). */
function matches(got: string[], want: readonly (string | string[])[]): boolean {
  const pool = [...got];
  for (const w of want) {
    const alts = Array.isArray(w) ? w : [w];
    const i = pool.findIndex((g) => alts.includes(g));
    if (i < 0) return false;
    pool.splice(i, 1);
  }
  return pool.length === 0;
}

describe('splitUnitNames: every lead and support cell of the real plans (hand-written keys)', () => {
  test.each(rows)('%s: %j', (_name, cell, want) => {
    const got = splitUnitNames(cell);
    if (!matches(got, want)) expect(got).toEqual(want);
  });
});

describe('splitUnitNames: the rules of SPEC §11', () => {
  test.each<[string, string[]]>([
    // a role word inside a name's own words does not cut it (issue 12 held-out)
    ['Ban Quản lý dự án đầu tư xây dựng ngành nông nghiệp', ['Ban Quản lý dự án đầu tư xây dựng ngành nông nghiệp']],
    ['Ban Quản lý dự án đầu tư xây dựng tỉnh', ['Ban Quản lý dự án đầu tư xây dựng tỉnh']],
    ['Ban Quản lý dự án Đầu tư xây dựng các công trình dân dụng', ['Ban Quản lý dự án Đầu tư xây dựng các công trình dân dụng']],
    ['Ban Quản lý các công trình giao thông', ['Ban Quản lý các công trình giao thông']],
    ['Ban Quản lý các công trình giao thông tổng hợp, báo cáo', ['Ban Quản lý các công trình giao thông']],
    ['Văn phòng Sở kiểm soát, tổng hợp', ['Văn phòng Sở']],
    ['Sở Xây dựng chủ trì, phối hợp Sở Tài chính', ['Sở Xây dựng']],
    ['Sở Xây dựng xây dựng dự thảo', ['Sở Xây dựng']],
    // acronyms alone are units; "một số …", "các Hạt …" open groups (issue 12 held-out)
    ['VTV, VOV, TTXVN, các địa phương', ['VTV', 'VOV', 'TTXVN', 'các địa phương']],
    ['Các thành phố trực thuộc Trung ương và một số tỉnh đủ điều kiện', ['Các thành phố trực thuộc Trung ương', 'một số tỉnh đủ điều kiện']],
    ['Chi cục Kiểm lâm và các Hạt Kiểm lâm', ['Chi cục Kiểm lâm', 'các Hạt Kiểm lâm']],
    ['Sở Lao động, Thương binh và Xã hội', ['Sở Lao động, Thương binh và Xã hội']],
    // a name with commas and "và" stays one
    ['Sở Văn hóa, Thể thao và Du lịch', ['Sở Văn hóa, Thể thao và Du lịch']],
    ['Bộ Lao động - Thương binh và Xã hội, Bộ Tài chính', ['Bộ Lao động - Thương binh và Xã hội', 'Bộ Tài chính']],
    ['Sở Xây dựng và Sở Tài chính', ['Sở Xây dựng', 'Sở Tài chính']],
    ['Hội Nông dân tỉnh và Hội Liên hiệp Phụ nữ tỉnh', ['Hội Nông dân tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh']],
    ['Sở Y tế, Bảo hiểm xã hội tỉnh', ['Sở Y tế', 'Bảo hiểm xã hội tỉnh']],
    // groups split off, kept whole
    ['Bộ Xây dựng, các địa phương', ['Bộ Xây dựng', 'các địa phương']],
    ['Sở, ban, ngành có liên quan', ['Sở, ban, ngành có liên quan']],
    ['Các sở, ngành, UBND xã, phường, đặc khu', ['Các sở, ngành', 'UBND xã, phường, đặc khu']],
    ['UBND các xã, phường, đặc khu', ['UBND các xã, phường, đặc khu']],
    ['Ủy ban nhân dân cấp xã', ['Ủy ban nhân dân cấp xã']],
    // numbered lists
    ['(1) Sở Tư pháp; (2) Sở Nội vụ; (3) các cơ quan liên quan', ['Sở Tư pháp', 'Sở Nội vụ', 'các cơ quan liên quan']],
    ['1. Sở Tư pháp\n2. Văn phòng UBND tỉnh', ['Sở Tư pháp', 'Văn phòng UBND tỉnh']],
    ['1. Sở Tư pháp; 2. các sở, ngành', ['Sở Tư pháp', 'các sở, ngành']],
    ['a) Sở Tư pháp; b) Công an tỉnh', ['Sở Tư pháp', 'Công an tỉnh']],
    // line breaks, bullets, trailing punctuation
    ['- Sở Tài chính;\n- Sở Nội vụ.', ['Sở Tài chính', 'Sở Nội vụ']],
    ['Sở Tài chính\nCác sở, ngành', ['Sở Tài chính', 'Các sở, ngành']],
    // "Các Cục: A, B"
    ['Các Cục: Du lịch Quốc gia Việt Nam, Quản lý đấu thầu', ['Cục Du lịch Quốc gia Việt Nam', 'Cục Quản lý đấu thầu']],
    ['Các Vụ: Pháp chế và Kế hoạch - Tài chính', ['Vụ Pháp chế', 'Vụ Kế hoạch - Tài chính']],
    // role words after a name are dropped; a capitalised one is part of a name
    ['Văn phòng Sở theo dõi, tổng hợp', ['Văn phòng Sở']],
    ['Văn phòng Sở hướng dẫn, đôn đốc, tổng hợp báo cáo.', ['Văn phòng Sở']],
    ['Phòng Tổng hợp', ['Phòng Tổng hợp']],
    ['Phối hợp với Sở Nội vụ', ['Sở Nội vụ']],
    // a lowercase continuation is not a new unit
    ['Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư', ['Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư']],
    ['Các phòng, cơ quan, đơn vị có thẩm quyền tiếp nhận, giải quyết TTHC và trả kết quả giải quyết TTHC.', ['Các phòng, cơ quan, đơn vị có thẩm quyền tiếp nhận, giải quyết TTHC và trả kết quả giải quyết TTHC']],
    // roles in brackets, abbreviated heads, more group words
    ['Sở Tư pháp (chủ trì), Sở Nội vụ', ['Sở Tư pháp', 'Sở Nội vụ']],
    ['Sở Nội vụ, VP UBND tỉnh, BQL Khu kinh tế', ['Sở Nội vụ', 'VP UBND tỉnh', 'BQL Khu kinh tế']],
    ['Sở Y tế và các cơ sở y tế', ['Sở Y tế', 'các cơ sở y tế']],
    ['UBND các huyện, thị xã, thành phố', ['UBND các huyện, thị xã, thành phố']],
    ['Ủy ban nhân dân cấp huyện, cấp xã', ['Ủy ban nhân dân cấp huyện, cấp xã']],
    ['Các Sở: Tài chính, Tư pháp', ['Sở Tài chính', 'Sở Tư pháp']],
    ['Đài Phát thanh và Truyền hình tỉnh, Báo Quảng Ngãi', ['Đài Phát thanh và Truyền hình tỉnh', 'Báo Quảng Ngãi']],
    ['Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh', ['Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh']],
    ['Sở Thông tin và Truyền thông, báo cáo UBND tỉnh', ['Sở Thông tin và Truyền thông']],
    ['', []],
    ['-', []],
  ])('%j → %j', (cell, want) => {
    expect(splitUnitNames(cell)).toEqual(want);
  });

  test.each<[string, boolean]>([
    ['Các sở, ban, ngành tỉnh', true],
    ['các đơn vị liên quan', true],
    ['Sở, ban, ngành có liên quan', true],
    ['Các doanh nghiệp viễn thông', true],
    ['UBND các xã, phường', false],
    ['Sở Tài chính', false],
    ['Ủy ban nhân dân các địa phương', false],
  ])('isGroupPhrase(%j) = %s', (text, group) => {
    expect(isGroupPhrase(text)).toBe(group);
  });
});

describe('namedUnits: lead and support of one deliverable', () => {
  test.each<[string, string, { lead: string[]; support: string[] }]>([
    ['Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ', '', { lead: ['Sở Tư pháp'], support: ['Sở Nội vụ'] }],
    ['Sở Tư pháp chủ trì, phối hợp các sở, ngành', 'Công an tỉnh', { lead: ['Sở Tư pháp'], support: ['các sở, ngành', 'Công an tỉnh'] }],
    ['Sở Tư pháp chủ trì; Sở Nội vụ, Sở Tài chính phối hợp', '', { lead: ['Sở Tư pháp'], support: ['Sở Nội vụ', 'Sở Tài chính'] }],
    ['Chủ trì: Sở Tư pháp; Phối hợp: Sở Nội vụ', '', { lead: ['Sở Tư pháp'], support: ['Sở Nội vụ'] }],
    ['Sở Tài chính, Sở Nội vụ', 'Sở Nội vụ; Sở Y tế', { lead: ['Sở Tài chính', 'Sở Nội vụ'], support: ['Sở Y tế'] }],
    ['Các địa phương chủ trì', '', { lead: ['Các địa phương chủ trì'], support: [] }],
  ])('%j | %j', (lead, support, want) => {
    expect(namedUnits(lead, support)).toEqual(want);
  });
});
