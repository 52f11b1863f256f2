import type { SheetGrid } from '../grid';
import { DEFAULT_UNIT_DIRECTORY, findUnit, readUnitDirectory, unitKindOf, type UnitDirectory } from './directory';
import { resolveUnits, unitsOfRow } from './resolveUnits';

const D = DEFAULT_UNIT_DIRECTORY;
const ALL = D.units.map((u) => u.name);
const TTHC = D.units.filter((u) => u.handlesTthc).map((u) => u.name);
const CHI_CUC = D.units.filter((u) => u.kind === 'chi-cuc').map((u) => u.name);
const VP = 'Văn phòng Sở';
const without = (list: string[], ...names: string[]) => list.filter((n) => !names.includes(n));

describe('DEFAULT_UNIT_DIRECTORY', () => {
  test('says it must be checked, and names the units of SPEC §3', () => {
    expect(D.source).toBe('default');
    expect(D.note).toMatch(/cần kiểm tra/);
    for (const name of [VP, 'Thanh tra Sở', 'Chi cục Trồng trọt và Bảo vệ thực vật', 'Chi cục Chăn nuôi và Thú y', 'Chi cục Thủy sản', 'Chi cục Kiểm lâm', 'Chi cục Thủy lợi', 'Chi cục Phát triển nông thôn', 'Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản']) {
      expect(ALL).toContain(name);
    }
  });

  test('every chi cục handles TTHC; Văn phòng Sở does not (it consolidates)', () => {
    for (const name of CHI_CUC) expect(TTHC).toContain(name);
    expect(TTHC).not.toContain(VP);
  });

  test('names and short names are unique', () => {
    expect(new Set(ALL).size).toBe(ALL.length);
    const shorts = D.units.map((u) => u.shortName);
    expect(new Set(shorts).size).toBe(shorts.length);
  });

  test.each([
    ['Chi cục Kiểm lâm', 'chi-cuc'],
    ['Văn phòng Sở', 'van-phong'],
    ['Thanh tra Sở', 'thanh-tra'],
    ['Phòng Tổ chức cán bộ', 'phong'],
    ['Trung tâm Khuyến nông', 'trung-tam'],
    ['Ban quản lý dự án', 'khac'],
  ])('unitKindOf(%j) = %s', (name, kind) => {
    expect(unitKindOf(name)).toBe(kind);
  });

  test.each([
    ['chi cuc thuy san', 'Chi cục Thủy sản'],
    ['Chi cục Thuỷ sản', 'Chi cục Thủy sản'],
    ['CCTS', 'Chi cục Thủy sản'],
    ['Phòng Kế hoạch Tài chính', 'Phòng Kế hoạch - Tài chính'],
    ['VĂN PHÒNG SỞ.', VP],
  ])('findUnit(%j) = %s', (text, name) => {
    expect(findUnit(D, text)?.name).toBe(name);
  });

  test('findUnit of an unknown name is null', () => {
    expect(findUnit(D, 'UBND huyện')).toBeNull();
    expect(findUnit(D, '')).toBeNull();
  });
});

describe('readUnitDirectory', () => {
  const grid = (values: SheetGrid['values']): SheetGrid => ({ name: 'Danh mục đơn vị', values, merges: [] });

  test('loose headers, a title above, x/Có/1 flags', () => {
    const { directory, findings } = readUnitDirectory(
      grid([
        ['DANH MỤC ĐƠN VỊ'],
        [],
        ['TT', 'Tên đơn vị', 'Tên viết tắt', 'Giải quyết TTHC', 'E-mail'],
        [1, 'Văn phòng Sở', 'VP', null, 'vp@x.vn'],
        [2, 'Chi cục Thủy sản', 'CCTS', 'x', null],
        [3, 'Chi cục Kiểm lâm', null, 'Có', null],
        [4, 'Phòng Quản lý xây dựng công trình', null, 1, null],
        [5, 'Trung tâm Khuyến nông', null, 'Không', null],
        [],
      ]),
    );
    expect(findings).toEqual([]);
    expect(directory.source).toBe('sheet');
    expect(directory.units.map((u) => [u.name, u.shortName, u.kind, u.handlesTthc, u.email])).toEqual([
      [VP, 'VP', 'van-phong', false, 'vp@x.vn'],
      ['Chi cục Thủy sản', 'CCTS', 'chi-cuc', true, ''],
      ['Chi cục Kiểm lâm', '', 'chi-cuc', true, ''],
      ['Phòng Quản lý xây dựng công trình', '', 'phong', true, ''],
      ['Trung tâm Khuyến nông', '', 'trung-tam', false, ''],
    ]);
  });

  test('an odd flag, a duplicate and a nameless row are warned about with their rows', () => {
    const { directory, findings } = readUnitDirectory(
      grid([
        ['Đơn vị', 'Thực hiện TTHC', 'Email'],
        ['Chi cục Thủy sản', 'có lẽ', null],
        ['Chi cục thủy sản', 'x', null],
        [null, null, 'a@b.vn'],
      ]),
    );
    expect(directory.units).toHaveLength(1);
    expect(directory.units[0].handlesTthc).toBe(false);
    expect(findings.map((f) => f.row)).toEqual([2, 3, 4]);
    expect(findings.every((f) => f.severity === 'warning' && f.sheet === 'Danh mục đơn vị')).toBe(true);
  });

  test('no header or no units: the default directory, with a warning', () => {
    expect(readUnitDirectory(grid([['abc'], ['def']]))).toEqual({ directory: D, findings: [expect.objectContaining({ severity: 'warning' })] });
    expect(readUnitDirectory(grid([['Tên đơn vị', 'Email']]))).toEqual({ directory: D, findings: [expect.objectContaining({ row: 1 })] });
  });
});

describe('resolveUnits: names, role verbs, groups (SPEC §3)', () => {
  test.each<[string, string[]]>([
    ['Văn phòng Sở', [VP]],
    ['Văn phòng Sở.', [VP]],
    ['Văn phòng Sở;', [VP]],
    ['van phong so', [VP]],
    ['Văn phòng', [VP]],
    ['Văn phòng Sở theo dõi, tổng hợp', [VP]],
    ['Văn phòng Sở kiểm soát.', [VP]],
    ['Văn phòng Sở theo dõi, hướng dẫn và đôn đốc.', [VP]],
    ['Văn phòng Sở hướng dẫn, đơn đốc, tổng hợp báo cáo', [VP]],
    ['Văn phòng Sở theo dõi, đôn đốc thực hiện.', [VP]],
    ['Văn phòng Sở tổng hợp.', [VP]],
    ['Văn phòng Sở, Thanh tra Sở', [VP, 'Thanh tra Sở']],
    ['Thanh tra Sở và Văn phòng Sở', [VP, 'Thanh tra Sở']],
    ['- Chi cục Thủy sản\n- Chi cục Kiểm lâm', ['Chi cục Thủy sản', 'Chi cục Kiểm lâm']],
    ['Chi cục Trồng trọt và Bảo vệ thực vật', ['Chi cục Trồng trọt và Bảo vệ thực vật']],
    ['Phòng Kế hoạch - Tài chính', ['Phòng Kế hoạch - Tài chính']],
    ['CCTS', ['Chi cục Thủy sản']],
    ['Phối hợp với Văn phòng Sở', [VP]],
  ])('%j → %j', (text, units) => {
    const r = resolveUnits(text, D);
    expect(r.units).toEqual(D.units.map((u) => u.name).filter((n) => units.includes(n)));
    expect(r.explicit).toEqual(r.units);
    expect(r.unresolved).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  test.each<[string, string[], boolean]>([
    ['Các phòng, cơ quan, đơn vị thuộc Sở có liên quan.', ALL, false],
    ['Các phòng, cơ quan, đơn vị thuộc Sở.', ALL, false],
    ['Các phòng, cơ quan, đơn vị thuộc Sở', ALL, false],
    ['Các phòng, cơ quan, đơn vị liên quan thực hiện báo cáo của cơ quan, đơn vị mình và phối hợp tổng hợp báo cáo của Sở.', ALL, false],
    ['Các phòng, cơ quan, đơn vị thực hiện TTHC.', TTHC, false],
    ['Các phòng, cơ quan, đơn vị có thẩm quyền tiếp nhận, giải quyết TTHC và trả kết quả giải quyết TTHC.', TTHC, false],
    ['Các Chi cục', CHI_CUC, false],
    ['Các Chi cục và đơn vị thực hiện nhiệm vụ tiếp nhận và giải quyết hồ sơ TTHC', TTHC, false],
    ['CÁC PHÒNG, CƠ QUAN, ĐƠN VỊ THUỘC SỞ', ALL, false],
    ['Các cơ quan, đơn vị được giao chủ trì thực hiện.', ALL, true],
  ])('group %j', (text, units, assumed) => {
    const r = resolveUnits(text, D);
    expect(r.units).toEqual(units);
    expect(r.explicit).toEqual([]);
    expect(r.unresolved).toEqual([]);
    expect(r.warnings).toHaveLength(assumed ? 1 : 0);
  });

  test('exclude leaves a unit out of a group, never out of an explicit name', () => {
    expect(resolveUnits('Các phòng, cơ quan, đơn vị thuộc Sở', D, { exclude: [VP] }).units).toEqual(without(ALL, VP));
    expect(resolveUnits('Văn phòng Sở', D, { exclude: [VP] }).units).toEqual([VP]);
    expect(resolveUnits('Văn phòng Sở; các phòng, cơ quan, đơn vị thuộc Sở', D).units).toEqual(ALL);
  });

  test.each<[string, string[], string[]]>([
    ['UBND huyện', [], ['UBND huyện']],
    ['Sở Tài chính', [], ['Sở Tài chính']],
    ['Văn phòng Sở, UBND các huyện', [VP], ['UBND các huyện']],
    ['Chi cục Thủy sản, Ban quản lý cảng cá và Chi cục Kiểm lâm', ['Chi cục Thủy sản', 'Chi cục Kiểm lâm'], ['Ban quản lý cảng cá']],
    ['Các tổ chức hội', [], ['Các tổ chức hội']],
  ])('unresolved text is kept and warned about: %j', (text, units, unresolved) => {
    const r = resolveUnits(text, D);
    expect(r.units).toEqual(D.units.map((u) => u.name).filter((n) => units.includes(n)));
    expect(r.unresolved).toEqual(unresolved);
    expect(r.warnings).toHaveLength(unresolved.length);
    r.warnings.forEach((w, i) => expect(w).toContain(unresolved[i]));
  });

  test('empty text: nothing, no warning', () => {
    expect(resolveUnits('', D)).toEqual({ units: [], unresolved: [], explicit: [], warnings: [] });
  });

  test('works on a directory read from a sheet (flags come from it)', () => {
    const dir: UnitDirectory = {
      source: 'sheet',
      note: null,
      units: [
        { name: 'Văn phòng Sở', shortName: 'VP', kind: 'van-phong', handlesTthc: true, email: '' },
        { name: 'Chi cục Thủy sản', shortName: 'CCTS', kind: 'chi-cuc', handlesTthc: false, email: '' },
      ],
    };
    expect(resolveUnits('Các phòng, cơ quan, đơn vị thực hiện TTHC.', dir).units).toEqual(['Văn phòng Sở']);
    expect(resolveUnits('Các Chi cục', dir).units).toEqual(['Chi cục Thủy sản']);
  });
});

describe('unitsOfRow: a unit named elsewhere on the row is left out of the group', () => {
  test('seed task 2: the group leads without Văn phòng Sở, which supports', () => {
    const r = unitsOfRow('Các phòng, cơ quan, đơn vị thuộc Sở có liên quan.', 'Văn phòng Sở.', D);
    expect(r.leads).toEqual(without(ALL, VP));
    expect(r.supports).toEqual([VP]);
    expect(r.warnings).toEqual([]);
  });

  test('seed task 5: Văn phòng Sở leads, the rest support', () => {
    const r = unitsOfRow('Văn phòng Sở', 'Các phòng, cơ quan, đơn vị thuộc Sở có liên quan.', D);
    expect(r.leads).toEqual([VP]);
    expect(r.supports).toEqual(without(ALL, VP));
  });

  test('seed task 37: only TTHC units lead, Chi cục Thủy sản among them', () => {
    const r = unitsOfRow('Các phòng, cơ quan, đơn vị thực hiện TTHC.', 'Văn phòng Sở tổng hợp.', D);
    expect(r.leads).toEqual(TTHC);
    expect(r.leads).toContain('Chi cục Thủy sản');
    expect(r.supports).toEqual([VP]);
  });

  test('a unit in both cells leads only', () => {
    const r = unitsOfRow('Chi cục Thủy sản', 'Chi cục Thủy sản; Văn phòng Sở', D);
    expect(r.leads).toEqual(['Chi cục Thủy sản']);
    expect(r.supports).toEqual([VP]);
  });

  test('warnings say which cell they come from', () => {
    const r = unitsOfRow('UBND huyện', 'Các cơ quan, đơn vị được giao chủ trì thực hiện', D);
    expect(r.unresolved).toEqual(['UBND huyện']);
    expect(r.warnings[0]).toMatch(/^Chủ trì: /);
    expect(r.warnings[1]).toMatch(/^Phối hợp: /);
  });
});
