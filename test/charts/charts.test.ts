import { handmadePlan, handmadeStatus } from '../highlight/handmadePlan';
import { readPlanTable } from '../../src/core/plan/readPlanTable';
import { computePlanStatus } from '../../src/core/status/computeStatus';
import { readSeedAppendix } from '../fixtures/seedText';
import { countByStatus } from '../../src/core/highlight/unitView';
import { STATUS_SEVERITY } from '../../src/core/status/model';
import { statusSheetWrite } from '../../src/core/highlight/statusSheet';
import { highlightWritePlan } from '../../src/core/highlight/highlightWritePlan';
import { unitSummaries } from '../../src/taskpane/features/status';
import { II05A_COUNT_KEYS, type Ii05aCounts } from '../../src/core/forms/definitions';
import { validateWritePlan } from '../../src/workbook/validateWritePlan';
import type { CellValue } from '../../src/core/grid';
import type { SheetWrite } from '../../src/core/write/writePlan';
import { PROGRESS_GROUPS, unitProgress, unitRoleProgress } from '../../src/core/highlight/progressChart';
import { onTimeRateText, resultBars } from '../../src/core/forms/quarterChart';
import { CHART_DATA_HEADING, chartHeight, symbolLabelFormat } from '../../src/core/write/chartBlock';
import { withProgressChart } from '../../src/core/highlight/progressChartSheet';
import { withResultChart } from '../../src/core/forms/quarterChartSheet';

function seedStatus() {
  const grid = { name: 'Phụ lục', values: readSeedAppendix().map((l) => l.cells), merges: [] };
  const { plan } = readPlanTable([grid]);
  if (!plan) throw new Error('the seed appendix did not read');
  return { plan, status: computePlanStatus(plan, { asOf: '2024-03-10' }) };
}

/** The value a sheet write puts at (row, col), the last block winning. */
function cellOf(sw: SheetWrite, row: number, col: number): CellValue {
  let v: CellValue = null;
  for (const b of sw.values) {
    const x = b.values[row - b.row]?.[col - b.col];
    if (x !== undefined && row >= b.row && col >= b.col) v = x;
  }
  return v;
}

describe('unitProgress: the pane chart and the status sheet chart, from the statuses the tables use', () => {
  const { status } = seedStatus();
  const bars = unitProgress(status);

  test('per unit, the same counts as the by-unit table (led, overdue, due soon), in its order', () => {
    const table = unitSummaries(status).filter((s) => s.lead > 0);
    expect(bars.map((b) => b.label)).toEqual(table.map((s) => s.unit));
    for (const [i, s] of table.entries()) {
      expect(bars[i].total).toBe(s.lead);
      expect(bars[i].counts.overdue).toBe(s.overdue);
      expect(bars[i].counts['due-soon']).toBe(s.dueSoon);
      expect(Object.values(bars[i].counts).reduce((a, b) => a + b, 0)).toBe(s.lead);
    }
  });

  test('the seed plan at 10/03/2024: Văn phòng Sở leads the two overdue results', () => {
    expect(bars[0]).toMatchObject({ label: 'Văn phòng Sở', counts: { overdue: 2 } });
  });

  test('five parts in the order officers name them, symbols first, the palette\'s colours', () => {
    expect(PROGRESS_GROUPS.map((g) => g.label)).toEqual(['✖ Quá hạn', '⚠ Sắp đến hạn', '◷ Đang thực hiện', '✔ Hoàn thành', '↻ Thường xuyên / chưa có hạn']);
    expect(PROGRESS_GROUPS.map((g) => g.fill)).toEqual(['#F08080', '#FFC000', '#FFFFFF', '#C6EFCE', '#DDEBF7']);
    expect(new Set(PROGRESS_GROUPS.flatMap((g) => g.statuses))).toEqual(new Set(STATUS_SEVERITY));
  });

  test("a unit's own chart: its led and supported results, together the counts of its sheet's legend", () => {
    const unit = 'Chi cục Thủy sản';
    const own = unitRoleProgress(status, unit);
    const legend = countByStatus(status, { unit });
    expect(own.reduce((t, b) => t + b.total, 0)).toBe(legend.total);
    expect(own.reduce((t, b) => t + b.counts.overdue, 0)).toBe(legend.byStatus.overdue);
    expect(own.reduce((t, b) => t + b.counts.calm, 0)).toBe(legend.byStatus.ongoing + legend.byStatus.unscheduled);
  });
});

describe('the status sheet carries its chart above the table', () => {
  const plan = handmadePlan();
  const status = handmadeStatus();
  const bare = statusSheetWrite(plan, status, { asOf: status.asOf });
  const sheet = withProgressChart(bare, status);
  const headerRow = (bare.pageSetup?.printTitleRows as [number, number])[0];

  test('one chart in a row of its own just above the header, over the printed columns', () => {
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts![0];
    expect(chart.anchor).toEqual({ top: headerRow, left: 1, bottom: headerRow, right: 8 });
    expect(sheet.pageSetup?.printTitleRows).toEqual([headerRow + 1, headerRow + 1]);
    expect(cellOf(sheet, headerRow + 1, 1)).toBe('STT');
    expect(sheet.rowHeights?.find((h) => h.row === headerRow)?.height).toBe(chartHeight(unitProgress(status).length));
  });

  test("the chart's cells hold the bars' numbers, beside the printed columns", () => {
    const chart = sheet.charts![0];
    expect(chart.categories.left).toBeGreaterThan(sheet.pageSetup!.printArea!.right);
    expect(cellOf(sheet, headerRow, chart.categories.left)).toBe(CHART_DATA_HEADING);
    const bars = unitProgress(status);
    bars.forEach((b, i) => {
      expect(cellOf(sheet, chart.categories.top + i, chart.categories.left)).toBe(b.label);
      PROGRESS_GROUPS.forEach((g, j) => expect(cellOf(sheet, chart.series[j].values.top + i, chart.series[j].values.left)).toBe(b.counts[g.key]));
    });
    expect(chart.series.map((s) => s.labelFormat)).toEqual(PROGRESS_GROUPS.map((g) => symbolLabelFormat(g.symbol)));
  });

  test('the table below moved down whole, and the plan is valid', () => {
    expect(cellOf(sheet, headerRow + 2, 1)).toBe(cellOf(bare, headerRow + 1, 1));
    expect(sheet.freeze).toBeUndefined();
    expect(() => validateWritePlan({ sheets: [sheet] }, [])).not.toThrow();
  });

  test('every status sheet highlightWritePlan writes has its chart', () => {
    const { plan: seed, status: seedSt } = seedStatus();
    const w = highlightWritePlan(seed, seedSt, { asOf: '2024-03-10', planSheet: false, statusSheets: { units: ['Chi cục Thủy sản'] } });
    expect(w.sheets.map((s) => s.charts?.length)).toEqual([1, 1]);
    expect(w.sheets[1].charts![0].title).toContain('Chi cục Thủy sản');
  });
});

describe('resultBars: the quarter chart from the II.05a rows', () => {
  const counts = (c: Partial<Ii05aCounts>): Ii05aCounts => ({ ...Object.fromEntries(II05A_COUNT_KEYS.map((k) => [k, 0])), ...c }) as Ii05aCounts;

  test('columns (8), (9), (10), (11) as the table has them, and ((8)+(9))/(7)', () => {
    const row = counts({ c3: 30, c7: 20, c8: 12, c9: 7, c10: 1, c11: 10, c12: 8, c13: 2 });
    const [bar] = resultBars([{ name: 'Trồng trọt', counts: row }]);
    expect(bar.counts).toEqual({ c8: 12, c9: 7, c10: 1, c11: 10 });
    expect(bar.onTimeRate).toBeCloseTo(0.95);
    expect(bar.label).toBe('Trồng trọt — 95%');
  });

  test.each([
    [199 / 200, '99,5%'],
    [1999 / 2000, '99,9%'],
    [1, '100%'],
    [0.29, '29%'],
    [0, '0%'],
    [null, 'chưa có hồ sơ đã giải quyết'],
  ])('rate %p reads %s (never rounded up to 100%%)', (rate, text) => expect(onTimeRateText(rate)).toBe(text));

  test('the II.05a sheet gets the chart above its table, numbers beside it, valid', () => {
    const sw: SheetWrite = {
      sheet: 'II.05a',
      mode: 'create',
      values: [{ row: 1, col: 1, values: [['Biểu'], [], ['STT', 'Lĩnh vực'], [1, 'Trồng trọt']] }],
      formulas: [{ row: 4, col: 3, formula: 'SUM(D4:E4)', result: 0 }],
      formats: [],
      merges: [],
      columnWidths: Array.from({ length: 13 }, (_, i) => ({ col: i + 1, width: 9 })),
      pageSetup: { orientation: 'landscape', paper: 'A4', fitToWidth: true, printTitleRows: [3, 3], printArea: { top: 1, left: 1, bottom: 4, right: 13 } },
    };
    const out = withResultChart(sw, resultBars([{ name: 'Trồng trọt', counts: counts({ c7: 2, c8: 1, c9: 1 }) }]), { title: 'Kết quả' });
    expect(out.charts?.[0].anchor).toEqual({ top: 3, left: 1, bottom: 3, right: 13 });
    // Formulas move with their rows, references too.
    expect(out.formulas).toEqual([{ row: 5, col: 3, formula: 'SUM(D5:E5)', result: 0 }]);
    expect(out.pageSetup?.printArea).toEqual({ top: 1, left: 1, bottom: 5, right: 13 });
    expect(() => validateWritePlan({ sheets: [out] }, [])).not.toThrow();
    expect(withResultChart(sw, [], { title: 'Kết quả' })).toBe(sw);
  });
});
