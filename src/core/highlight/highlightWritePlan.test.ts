import { STATUS_SHEET_ROWS } from './statusSheet';
import { highlightWritePlan } from './highlightWritePlan';
import { handmadePlan, handmadeStatus, largePlanAndStatus } from '../../../test/highlight/handmadePlan';

describe('highlightWritePlan', () => {
  const plan = handmadePlan();
  const status = handmadeStatus();

  test('default: the plan sheet and "Tiến độ"', () => {
    const w = highlightWritePlan(plan, status, { asOf: '2024-03-10' });
    expect(w.sheets.map((s) => [s.sheet, s.mode])).toEqual([
      ['Phụ lục', 'update'],
      ['Tiến độ', 'create'],
    ]);
    expect(w.activate).toBe('Phụ lục');
  });

  test('by unit: the unit’s own sheet by default, and on request several, deduplicated', () => {
    expect(highlightWritePlan(plan, status, { asOf: '2024-03-10', unit: 'Văn phòng Sở' }).sheets.map((s) => s.sheet)).toEqual([
      'Phụ lục',
      'Tiến độ',
      'Tiến độ - Văn phòng Sở',
    ]);
    const w = highlightWritePlan(plan, status, {
      asOf: '2024-03-10',
      statusSheets: { units: ['Văn phòng Sở', 'van phong so', 'Thanh tra Sở'], all: false },
      planSheet: false,
    });
    expect(w.sheets.map((s) => s.sheet)).toEqual(['Tiến độ - Văn phòng Sở', 'Tiến độ - Thanh tra Sở']);
  });

  test('"none": the plan sheet only', () => {
    expect(highlightWritePlan(plan, status, { asOf: '2024-03-10', statusSheets: 'none' }).sheets).toHaveLength(1);
  });

  test('a status sheet never takes the plan sheet’s name', () => {
    const w = highlightWritePlan({ ...plan, sheet: 'Tiến độ' }, status, { asOf: '2024-03-10' });
    expect(w.sheets.map((s) => s.sheet)).toEqual(['Tiến độ', 'Tiến độ (2)']);
  });

  test('two units whose sheet names would clash get distinct names, all valid', () => {
    const w = highlightWritePlan(plan, status, {
      asOf: '2024-03-10',
      planSheet: false,
      statusSheets: { units: ['Chi cục Quản lý chất lượng Nông lâm sản', 'Chi cục Quản lý chất lượng Thủy sản'], all: false },
    });
    expect(w.sheets.map((s) => s.sheet)).toEqual(['Tiến độ - CC Quản lý chất lượng', 'Tiến độ - CC Quản lý chất (2)']);
    for (const s of w.sheets) expect(s.sheet.length).toBeLessThanOrEqual(31);
  });

  test('statuses from another day are a programming error', () => {
    expect(() => highlightWritePlan(plan, status, { asOf: '2024-03-11' })).toThrow(RangeError);
  });
});

describe('highlightWritePlan at size', () => {
  const build = (n: number) => {
    const { plan, status } = largePlanAndStatus(n);
    const started = performance.now();
    const w = highlightWritePlan(plan, status, { asOf: '2024-03-10', statusSheets: { units: ['Đơn vị 1'] } });
    return { w, ms: performance.now() - started };
  };

  test('time grows linearly with the rows (10× the rows, well under 100× the time)', () => {
    build(1_000);
    const small = Math.min(...[0, 1, 2].map(() => build(1_000).ms));
    const { w, ms } = build(10_000);
    expect(ms / small).toBeLessThan(35);
    const [planSheet, all, unit] = w.sheets;
    // Fills are a few ranges per row, grouped by colour for the Office path.
    expect(planSheet.formats.length).toBeLessThan(10_000 * 4);
    // The sheet's rows, around the chart's block put above the table (its last value block).
    const sheetRows = (sw: typeof all) => sw.values.slice(0, -1).reduce((n, b) => n + b.values.length, 0);
    expect(sheetRows(all)).toBe(STATUS_SHEET_ROWS.header + 1 + 10_000 + 7);
    expect(sheetRows(unit)).toBe(STATUS_SHEET_ROWS.header + 1 + 10_000 + 7);
    expect(all.charts).toHaveLength(1);
  }, 60_000);
});
