import type { PlanTable } from '../plan/model';
import { computePlanStatus } from '../status/computeStatus';
import { DEFAULT_UNIT_DIRECTORY, unitKindOf, type Unit, type UnitDirectory } from './directory';
import { chooseDirectory } from './learnDirectory';
import { resolveUnits, unitsOfRow } from './resolveUnits';

// SPEC §12 "Units": a unit name matches a directory unit only as a whole name, an abbreviation of
// it or a listed alias, never by its first words.

const unit = (name: string, shortName = ''): Unit => ({ name, shortName, kind: unitKindOf(name), handlesTthc: false, email: '' });
const sheetOf = (...units: Unit[]): UnitDirectory => ({ source: 'sheet', note: null, units });

/** Units of the Sở Nông nghiệp và Môi trường after the 2025 reorganisation, as an officer's "Danh mục đơn vị" lists them. */
const NNMT = sheetOf(
  unit('Văn phòng Sở', 'VP'),
  unit('Thanh tra Sở', 'TTr'),
  unit('Phòng Kế hoạch - Tài chính', 'KHTC'),
  unit('Phòng Quản lý đất đai'),
  unit('Phòng Tài nguyên nước, khoáng sản và biến đổi khí hậu'),
  unit('Chi cục Trồng trọt và Bảo vệ thực vật'),
  unit('Chi cục Chăn nuôi và Thú y'),
  unit('Chi cục Thủy sản'),
  unit('Chi cục Kiểm lâm', 'CCKL'),
  unit('Chi cục Thủy lợi'),
  unit('Văn phòng Đăng ký đất đai', 'VPĐKĐĐ'),
  unit('Trung tâm Dịch vụ nông nghiệp'),
  unit('Văn phòng Điều phối nông thôn mới'),
);

describe('a near name is not the unit it starts like', () => {
  // [text of a Chủ trì cell, the directory unit it must not be taken for, that unit's short name]
  const pairs: [string, string, string][] = [
    ['Văn phòng Đăng ký đất đai', 'Văn phòng Sở', 'VP'],
    ['Văn phòng Đăng ký đất đai tỉnh', 'Văn phòng Sở', 'VP'],
    ['Văn phòng Điều phối nông thôn mới', 'Văn phòng Sở', 'VP'],
    ['VP Điều phối NTM', 'Văn phòng Sở', 'VP'],
    ['Văn phòng UBND tỉnh', 'Văn phòng Sở', 'VP'],
    ['Trung tâm Khuyến nông', 'Trung tâm Dịch vụ nông nghiệp', ''],
    ['Trung tâm Dịch vụ nông nghiệp', 'Trung tâm Khuyến nông', ''],
    ['Thanh tra tỉnh', 'Thanh tra Sở', 'TTr'],
    ['Chi cục Thủy sản và Biển đảo', 'Chi cục Thủy sản', ''],
    ['Chi cục Kiểm lâm vùng IV', 'Chi cục Kiểm lâm', ''],
    ['Chi cục Chăn nuôi và Thú y', 'Chi cục Chăn nuôi', ''],
    ['Chi cục Thủy lợi', 'Cục Thủy lợi', ''],
    ['Phòng Kế hoạch - Tài chính', 'Phòng Kế hoạch', ''],
    ['Trung tâm Nước sạch và Vệ sinh môi trường nông thôn', 'Trung tâm Nước sạch', ''],
    ['Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp', 'Ban Quản lý dự án', ''],
    ['Ban Quản lý rừng phòng hộ Ba Tơ', 'Ban Quản lý rừng phòng hộ', ''],
  ];

  test.each(pairs)('%j is not %j: unresolved, quoted whole in the warning', (text, nearName, short) => {
    const r = resolveUnits(text, sheetOf(unit(nearName, short)));
    expect(r.units).toEqual([]);
    expect(r.unresolved).toEqual([text]);
    expect(r.warnings).toEqual([`Không nhận ra đơn vị "${text}" trong danh mục đơn vị.`]);
  });

  test.each(pairs)('%j and %j both in the directory: each is itself', (text, nearName, short) => {
    const near = unit(nearName, short);
    const both = sheetOf(near, unit(text));
    expect(resolveUnits(text, both)).toMatchObject({ units: [text], unresolved: [], warnings: [] });
    expect(resolveUnits(near.name, both)).toMatchObject({ units: [near.name], unresolved: [], warnings: [] });
  });

  test('the built-in directory: "Văn phòng Đăng ký đất đai" charges no Văn phòng Sở, named beside it', () => {
    const r = resolveUnits('Văn phòng Sở, Văn phòng Đăng ký đất đai', DEFAULT_UNIT_DIRECTORY);
    expect(r.units).toEqual(['Văn phòng Sở']);
    expect(r.unresolved).toEqual(['Văn phòng Đăng ký đất đai']);
  });
});

describe('a whole name, its short name or alias, and what may follow it still resolve', () => {
  test.each<[string, string[]]>([
    ['Văn phòng Sở', ['Văn phòng Sở']],
    ['Văn phòng', ['Văn phòng Sở']],
    ['VP', ['Văn phòng Sở']],
    ['Văn phòng Sở theo dõi, tổng hợp', ['Văn phòng Sở']],
    ['Văn phòng Sở kiểm soát.', ['Văn phòng Sở']],
    ['Văn phòng Sở Nông nghiệp và Môi trường', ['Văn phòng Sở']],
    ['Văn phòng Sở NN&MT', ['Văn phòng Sở']],
    ['Thanh tra Sở kiểm tra', ['Thanh tra Sở']],
    ['Chi cục Kiểm lâm tỉnh Quảng Ngãi', ['Chi cục Kiểm lâm']],
    ['CCKL', ['Chi cục Kiểm lâm']],
    ['Trung tâm Dịch vụ nông nghiệp tỉnh', ['Trung tâm Dịch vụ nông nghiệp']],
    ['Văn phòng Đăng ký đất đai', ['Văn phòng Đăng ký đất đai']],
    ['Văn phòng Đăng ký đất đai chủ trì', ['Văn phòng Đăng ký đất đai']],
    ['Phối hợp với Văn phòng Đăng ký đất đai', ['Văn phòng Đăng ký đất đai']],
    ['van phong dang ky dat dai', ['Văn phòng Đăng ký đất đai']],
    ['Văn phòng Sở, Văn phòng Đăng ký đất đai', ['Văn phòng Sở', 'Văn phòng Đăng ký đất đai']],
    ['Chi cục Thủy sản và Chi cục Thủy lợi', ['Chi cục Thủy sản', 'Chi cục Thủy lợi']],
    ['Phòng Tài nguyên nước, khoáng sản và biến đổi khí hậu', ['Phòng Tài nguyên nước, khoáng sản và biến đổi khí hậu']],
  ])('%j → %j', (text, units) => {
    const r = resolveUnits(text, NNMT);
    expect(r).toMatchObject({ units, unresolved: [], warnings: [] });
  });

  test('a bracketed note after a name keeps the unit; the note is kept and warned about as before', () => {
    const r = resolveUnits('Văn phòng Sở (Bộ phận Một cửa)', NNMT);
    expect(r.units).toEqual(['Văn phòng Sở']);
    expect(r.unresolved).toEqual(['(Bộ phận Một cửa)']);
  });

  test('two names without a separator, an unknown unit between: the named units stay, the other is kept', () => {
    const r = resolveUnits('Chi cục Thủy sản Hội Nghề cá Chi cục Thủy lợi', NNMT);
    expect(r.units).toEqual(['Chi cục Thủy sản', 'Chi cục Thủy lợi']);
    expect(r.unresolved).toEqual(['Hội Nghề cá']);
  });
});

describe('a lead the directory lacks is a unit of its own, tracked and listed (SPEC §12)', () => {
  const rows: [string, string][] = [
    ['Văn phòng Sở hướng dẫn, đôn đốc', 'Các phòng, cơ quan, đơn vị thuộc Sở'],
    ['Chi cục Thủy sản', 'Văn phòng Sở'],
    ['Chi cục Kiểm lâm', 'Văn phòng Sở'],
    ['Văn phòng Đăng ký đất đai', 'Văn phòng Sở'],
  ];
  const plan: PlanTable = {
    sheet: 'Phụ lục',
    year: 2025,
    title: null,
    layout: { headerRows: [1, 1], columns: { stt: 1, content: 2, result: 3, lead: 4, support: 5, timing: 6, override: null }, lastColumn: 6, lastRow: 1 + rows.length },
    sections: [],
    tasks: rows.map(([lead, support], i) => ({
      no: i + 1,
      label: String(i + 1),
      id: String(i + 1),
      section: '',
      group: null,
      content: `Nhiệm vụ ${i + 1}`,
      rows: [i + 2, i + 2],
      deliverables: [{ key: 'a', result: '', lead, support, timing: 'Quý I/2025', timingDate: null, override: null, rows: [i + 2, i + 2] }],
    })),
    warnings: [],
  };

  test('with the built-in directory: added after its units, named in the one line, judged apart from Văn phòng Sở', () => {
    const c = chooseDirectory(null, plan);
    expect(c.directory.source).toBe('default');
    expect(c.directory.units.slice(DEFAULT_UNIT_DIRECTORY.units.length).map((u) => u.name)).toEqual(['Văn phòng Đăng ký đất đai']);
    expect(c.line).toContain('1 đơn vị nêu trong kế hoạch mà danh mục mặc định chưa có (Văn phòng Đăng ký đất đai)');
    expect(unitsOfRow('Văn phòng Đăng ký đất đai', 'Văn phòng Sở', c.directory)).toMatchObject({ leads: ['Văn phòng Đăng ký đất đai'], supports: ['Văn phòng Sở'], warnings: [] });
    const status = computePlanStatus(plan, { asOf: '2025-04-10', directory: c.directory });
    const leadOf = (taskId: string) => status.deliverables.find((d) => d.taskId === taskId)?.units.filter((u) => u.role === 'lead').map((u) => u.unit);
    expect(leadOf('4')).toEqual(['Văn phòng Đăng ký đất đai']);
    expect(status.deliverables.filter((d) => d.units.some((u) => u.unit === 'Văn phòng Sở' && u.role === 'lead')).map((d) => d.taskId)).toEqual(['1']);
    expect(status.warnings.filter((w) => /đơn vị/.test(w.message))).toEqual([]);
  });

  test('with a directory sheet that lacks it: the same, the sheet itself untouched', () => {
    const sheet = sheetOf(...DEFAULT_UNIT_DIRECTORY.units);
    const c = chooseDirectory(sheet, plan);
    expect(c.directory.units.map((u) => u.name).slice(sheet.units.length)).toEqual(['Văn phòng Đăng ký đất đai']);
    expect(c.line).toContain('1 đơn vị chủ trì nêu trong kế hoạch mà trang tính chưa có (Văn phòng Đăng ký đất đai)');
    expect(sheet.units).toHaveLength(DEFAULT_UNIT_DIRECTORY.units.length);
  });
});
