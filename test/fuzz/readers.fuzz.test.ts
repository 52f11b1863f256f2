import fc from 'fast-check';
import type { CellRange, CellValue, SheetGrid } from '../../src/core/grid';
import { consolidateForms } from '../../src/core/consolidate/consolidateForms';
import { findForms } from '../../src/core/forms/findForms';
import { computeForms } from '../../src/core/forms/computeForms';
import { parsePeriodCode } from '../../src/core/periods/periods';
import { readPlanTable } from '../../src/core/plan/readPlanTable';
import { pickRegister } from '../../src/core/register/pickRegister';
import { readRegister } from '../../src/core/register/readRegister';
import { readTracking } from '../../src/core/status/tracking';
import { DEFAULT_UNIT_DIRECTORY, readUnitDirectory } from '../../src/core/units/directory';
import { sampleRegisterRows } from '../fixtures/registers';
import { seedPlanFixture } from '../fixtures/seedAppendix';
import { gridsOfBytes, unitWorkbookBytes } from '../fixtures/unitForms';
import { GOOD_SPECS } from '../fixtures/unitFormsSet';

/**
 * Property tests of the readers: any grid — random values, huge strings, dates, booleans,
 * nulls, merges overlapping or out of range — gives a result and findings, never an exception.
 * Seeded and bounded (SEED, RUNS) so a failure replays and the suite stays fast.
 */

const SEED = 20240316;
const RUNS = 300;
const PERIOD = parsePeriodCode('2024-Q1')!;

/** Words the readers look for, so random grids reach past the header search. */
const DOMAIN_WORDS = [
  'STT', 'TT', 'Nội dung công việc', 'Kết quả công việc', 'Đơn vị thực hiện', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện', 'Hạn điều chỉnh',
  'I', 'II.', 'XII', '1', '7.', 'a)', '(1)', '(2)', '(3)', '(13)', 'Tổng cộng', 'Cộng', 'Quý I', 'Quý V', 'Hàng quý', 'Thường xuyên', 'Đột xuất',
  'Tháng 13/2024', '31/02/2024', 'Trước ngày 20/02/2024', 'Mã hồ sơ', 'Lĩnh vực', 'Tên thủ tục hành chính', 'Hình thức nộp', 'Trực tuyến',
  'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Trạng thái', 'Lý do quá hạn', 'Biểu số II.05a/VPCP/KSTT',
  'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC', 'Kỳ báo cáo: Quý I/2024', 'Đơn vị báo cáo: Chi cục Thủy sản',
  'Tên đơn vị', 'Kỳ', 'Ngày hoàn thành', 'Văn phòng Sở', "=cmd|' /C calc'!A0", '@SUM(1)', '+1', '-1', '\u200bSTT\u00a0', 'Nội dung'.normalize('NFD'),
];
const HUGE = 'x'.repeat(40_000);

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 5, arbitrary: fc.constantFrom(...DOMAIN_WORDS) },
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 3, arbitrary: fc.integer({ min: -1000, max: 100_000 }) },
  { weight: 2, arbitrary: fc.double({ noNaN: true }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.date({ noInvalidDate: true, min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)) }) },
  { weight: 1, arbitrary: fc.constant(HUGE) },
);

const merge: fc.Arbitrary<CellRange> = fc
  .record({ top: fc.integer({ min: 1, max: 40 }), left: fc.integer({ min: 1, max: 16 }), h: fc.nat(12), w: fc.nat(6) })
  .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));

const grid = (name: string): fc.Arbitrary<SheetGrid> =>
  fc.record({
    name: fc.constant(name),
    values: fc.array(fc.array(cell, { maxLength: 16 }), { maxLength: 30 }),
    merges: fc.array(merge, { maxLength: 6 }),
  });

/** A real grid with random cells written over it and random merges added: reaches deep paths. */
const edited = (base: SheetGrid): fc.Arbitrary<SheetGrid> =>
  fc
    .record({
      edits: fc.array(fc.record({ r: fc.nat(base.values.length + 5), c: fc.nat(16), v: cell }), { maxLength: 25 }),
      merges: fc.array(merge, { maxLength: 4 }),
      cut: fc.option(fc.nat(base.values.length), { nil: undefined }),
    })
    .map(({ edits, merges, cut }) => {
      const values = base.values.slice(0, cut ?? base.values.length).map((l) => [...l]);
      for (const { r, c, v } of edits) {
        while (values.length <= r) values.push([]);
        while (values[r].length <= c) values[r].push(null);
        values[r][c] = v;
      }
      return { name: base.name, values, merges: [...base.merges, ...merges] };
    });

const PARAMS = { seed: SEED, numRuns: RUNS };
const seedPlan = seedPlanFixture('word').sheets;
const pdfPlan = seedPlanFixture('pdf').sheets;
const registerGrid: SheetGrid = { name: 'Sổ', values: sampleRegisterRows({ count: 40, seed: 5 }), merges: [] };
const plan = readPlanTable(seedPlan).plan!;
let unitGrids: SheetGrid[];

beforeAll(async () => {
  unitGrids = await gridsOfBytes(await unitWorkbookBytes(GOOD_SPECS['chan-nuoi-thu-y.xlsx']));
});

/** Runs a reader and checks it neither throws nor loses its findings' shape. */
function readsCleanly(read: () => { findings?: readonly { row: number | null; message: string }[] } | null): void {
  const result = read();
  for (const f of result?.findings ?? []) {
    expect(typeof f.message).toBe('string');
    expect(f.message).not.toMatch(/undefined|NaN|\[object Object\]/);
    expect(f.row === null || (Number.isInteger(f.row) && f.row >= 1)).toBe(true);
  }
}

describe('readers never throw on random grids', () => {
  test('readPlanTable', () => {
    fc.assert(fc.property(fc.array(grid('Kế hoạch'), { minLength: 1, maxLength: 3 }), (grids) => readsCleanly(() => readPlanTable(grids))), PARAMS);
  });
  test('readPlanTable on the seed (Word and PDF layouts) with random cells and merges', () => {
    fc.assert(fc.property(edited(seedPlan[0]), (g) => readsCleanly(() => readPlanTable([g]))), PARAMS);
    fc.assert(fc.property(edited(pdfPlan[0]), (g) => readsCleanly(() => readPlanTable([g]))), PARAMS);
  });
  test('readRegister, pickRegister and computeForms', () => {
    fc.assert(
      fc.property(fc.oneof(grid('Sổ'), edited(registerGrid)), (g) => {
        readsCleanly(() => {
          const read = readRegister(g);
          computeForms(read.dossiers, PERIOD, { sheet: g.name });
          return read;
        });
        readsCleanly(() => pickRegister([g])?.read ?? null);
      }),
      PARAMS,
    );
  });
  test('findForms and consolidateForms on unit forms', () => {
    fc.assert(
      fc.property(fc.oneof(grid('II.05a'), edited(unitGrids[1])), (g) => {
        const grids = unitGrids.map((u) => (u.name === g.name ? g : u));
        findForms(grids);
        const result = consolidateForms([{ file: 'a.xlsx', grids }], { period: PERIOD });
        for (const f of result.files) expect(['accepted', 'rejected']).toContain(f.status);
      }),
      PARAMS,
    );
  });
  test('readTracking and readUnitDirectory', () => {
    fc.assert(
      fc.property(grid('Theo dõi thực hiện'), (g) => {
        readsCleanly(() => readTracking(g, plan, DEFAULT_UNIT_DIRECTORY));
        readsCleanly(() => readUnitDirectory(g));
      }),
      PARAMS,
    );
  });
});
