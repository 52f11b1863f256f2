import { DEFAULT_UNIT_DIRECTORY, findUnit } from './directory';
import { chooseDirectory, learnDirectory } from './learnDirectory';
import { resolveUnits, unitsOfRow } from './resolveUnits';

const plan = (...rows: [string, string][]) => ({ tasks: [{ deliverables: rows.map(([lead, support]) => ({ lead, support })) }] });

const HCM = plan(
  ['Sở Tài chính', 'Các sở, ngành, UBND xã, phường, đặc khu'],
  ['Sở Khoa học và Công nghệ, Trung tâm Chuyển đổi số Thành phố', 'Sở Tài chính, Sở Nội vụ, các sở, ngành, UBND xã, phường, đặc khu'],
  ['Công an Thành phố', 'Sở KH&CN'],
);

describe('learnDirectory: the units a plan names', () => {
  test('every unit once, in order of first mention; groups left out; an abbreviation joins its full name', () => {
    const d = learnDirectory(HCM);
    expect(d.source).toBe('plan');
    expect(d.note).toMatch(/cần kiểm tra/);
    expect(d.units.map((u) => u.name)).toEqual([
      'Sở Tài chính',
      'UBND xã, phường, đặc khu',
      'Sở Khoa học và Công nghệ',
      'Trung tâm Chuyển đổi số Thành phố',
      'Sở Nội vụ',
      'Công an Thành phố',
    ]);
    expect(findUnit(d, 'Sở KH&CN')?.name).toBe('Sở Khoa học và Công nghệ');
    expect(d.units.every((u) => !u.handlesTthc)).toBe(true);
  });

  test.each([
    ['Sở GD&ĐT', 'Sở Giáo dục và Đào tạo'],
    ['Sở TN-MT', 'Sở Tài nguyên và Môi trường'],
    ['Sở VHTTDL', 'Sở Văn hóa, Thể thao và Du lịch'],
  ])('%s is %s when both appear', (abbr, full) => {
    const d = learnDirectory(plan([abbr, ''], [full, '']));
    expect(d.units.map((u) => [u.name, u.shortName])).toEqual([[full, abbr]]);
  });

  test('a paragraph pasted into a unit cell is not learned as a unit', () => {
    const long = 'Nội dung rất dài '.repeat(2500);
    const d = learnDirectory(plan([long, 'Sở Tài chính']));
    expect(d.units.map((u) => u.name)).toEqual(['Sở Tài chính']);
    expect(unitsOfRow(long, 'Sở Tài chính', d).supports).toEqual(['Sở Tài chính']);
  });

  test('an abbreviation whose full name is not in the plan stays a unit of its own', () => {
    expect(learnDirectory(plan(['Sở KH&CN', 'Sở Tài chính'])).units.map((u) => u.name)).toEqual(['Sở KH&CN', 'Sở Tài chính']);
  });
});

describe('groups expand over a learned directory by their head words', () => {
  const d = learnDirectory(HCM);
  test.each<[string, string[]]>([
    ['Các sở, ngành', ['Sở Tài chính', 'Sở Khoa học và Công nghệ', 'Sở Nội vụ']],
    ['các cơ quan, đơn vị liên quan', d.units.map((u) => u.name)],
    ['Các địa phương', ['UBND xã, phường, đặc khu']],
    ['Ủy ban nhân dân xã, phường, đặc khu', ['UBND xã, phường, đặc khu']],
    ['Các doanh nghiệp viễn thông', []],
    ['Sở, ban, ngành có liên quan', ['Sở Tài chính', 'Sở Khoa học và Công nghệ', 'Sở Nội vụ']],
    ['Các đơn vị có liên quan', d.units.map((u) => u.name)],
  ])('%j → %j, no warning', (text, units) => {
    const r = resolveUnits(text, d);
    expect(r.units).toEqual(units);
    expect(r.warnings).toEqual([]);
  });

  test('a row: the named units lead, the group supports without them; no warning', () => {
    const r = unitsOfRow('Sở Tài chính', 'Sở Khoa học và Công nghệ, các sở, ngành, UBND xã, phường, đặc khu', d);
    expect(r.leads).toEqual(['Sở Tài chính']);
    expect(r.supports).toEqual(['UBND xã, phường, đặc khu', 'Sở Khoa học và Công nghệ', 'Sở Nội vụ']);
    expect(r.warnings).toEqual([]);
  });

  test('"A chủ trì, phối hợp B" in the lead cell: A leads, B supports', () => {
    const r = unitsOfRow('Sở Nội vụ chủ trì, phối hợp với Sở Tài chính', '', d);
    expect(r.leads).toEqual(['Sở Nội vụ']);
    expect(r.supports).toEqual(['Sở Tài chính']);
  });
});

describe('chooseDirectory: which directory a plan uses', () => {
  test('the workbook sheet when there is one', () => {
    const sheet = { ...DEFAULT_UNIT_DIRECTORY, source: 'sheet' as const, note: null };
    const c = chooseDirectory(sheet, plan(['Văn phòng Sở hướng dẫn, đôn đốc', 'Các phòng, cơ quan, đơn vị thuộc Sở'], ['Chi cục Thủy sản', 'Sở Tài chính']));
    expect(c.directory).toBe(sheet);
    expect(c.line).toBe(`Danh mục đơn vị: trang tính "Danh mục đơn vị" (${sheet.units.length} đơn vị).`);
  });

  test('leads the sheet lacks are tracked as units of their own, listed in the one line (SPEC §12); supports are not added', () => {
    const sheet = { ...DEFAULT_UNIT_DIRECTORY, source: 'sheet' as const, note: null };
    const c = chooseDirectory(sheet, HCM);
    expect(c.directory.source).toBe('sheet');
    expect(c.directory.units.slice(0, sheet.units.length)).toEqual(sheet.units);
    expect(c.directory.units.slice(sheet.units.length).map((u) => u.name)).toEqual(['Sở Tài chính', 'Sở Khoa học và Công nghệ', 'Trung tâm Chuyển đổi số Thành phố', 'Công an Thành phố']);
    expect(c.line).toBe(
      `Danh mục đơn vị: trang tính "Danh mục đơn vị" (${sheet.units.length} đơn vị) và 4 đơn vị chủ trì nêu trong kế hoạch mà trang tính chưa có (Sở Tài chính; Sở Khoa học và Công nghệ; Trung tâm Chuyển đổi số Thành phố; Công an Thành phố): vẫn theo dõi riêng; thêm vào trang tính nếu đúng.`,
    );
    expect(sheet.units).toHaveLength(DEFAULT_UNIT_DIRECTORY.units.length);
  });

  test('the built-in one when most units the plan names are in it (the seed)', () => {
    const c = chooseDirectory(null, plan(['Văn phòng Sở hướng dẫn, đôn đốc', 'Các phòng, cơ quan, đơn vị thuộc Sở'], ['Chi cục Thủy sản', 'Văn phòng Sở']));
    expect(c.directory).toBe(DEFAULT_UNIT_DIRECTORY);
    expect(c.line).toMatch(/mặc định/);
  });

  test('the Sở\'s own 2026 plan naming phòng the built-in one lacks: they are added, tracked, and the line says so (issue 12)', () => {
    const lead = 'Chi cục Thủy lợi; Chi cục Kiểm lâm; Phòng Quản lý đất đai; Phòng Tài nguyên nước, khoáng sản và biến đổi khí hậu';
    const own = plan(['Các phòng, đơn vị thuộc Sở có liên quan', 'Văn phòng Sở'], ['Văn phòng Sở', 'Các Chi cục'], [lead, 'Văn phòng Sở']);
    const c = chooseDirectory(null, own);
    expect(c.directory.source).toBe('default');
    expect(c.directory.units.map((u) => u.name).slice(DEFAULT_UNIT_DIRECTORY.units.length)).toEqual(['Phòng Quản lý đất đai', 'Phòng Tài nguyên nước, khoáng sản và biến đổi khí hậu']);
    expect(c.line).toContain('2 đơn vị nêu trong kế hoạch');
    const row = unitsOfRow(lead, 'Văn phòng Sở', c.directory);
    expect([...row.leads].sort()).toEqual(['Chi cục Kiểm lâm', 'Chi cục Thủy lợi', 'Phòng Quản lý đất đai', 'Phòng Tài nguyên nước, khoáng sản và biến đổi khí hậu']);
    expect(row.warnings).toEqual([]);
    expect(unitsOfRow('Các phòng, đơn vị thuộc Sở có liên quan', 'Văn phòng Sở', c.directory).leads).toContain('Phòng Quản lý đất đai');
  });

  test('a plan of groups only keeps the built-in one', () => {
    expect(chooseDirectory(null, plan(['Các phòng, cơ quan, đơn vị thuộc Sở', ''])).directory).toBe(DEFAULT_UNIT_DIRECTORY);
  });

  test('a plan of other groups only (a ministry\'s "Các bộ, ngành"): an empty learned directory, not the Sở\'s', () => {
    const c = chooseDirectory(null, plan(['Các bộ, ngành', ''], ['Các địa phương', 'Các bộ, cơ quan ngang bộ']));
    expect(c.directory.source).toBe('plan');
    expect(c.directory.units).toEqual([]);
    expect(resolveUnits('Các bộ, ngành', c.directory).warnings).toEqual([]);
  });

  test('"Văn phòng UBND tỉnh" is not the built-in "Văn phòng Sở"', () => {
    expect(chooseDirectory(null, plan(['Văn phòng UBND tỉnh', 'Sở Tư pháp'])).directory.source).toBe('plan');
  });

  test('another agency\'s plan: the learned one, and one line saying so', () => {
    const c = chooseDirectory(null, HCM);
    expect(c.directory.source).toBe('plan');
    expect(c.line).toBe('Danh mục đơn vị: lập từ 6 đơn vị nêu trong kế hoạch (chưa có trang tính "Danh mục đơn vị"); ghi ra trang tính để kiểm tra, sửa.');
  });
});
