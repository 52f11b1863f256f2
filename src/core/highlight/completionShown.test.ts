import type { CellValue } from '../grid';
import { computePlanStatus } from '../status/computeStatus';
import { shownStatusText } from '../status/labels';
import { markedPlan } from '../../../test/status/markedPlan';
import { planSheetWrite } from './planSheetWrite';
import { STATUS_SHEET_ROWS, statusSheetWrite } from './statusSheet';
import { countByStatus } from './unitView';

// SPEC §12: a deliverable the plan's own status column marks done is shown as done, saying so.
const plan = markedPlan([
  ['Quý I/2025', 'Đã hoàn thành', null],
  ['Quý I/2025', 'Hoàn thành quá hạn', null, 'Chi cục Kiểm lâm'],
  ['Quý I/2025', 'Đang thực hiện', null],
]);
const status = computePlanStatus(plan, { asOf: '2025-04-10' });

describe('shownStatusText', () => {
  test.each<[Parameters<typeof shownStatusText>[0], string]>([
    [{ status: 'done', completedBy: 'plan' }, '✔ Hoàn thành (theo bảng kế hoạch)'],
    [{ status: 'done', completedBy: 'plan', late: true }, '✔ Hoàn thành quá hạn (theo bảng kế hoạch)'],
    [{ status: 'done', completedBy: 'tracking' }, '✔ Hoàn thành'],
    [{ status: 'done' }, '✔ Hoàn thành'],
    [{ status: 'overdue' }, '✖ Quá hạn'],
  ])('%j → %s', (shown, text) => {
    expect(shownStatusText(shown)).toBe(text);
  });
});

describe('status sheets and the plan sheet show the plan\'s own completions as done', () => {
  const statusColumn = (values: CellValue[][]): CellValue[] => values.map((line) => line[line.length - 1]);

  test('the all-units sheet: green "Hoàn thành (theo bảng kế hoạch)", counted as done', () => {
    const w = statusSheetWrite(plan, status, { asOf: '2025-04-10' });
    const body = w.values[0].values.slice(STATUS_SHEET_ROWS.firstBody - 1, STATUS_SHEET_ROWS.firstBody + 2);
    expect(statusColumn(body)).toEqual(['✔ Hoàn thành (theo bảng kế hoạch)', '✔ Hoàn thành quá hạn (theo bảng kế hoạch)', '✖ Quá hạn']);
    expect(countByStatus(status)).toMatchObject({ total: 3, byStatus: { done: 2, overdue: 1 }, doneFromPlan: 2 });
    expect(countByStatus(status, { unit: 'Chi cục Thủy sản' })).toMatchObject({ total: 2, byStatus: { done: 1, overdue: 1 }, doneFromPlan: 1 });
  });

  test('a unit\'s sheet: its own status, from the plan', () => {
    const w = statusSheetWrite(plan, status, { asOf: '2025-04-10', unit: 'Chi cục Kiểm lâm' });
    expect(w.values[0].values[STATUS_SHEET_ROWS.firstBody - 1].at(-1)).toBe('✔ Hoàn thành quá hạn (theo bảng kế hoạch)');
  });

  test('the coloured plan sheet\'s status column', () => {
    const w = planSheetWrite(plan, status);
    const cells = w.values.filter((v) => v.row >= 2 && v.row <= 4).sort((a, b) => a.row - b.row).map((v) => v.values[0][1]);
    expect(cells).toEqual(['✔ Hoàn thành (theo bảng kế hoạch)', '✔ Hoàn thành quá hạn (theo bảng kế hoạch)', '✖ Quá hạn']);
  });
});
