import type { PlanTable } from '../plan/model';
import { TRACKING_HEADERS, TRACKING_SHEET } from '../status/tracking';
import { DEFAULT_UNIT_DIRECTORY, readUnitDirectory, UNIT_DIRECTORY_SHEET } from '../units/directory';
import type { SheetGrid } from '../grid';
import type { SheetWrite } from '../write/writePlan';
import { validateWritePlan } from '../../workbook/validateWritePlan';
import { initWritePlan } from './initWritePlan';

const d = (key: string, row: number) => ({ key, result: '', lead: 'Văn phòng Sở', support: '', timing: 'Quý I', timingDate: null, override: null, rows: [row, row] as [number, number] });
const plan: PlanTable = {
  sheet: 'Phụ lục',
  year: 2024,
  title: null,
  sections: [],
  warnings: [],
  layout: { headerRows: [1, 2], columns: { stt: 1, content: 2, result: 3, lead: 4, support: 5, timing: 6, override: null }, lastColumn: 6, lastRow: 6 },
  tasks: [
    { no: 1, label: '1', id: '1', section: 'I', group: null, content: '', deliverables: [d('a', 3), d('b', 4)], rows: [3, 4] },
    { no: 2, label: '2', id: '2', section: 'I', group: null, content: '', deliverables: [d('a', 5)], rows: [5, 5] },
    { no: 7, label: '7', id: '7', section: 'II', group: null, content: '', deliverables: [d('a', 6)], rows: [6, 6] },
  ],
};

/** The grid a create-mode sheet write leaves (values only). */
function gridOf(sw: SheetWrite): SheetGrid {
  const values: SheetGrid['values'] = [];
  for (const block of sw.values) {
    block.values.forEach((line, r) => {
      const row = (values[block.row - 1 + r] ??= []);
      line.forEach((v, c) => (row[block.col - 1 + c] = v));
    });
  }
  for (let i = 0; i < values.length; i++) values[i] ??= [];
  return { name: sw.sheet, values, merges: sw.merges };
}

describe('initWritePlan', () => {
  const wp = initWritePlan(plan, DEFAULT_UNIT_DIRECTORY, { existingSheets: ['Phụ lục'] });
  const directory = wp.sheets.find((s) => s.sheet === UNIT_DIRECTORY_SHEET)!;
  const tracking = wp.sheets.find((s) => s.sheet === TRACKING_SHEET)!;

  test('two new sheets, a valid write plan, the tracking sheet shown', () => {
    expect(wp.sheets.map((s) => [s.sheet, s.mode])).toEqual([
      [UNIT_DIRECTORY_SHEET, 'create'],
      [TRACKING_SHEET, 'create'],
    ]);
    expect(wp.activate).toBe(TRACKING_SHEET);
    expect(() => validateWritePlan(wp, ['Phụ lục'])).not.toThrow();
  });

  test('the directory sheet reads back as the same units, with the "cần kiểm tra" note shown', () => {
    const grid = gridOf(directory);
    expect(String(grid.values[1][0])).toMatch(/cần kiểm tra/);
    const back = readUnitDirectory(grid);
    expect(back.findings).toEqual([]);
    expect(back.directory.units).toEqual(DEFAULT_UNIT_DIRECTORY.units);
  });

  test('the directory sheet has drop-downs for Loại and Giải quyết TTHC below the units', () => {
    const lists = directory.validations!.map((v) => v.list);
    expect(lists).toContainEqual(['Có', 'Không']);
    expect(lists).toContainEqual(['Văn phòng', 'Thanh tra', 'Phòng', 'Chi cục', 'Trung tâm', 'Khác']);
    const tthc = directory.validations!.find((v) => v.list[0] === 'Có')!;
    expect(tthc.range.top).toBe(5);
    expect(tthc.range.bottom).toBeGreaterThan(4 + DEFAULT_UNIT_DIRECTORY.units.length);
  });

  test('the tracking sheet: headers only, drop-downs for STT, Kết quả, Đơn vị and Kỳ of the plan year', () => {
    expect(tracking.values).toEqual([{ row: 1, col: 1, values: [[...TRACKING_HEADERS]] }]);
    const byCol = new Map(tracking.validations!.map((v) => [v.range.left, v]));
    expect(byCol.get(1)!.list).toEqual(['1', '2', '7']);
    expect(byCol.get(2)!.list).toEqual(['a', 'b']);
    expect(byCol.get(3)!.list).toEqual(DEFAULT_UNIT_DIRECTORY.units.map((u) => u.name));
    expect(byCol.get(4)!.list).toEqual(['Quý I/2024', 'Quý II/2024', 'Quý III/2024', 'Quý IV/2024', '6 tháng/2024', 'Năm 2024']);
    for (const v of tracking.validations!) expect([v.range.top, v.range.bottom]).toEqual([2, 501]);
    expect(tracking.formats.find((f) => f.range.left === 5 && f.format.numberFormat)?.format.numberFormat).toBe('dd/mm/yyyy');
  });

  test('year and rows options', () => {
    const other = initWritePlan({ ...plan, year: null }, DEFAULT_UNIT_DIRECTORY, { year: 2025, trackingRows: 50 });
    const t = other.sheets.find((s) => s.sheet === TRACKING_SHEET)!;
    expect(t.validations!.find((v) => v.range.left === 4)!.list[0]).toBe('Quý I/2025');
    expect(t.validations![0].range.bottom).toBe(51);
    expect(() => initWritePlan({ ...plan, year: null }, DEFAULT_UNIT_DIRECTORY)).toThrow(RangeError);
  });

  test("existing sheets are the officer's: never rewritten", () => {
    expect(initWritePlan(plan, DEFAULT_UNIT_DIRECTORY, { existingSheets: [TRACKING_SHEET] }).sheets.map((s) => s.sheet)).toEqual([UNIT_DIRECTORY_SHEET]);
    expect(initWritePlan(plan, DEFAULT_UNIT_DIRECTORY, { existingSheets: [TRACKING_SHEET, UNIT_DIRECTORY_SHEET] })).toEqual({ sheets: [] });
  });

  test('a directory read from a sheet gets no "to be checked" fill', () => {
    const own = { ...DEFAULT_UNIT_DIRECTORY, source: 'sheet' as const, note: null };
    const sw = initWritePlan(plan, own).sheets[0];
    expect(String(gridOf(sw).values[1][0])).not.toMatch(/cần kiểm tra/);
    expect(sw.formats[1].format.fill).toBeNull();
  });
});
