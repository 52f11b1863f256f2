/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- exceljs cells, not Office.js proxies */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { CellRange, CellValue } from '../../src/core/grid';
import type { RangeFormat, SheetWrite, WritePlan } from '../../src/core/write/writePlan';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { OfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { WritePlanError } from '../../src/workbook/validateWritePlan';
import { FakeExcel, type FakeCell } from '../fakes/excelFake';

/**
 * Property: whatever valid update plan the core makes, the officer's cells outside the own
 * columns keep their value and everything but their fill; an invalid plan writes nothing.
 */
const SEED = 20240310;
const ROWS = 12;
const COLS = 6;

const text = fc.oneof(fc.constantFrom('=1+1', '+84 905', '-3', '@x', '007', 'Quý I', 'Văn phòng Sở', ''), fc.string({ maxLength: 12 }));
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  text,
  fc.integer({ min: -1000, max: 100000 }),
  fc.boolean(),
  fc.constant(null),
  fc.integer({ min: 0, max: 3000 }).map((d) => new Date(Date.UTC(2020, 0, 1 + d))),
);
const officerGrid = fc.array(fc.array(fc.oneof(text, fc.integer({ min: 0, max: 99 })), { minLength: COLS, maxLength: COLS }), { minLength: ROWS, maxLength: ROWS });
const colour = fc.constantFrom('#F8CBAD', '#FFE699', '#C6E0B4', '#DDEBF7', '#D9D9D9');

function rectIn(bounds: CellRange): fc.Arbitrary<CellRange> {
  return fc
    .tuple(fc.integer({ min: bounds.top, max: bounds.bottom }), fc.integer({ min: bounds.top, max: bounds.bottom }), fc.integer({ min: bounds.left, max: bounds.right }), fc.integer({ min: bounds.left, max: bounds.right }))
    .map(([a, b, c, d]) => ({ top: Math.min(a, b), bottom: Math.max(a, b), left: Math.min(c, d), right: Math.max(c, d) }));
}

const updatePlan: fc.Arbitrary<WritePlan> = fc
  .record({ from: fc.integer({ min: 7, max: 8 }), width: fc.integer({ min: 1, max: 2 }), last: fc.integer({ min: 3, max: ROWS + 3 }) })
  .chain(({ from, width, last }) => {
    const own: CellRange = { top: 3, left: from, bottom: last, right: from + width - 1 };
    const block = rectIn(own).chain((r) =>
      fc.array(fc.array(cellValue, { minLength: r.right - r.left + 1, maxLength: r.right - r.left + 1 }), { minLength: r.bottom - r.top + 1, maxLength: r.bottom - r.top + 1 }).map((values) => ({ row: r.top, col: r.left, values })),
    );
    const fill: fc.Arbitrary<RangeFormat> = fc.record({ range: rectIn({ top: 1, left: 1, bottom: ROWS + 3, right: from + width - 1 }), format: colour.map((c) => ({ fill: c })) });
    const ownFormat: fc.Arbitrary<RangeFormat> = fc.record({ range: rectIn(own), format: fc.record({ bold: fc.boolean(), border: fc.constant('thin' as const), numberFormat: fc.constantFrom('0', 'dd/mm/yyyy') }) });
    return fc.record({ values: fc.array(block, { maxLength: 3 }), formats: fc.array(fc.oneof(fill, ownFormat), { maxLength: 6 }) }).map(
      ({ values, formats }): WritePlan => ({
        sheets: [{ sheet: 'Kế hoạch', mode: 'update', ownColumns: { from, to: from + width - 1, rows: [3, last] }, values, formats, merges: [], columnWidths: [] } satisfies SheetWrite],
      }),
    );
  });

function isOwn(plan: WritePlan, row: number, col: number): boolean {
  const own = plan.sheets[0].ownColumns;
  return !!own && col >= own.from && col <= own.to && row >= own.rows[0] && row <= own.rows[1];
}

test('Office path: cells outside the own columns keep everything but their fill', async () => {
  await fc.assert(
    fc.asyncProperty(officerGrid, updatePlan, async (grid, plan) => {
      const fake = new FakeExcel();
      const sheet = fake.seed('Kế hoạch', grid);
      const before = new Map([...sheet.cells].map(([k, c]) => [k, { ...c, fill: null }]));
      await new OfficeWorkbook({ run: fake.run }).apply(plan);
      for (const [key, c] of sheet.cells) {
        const [row, col] = key.split(',').map(Number);
        if (isOwn(plan, row, col)) continue;
        const was: FakeCell = before.get(key) ?? { value: '', formula: null, numberFormat: 'General', fill: null, font: {}, borders: {} };
        expect({ ...c, fill: null }).toEqual(was);
      }
      for (const w of fake.writes.filter((x) => x.kind === 'range.values')) {
        expect(w.sheet).toBe('Kế hoạch');
      }
    }),
    { seed: SEED, numRuns: 40 },
  );
});

test('file path: cells outside the own columns keep value and style but fill', async () => {
  await fc.assert(
    fc.asyncProperty(officerGrid, updatePlan, async (grid, plan) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Kế hoạch');
      grid.forEach((line, r) => line.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
      const book = await FileWorkbook.open(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'kh.xlsx');
      const sheet = (await book.excelBook()).getWorksheet('Kế hoạch') as ExcelJS.Worksheet;
      const snapshot = () => {
        const out = new Map<string, string>();
        for (let r = 1; r <= ROWS + 4; r++) {
          for (let c = 1; c <= 9; c++) {
            if (isOwn(plan, r, c)) continue;
            const cell = sheet.getCell(r, c);
            const { fill: _fill, ...style } = cell.style ?? {};
            out.set(cell.address, JSON.stringify([cell.value, style]));
          }
        }
        return out;
      };
      const before = snapshot();
      await book.apply(plan);
      expect(snapshot()).toEqual(before);
    }),
    { seed: SEED, numRuns: 25 },
  );
});

test('an update plan writing one cell outside its own columns writes nothing at all', async () => {
  await fc.assert(
    fc.asyncProperty(updatePlan, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: ROWS }), cellValue, async (plan, col, row, v) => {
      const fake = new FakeExcel();
      fake.seed('Kế hoạch', [['x']]);
      const bad: WritePlan = { sheets: [{ ...plan.sheets[0], values: [...plan.sheets[0].values, { row, col, values: [[v]] }] }] };
      await expect(new OfficeWorkbook({ run: fake.run }).apply(bad)).rejects.toThrow(WritePlanError);
      expect(fake.writes).toEqual([]);
      expect(fake.syncs).toBe(0);
    }),
    { seed: SEED, numRuns: 40 },
  );
});
