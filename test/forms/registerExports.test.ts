import fc from 'fast-check';
import { computeForms, type FormsResult } from '../../src/core/forms/computeForms';
import type { CellValue, SheetGrid } from '../../src/core/grid';
import { reportPeriod } from '../../src/core/periods/periods';
import { readRegister, type RegisterRead } from '../../src/core/register/readRegister';
import { exportWidth, registerExport, type ExportShape } from '../fixtures/registerExports';

const Q1 = reportPeriod(2024, 'Q1');

function gridOf(rows: CellValue[][]): SheetGrid {
  return { name: 'Sổ', values: [['SỔ THEO DÕI HỒ SƠ'], [], ...rows], merges: [] };
}

/** The forms without the register rows (they differ between shapes by construction). */
function figures(result: FormsResult) {
  return {
    ii05a: result.ii05a,
    ii06a: result.ii06a.rows.map(({ field, procedure, count, reason, codes }) => ({ field, procedure, count, reason, codes })),
  };
}

function formsOf(read: RegisterRead) {
  return figures(computeForms(read.dossiers, Q1));
}

function headersUsed(read: RegisterRead): Record<string, string> {
  return Object.fromEntries(Object.entries(read.sources).map(([f, s]) => [f, s.header]));
}

describe('registers as the one-stop systems export them give the forms of the plain register', () => {
  test.each<[ExportShape, Record<string, string>, number]>([
    [
      'decoy',
      { received: 'Ngày tiếp nhận', due: 'Ngày hẹn trả', resolved: 'Ngày kết thúc xử lý', channel: 'Hình thức nộp', status: 'Trạng thái' },
      6,
    ],
    ['dvc', { received: 'NgayTiepNhan', due: 'NgayHenTra', resolved: 'NgayKetThucXuLy', channel: 'KenhThucHien', status: 'TrangThaiHoSo', code: 'MaHoSo' }, 6],
    [
      'mau06',
      {
        received: 'Nhận hồ sơ (ngày, tháng, năm)',
        due: 'Hẹn trả kết quả (ngày, tháng, năm)',
        resolved: 'Nhận kết quả từ cơ quan giải quyết (ngày, tháng, năm)',
        procedure: 'Tên thủ tục hành chính',
      },
      0,
    ],
  ])('%s', (shape, used, neverReceived) => {
    const { plain, exported } = registerExport(shape, { count: 400, seed: 4 });
    const expected = formsOf(readRegister(gridOf(plain)));
    const read = readRegister(gridOf(exported));
    expect(read.rejected).toEqual([]);
    expect(read.conflicts).toEqual([]);
    expect(headersUsed(read)).toMatchObject(used);
    expect(read.notReceived).toHaveLength(neverReceived);
    expect(read.findings.filter((f) => /đăng ký|tiếp nhận/i.test(f.message))).toEqual([]);
    expect(expected.ii05a.total.c3).toBeGreaterThan(80);
    expect(formsOf(read)).toEqual(expected);
  });

  test('the decoys would change the figures if they were taken (the test above can fail)', () => {
    const { plain, exported } = registerExport('decoy', { count: 400, seed: 4 });
    const header = exported[0] as string[];
    const wrong = readRegister(gridOf(exported), {
      mapping: { received: header.indexOf('Ngày nộp') + 1, resolved: header.indexOf('Ngày trả kết quả') + 1 },
    });
    expect(formsOf(wrong).ii05a.total).not.toEqual(formsOf(readRegister(gridOf(plain))).ii05a.total);
  });

  test('property: any column order of the decoy export gives the same II.05a and II.06a', () => {
    const width = exportWidth('decoy');
    const indices = Array.from({ length: width }, (_, i) => i);
    fc.assert(
      fc.property(fc.shuffledSubarray(indices, { minLength: width, maxLength: width }), fc.integer({ min: 1, max: 50 }), (order, seed) => {
        const { plain, exported } = registerExport('decoy', { count: 120, seed, order });
        const read = readRegister(gridOf(exported));
        expect(read.conflicts).toEqual([]);
        expect(read.sources.received?.header).toBe('Ngày tiếp nhận');
        expect(read.sources.due?.header).toBe('Ngày hẹn trả');
        expect(read.sources.resolved?.header).toBe('Ngày kết thúc xử lý');
        expect(formsOf(read)).toEqual(formsOf(readRegister(gridOf(plain))));
      }),
      { numRuns: 40 },
    );
  });

  test('property: any column order of the DVC sync and Mẫu 06 shapes gives the same forms', () => {
    for (const shape of ['dvc', 'mau06'] as const) {
      const width = exportWidth(shape);
      const indices = Array.from({ length: width }, (_, i) => i);
      fc.assert(
        fc.property(fc.shuffledSubarray(indices, { minLength: width, maxLength: width }), (order) => {
          const { plain, exported } = registerExport(shape, { count: 120, seed: 9, order });
          expect(formsOf(readRegister(gridOf(exported)))).toEqual(formsOf(readRegister(gridOf(plain))));
        }),
        { numRuns: 15 },
      );
    }
  });
});

describe('readRegister: which column fed each field, rivals, never-received rows', () => {
  const HEADER = ['Mã hồ sơ', 'Lĩnh vực', 'Kênh nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Thời gian tiếp nhận', 'Trạng thái'];
  const rows = (differing: number): CellValue[][] =>
    Array.from({ length: 10 }, (_, i) => [`H${i}`, 'Thủy sản', 'Trực tiếp', '02/01/2024', '20/01/2024', null, i < differing ? '01/01/2024 08:00:00' : '02/01/2024 08:00:00', 'Đang xử lý']);

  test('the sources name the header, the letter and who chose', () => {
    const read = readRegister(gridOf([HEADER, ...rows(0)]), { mapping: { status: 8 } });
    expect(read.sources.received).toEqual({ col: 4, letter: 'D', header: 'Ngày tiếp nhận', byOfficer: false });
    expect(read.sources.status).toEqual({ col: 8, letter: 'H', header: 'Trạng thái', byOfficer: true });
  });

  test.each([
    [0, false],
    [3, false],
    [4, true],
  ])('two equally named columns differing on %i rows: asked = %s', (differing, asked) => {
    const read = readRegister(gridOf([HEADER, ...rows(differing)]));
    expect(read.conflicts.length > 0).toBe(asked);
    const warnings = read.findings.filter((f) => f.message.includes('đều có thể là'));
    expect(warnings).toHaveLength(asked ? 1 : 0);
    if (asked) {
      expect(read.conflicts[0]).toMatchObject({ field: 'received', chosen: { letter: 'D' }, other: { letter: 'G' }, rows: 4, firstRow: 4 });
      expect(warnings[0].message).toBe(
        'Cột D "Ngày tiếp nhận" và cột G "Thời gian tiếp nhận" đều có thể là Ngày tiếp nhận nhưng khác nhau ở 4 dòng (đầu tiên dòng 4); ' +
          'số liệu đang tính theo cột D. Hãy chọn cột đúng cho "Ngày tiếp nhận".',
      );
    }
  });

  test('a "Số hồ sơ" beside a different "Mã hồ sơ" changes no figure and is not asked about', () => {
    const header = ['Số hồ sơ', ...HEADER];
    const read = readRegister(gridOf([header, ...rows(0).map((r, i) => [`BN-${i}`, ...r])]));
    expect(read.conflicts).toEqual([]);
    expect(read.sources.code?.header).toBe('Số hồ sơ');
  });

  test("the officer's choice settles a conflict", () => {
    const read = readRegister(gridOf([HEADER, ...rows(5)]), { mapping: { received: 7 } });
    expect(read.conflicts).toEqual([]);
    expect(read.dossiers[0].received).toBe('2024-01-01');
  });

  test('a new appointment after a supplement replaces the first; one after an apology does not', () => {
    const read = readRegister(
      gridOf([
        ['Mã hồ sơ', 'Lĩnh vực', 'Kênh nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày hẹn trả mới', 'Ngày hẹn trả sau bổ sung', 'Ngày có kết quả'],
        ['A', 'Thủy sản', 'Trực tiếp', '02/01/2024', '10/01/2024', '20/01/2024', null, '15/01/2024'],
        ['B', 'Thủy sản', 'Trực tiếp', '02/01/2024', '10/01/2024', null, '25/01/2024', '15/01/2024'],
      ]),
    );
    expect(read.dossiers.map((d) => [d.code, d.due])).toEqual([
      ['A', '2024-01-10'],
      ['B', '2024-01-25'],
    ]);
    expect(read.sources.supplementDue?.header).toBe('Ngày hẹn trả sau bổ sung');
  });

  test('never-received rows are listed, not rejected and not warned, whatever their dates', () => {
    const read = readRegister(
      gridOf([
        ['Mã hồ sơ', 'Lĩnh vực', 'Kênh nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Trạng thái'],
        ['A', 'Thủy sản', 'Trực tiếp', '02/01/2024', '10/01/2024', null, 'Đang xử lý'],
        ['B', 'Thủy sản', 'Trực tuyến', null, null, null, 'Mới đăng ký'],
        ['C', 'Thủy sản', 'Trực tuyến', '03/01/2024', '12/01/2024', null, 'Từ chối tiếp nhận'],
        ['D', 'Thủy sản', 'Trực tuyến', '03/01/2024', null, null, 'Không được tiếp nhận'],
      ]),
    );
    expect(read.dossiers.map((d) => d.code)).toEqual(['A']);
    expect(read.rejected).toEqual([]);
    expect(read.notReceived).toEqual([
      { row: 5, code: 'B', status: 'Mới đăng ký' },
      { row: 6, code: 'C', status: 'Từ chối tiếp nhận' },
      { row: 7, code: 'D', status: 'Không được tiếp nhận' },
    ]);
    expect(read.findings.filter((f) => f.row !== null && f.row >= 5)).toEqual([]);
  });
});
