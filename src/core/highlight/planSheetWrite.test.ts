import type { CellRange } from '../grid';
import type { RangeFormat, SheetWrite } from '../write/writePlan';
import { STATUS_PALETTE } from './palette';
import { ownColumnsStart, PLAN_SHEET_HEADINGS, planSheetWrite } from './planSheetWrite';
import { statusText } from '../status/labels';
import { handmadeGrid, handmadePlan, handmadeStatus } from '../../../test/highlight/handmadePlan';

const covers = (r: CellRange, row: number, col: number) => r.top <= row && row <= r.bottom && r.left <= col && col <= r.right;

/** The fill a cell ends with after the formats are applied in order (undefined = untouched). */
function fillAt(write: SheetWrite, row: number, col: number): string | null | undefined {
  let fill: string | null | undefined;
  for (const f of write.formats) if (f.format.fill !== undefined && covers(f.range, row, col)) fill = f.format.fill;
  return fill;
}

function valueAt(write: SheetWrite, row: number, col: number): unknown {
  for (const b of write.values) {
    const v = b.values[row - b.row]?.[col - b.col];
    if (v !== undefined) return v;
  }
  return undefined;
}

describe('planSheetWrite (all units)', () => {
  const write = planSheetWrite(handmadePlan(), handmadeStatus());
  const red = STATUS_PALETTE.overdue.fill;
  const amber = STATUS_PALETTE['due-soon'].fill;
  const blue = STATUS_PALETTE.ongoing.fill;

  test('updates the officer sheet, owning 5 columns right of the table from the header down', () => {
    expect(write).toMatchObject({ sheet: 'Phụ lục', mode: 'update', ownColumns: { from: 7, to: 11, rows: [3, 12] } });
  });

  test('outside its own columns it only sets fills, never on section, header or title rows', () => {
    const outside = write.formats.filter((f: RangeFormat) => f.range.right < 7 || f.range.left < 7);
    expect(outside.length).toBeGreaterThan(0);
    for (const f of outside) {
      expect(Object.keys(f.format)).toEqual(['fill']);
      expect(f.range.right).toBeLessThan(7);
      for (const row of [1, 2, 3, 4, 5, 9]) expect(f.range.top <= row && row <= f.range.bottom).toBe(false);
    }
    for (const b of write.values) expect(b.col).toBeGreaterThanOrEqual(7);
  });

  test('rows take their deliverable colour; merged STT/Nội dung take the task’s worst', () => {
    expect([3, 4, 5, 6].map((c) => fillAt(write, 6, c))).toEqual([red, red, red, red]);
    expect([3, 4, 5, 6].map((c) => fillAt(write, 7, c))).toEqual([amber, amber, amber, amber]);
    expect([fillAt(write, 6, 1), fillAt(write, 7, 2)]).toEqual([red, red]);
    expect(fillAt(write, 8, 3)).toBe(blue);
    expect(fillAt(write, 10, 1)).toBe(red);
    // Pending: the fill is removed (so a re-run clears an old colour), over both split rows.
    expect([fillAt(write, 11, 1), fillAt(write, 12, 6)]).toEqual([null, null]);
    for (const c of [1, 6]) {
      expect(fillAt(write, 5, c)).toBeUndefined();
      expect(fillAt(write, 9, c)).toBeUndefined();
    }
  });

  test('own columns: headed, next due as a real date, Vietnamese status with symbol, unit detail', () => {
    expect([7, 8, 9].map((c) => valueAt(write, 3, c))).toEqual([PLAN_SHEET_HEADINGS.nextDue, PLAN_SHEET_HEADINGS.status, PLAN_SHEET_HEADINGS.detail]);
    expect(valueAt(write, 6, 7)).toEqual(new Date(Date.UTC(2024, 1, 29)));
    expect(valueAt(write, 6, 8)).toBe(statusText('overdue'));
    expect(valueAt(write, 7, 8)).toBe(statusText('due-soon'));
    expect(valueAt(write, 7, 9)).toBe(`Chi cục Thủy sản: ${statusText('done')}; 3 đơn vị khác: ${statusText('due-soon')} 16/03`);
    expect(valueAt(write, 8, 7)).toBeNull();
    expect(valueAt(write, 8, 8)).toBe(statusText('ongoing'));
    expect(valueAt(write, 10, 8)).toBe(statusText('overdue'));
    expect(fillAt(write, 10, 8)).toBe(red);
  });

  test('each heading spans the two header rows, inside the own columns', () => {
    expect(write.merges).toEqual([7, 8, 9].map((col) => ({ top: 3, left: col, bottom: 4, right: col })));
  });

  test('the legend is in its own column (11), never over officer cells', () => {
    expect(valueAt(write, 3, 11)).toBe('Chú giải');
    expect(valueAt(write, 4, 11)).toBe(`${statusText('overdue')}: 2`);
    expect(fillAt(write, 4, 11)).toBe(red);
    expect(valueAt(write, 9, 11)).toBe(`${statusText('done')}: 0`);
  });

  test('does not mutate its inputs', () => {
    const plan = handmadePlan();
    const status = handmadeStatus();
    const [p, s] = [structuredClone(plan), structuredClone(status)];
    planSheetWrite(plan, status, { unit: 'Văn phòng Sở' });
    expect([plan, status]).toEqual([p, s]);
  });
});

describe('planSheetWrite (by unit)', () => {
  const write = planSheetWrite(handmadePlan(), handmadeStatus(), { unit: 'Chi cục Thủy sản' });

  test('only the unit’s rows are coloured, by its own status; the others lose their fill', () => {
    expect(fillAt(write, 6, 3)).toBe(STATUS_PALETTE.overdue.fill); // supports 1a
    expect(fillAt(write, 7, 3)).toBe(STATUS_PALETTE.done.fill); // its part of 1b is done
    expect(fillAt(write, 8, 3)).toBe(STATUS_PALETTE.ongoing.fill);
    expect(fillAt(write, 10, 3)).toBeNull(); // task 7: not its business
    expect(fillAt(write, 11, 3)).toBeNull();
  });

  test('the status column shows the unit’s status and its role', () => {
    expect(valueAt(write, 3, 8)).toBe('Trạng thái (Chi cục Thủy sản)');
    expect(valueAt(write, 7, 8)).toBe(statusText('done'));
    expect(valueAt(write, 7, 9)).toBe('Chủ trì');
    expect(valueAt(write, 6, 9)).toBe('Phối hợp');
    expect(valueAt(write, 10, 8)).toBeUndefined();
  });

  test('the legend counts the unit’s deliverables', () => {
    expect(valueAt(write, 3, 11)).toBe('Chú giải: Chi cục Thủy sản');
    expect(valueAt(write, 4, 11)).toBe(`${statusText('overdue')}: 1`);
    expect(valueAt(write, 9, 11)).toBe(`${statusText('done')}: 1`);
  });
});

describe('planSheetWrite with the grid (PDF layout: a deliverable split over a page break)', () => {
  const base = handmadePlan();
  const header: (string | null)[][] = [
    ['STT', 'Nội dung công việc', 'Kết quả công việc', 'Đơn vị thực hiện', null, 'Thời gian thực hiện'],
    [null, null, null, 'Chủ trì', 'Phối hợp', null],
  ];
  const grid = {
    name: 'Phụ lục',
    values: [...header, [7, 'Xây dựng Kế hoạch', 'Kế hoạch', 'Văn phòng Sở.', 'Các phòng', 'Trước ngày'], [], ...header, [null, 'rà soát', 'của Sở.', null, null, '20/02/2024.']],
    merges: [],
  };
  const plan = {
    ...base,
    layout: { ...base.layout, headerRows: [1, 2] as [number, number], lastRow: 7 },
    sections: [],
    tasks: [{ ...base.tasks[2], rows: [3, 7] as [number, number], deliverables: [{ ...base.tasks[2].deliverables[0], rows: [3, 7] as [number, number] }] }],
  };

  test('blank and repeated header rows inside the span keep their look', () => {
    const write = planSheetWrite(plan, handmadeStatus(), { grid });
    const red = STATUS_PALETTE.overdue.fill;
    expect([3, 4, 5, 6, 7].map((r) => fillAt(write, r, 1))).toEqual([red, undefined, undefined, undefined, red]);
    expect([3, 4, 5, 6, 7].map((r) => fillAt(write, r, 4))).toEqual([red, undefined, undefined, undefined, red]);
    expect([3, 4, 5, 6, 7].map((r) => fillAt(write, r, 8))).toEqual([red, undefined, undefined, undefined, red]);
  });

  test('without the grid the whole span is coloured', () => {
    const write = planSheetWrite(plan, handmadeStatus());
    expect([3, 4, 5, 6, 7].map((r) => fillAt(write, r, 4))).toEqual(Array(5).fill(STATUS_PALETTE.overdue.fill));
  });
});

describe('ownColumnsStart', () => {
  const { layout } = handmadePlan();
  const withCell = (row: number, col: number, value: string) => {
    const grid = handmadeGrid();
    grid.values = grid.values.map((line) => [...line]);
    while (grid.values.length < row) grid.values.push([]);
    grid.values[row - 1][col - 1] = value;
    return grid;
  };

  test('right after the table when that is free, or without the grid', () => {
    expect(ownColumnsStart(layout)).toBe(7);
    expect(ownColumnsStart(layout, handmadeGrid())).toBe(7);
  });

  test('past an officer note right of the table (its value is never overwritten)', () => {
    const grid = withCell(8, 8, 'ghi chú của cán bộ');
    expect(ownColumnsStart(layout, grid)).toBe(9);
    const write = planSheetWrite(handmadePlan(), handmadeStatus(), { grid });
    expect(write.ownColumns).toMatchObject({ from: 9, to: 13 });
  });

  test('past a merged title that reaches over the own rows', () => {
    const grid = handmadeGrid();
    grid.merges = [...grid.merges, { top: 2, left: 1, bottom: 3, right: 9 }];
    expect(ownColumnsStart(layout, grid)).toBe(10);
  });

  test('where an earlier run put its columns', () => {
    expect(ownColumnsStart(layout, withCell(3, 10, 'Hạn tiếp theo'))).toBe(10);
  });
});

describe('planSheetWrite with the sheet’s sizes (rows sized to print)', () => {
  const plan = handmadePlan();
  const grid = handmadeGrid();
  const narrow = { columnWidths: [4, 6, 6, 6, 6, 6], rowHeights: [], defaultColumnWidth: 8.43, defaultRowHeight: 15 };

  test('rows whose text wraps are raised, only over the own rows; the detail column wraps', () => {
    const write = planSheetWrite(plan, handmadeStatus(), { grid, sizes: narrow });
    const [top, bottom] = write.ownColumns!.rows;
    expect(write.rowHeights!.length).toBeGreaterThan(0);
    for (const h of write.rowHeights!) {
      expect(h.row).toBeGreaterThanOrEqual(top);
      expect(h.row).toBeLessThanOrEqual(bottom);
      expect(h.height).toBeGreaterThan(15);
    }
    expect(write.formats.some((f) => f.format.wrap === true && f.range.left === write.ownColumns!.from)).toBe(true);
  });

  test('without the sizes (Excel) the officer’s rows keep their heights and the detail runs on one line', () => {
    const write = planSheetWrite(plan, handmadeStatus(), { grid });
    expect(write.rowHeights).toBeUndefined();
    expect(write.formats.some((f) => f.format.wrap === false && f.range.left === write.ownColumns!.from)).toBe(true);
  });
});
