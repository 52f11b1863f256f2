/**
 * SPEC §12 "Layouts": §1's rule in every layout, with or without a Kết quả column. Built from the
 * real plans' PDF layout (header repeated at page breaks, rows split across them): the Kết quả
 * column removed, and tasks split into further rows of their own (empty STT, own lead and timing,
 * not under a repeated header). Each further row must be a deliverable of its own, never glued to
 * the row above; everything else reads as before.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CellValue, SheetGrid } from '../../src/core/grid';
import type { PlanTable } from '../../src/core/plan/model';
import { readPlanTable } from '../../src/core/plan/readPlanTable';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';

const DIR = path.join(__dirname, '../fixtures/real-plans');
const NAMES = ['dongnai-179-2025', 'dongthap-552-2025', 'dongthap-617-2025', 'hanoi-310-2025', 'hcm-2820-2025', 'vpcp-624-2025'].map((n) => `${n}-pdf`);

async function readGrid(name: string): Promise<SheetGrid> {
  const file = path.join(DIR, `${name}.xlsx`);
  const book = await FileWorkbook.open(new Uint8Array(readFileSync(file)), file);
  return book.readSheet((await book.sheetNames())[0]);
}

/** The grid without one column (cells and merges shift left). */
function withoutColumn(grid: SheetGrid, col: number): SheetGrid {
  return {
    name: grid.name,
    values: grid.values.map((line) => line.filter((_, i) => i !== col - 1)),
    merges: grid.merges
      .filter((m) => !(m.left === col && m.right === col))
      .map((m) => ({ ...m, left: m.left > col ? m.left - 1 : m.left, right: m.right >= col ? m.right - 1 : m.right })),
  };
}

/** The grid with a row inserted before `row` (rows and merges below move down). */
function withRowBefore(grid: SheetGrid, row: number, line: CellValue[]): SheetGrid {
  return {
    name: grid.name,
    values: [...grid.values.slice(0, row - 1), line, ...grid.values.slice(row - 1)],
    merges: grid.merges.map((m) => ({ ...m, top: m.top >= row ? m.top + 1 : m.top, bottom: m.bottom >= row ? m.bottom + 1 : m.bottom })),
  };
}

const texts = (plan: PlanTable) => plan.tasks.map((t) => [t.id, t.deliverables.map((d) => [d.lead, d.support, d.timing])]);

describe('a PDF-converted plan without a Kết quả column, tasks split into further rows (SPEC §12)', () => {
  test.each(NAMES)('%s', async (name) => {
    let grid = await readGrid(name);
    const first = readPlanTable([grid]).plan as PlanTable;
    if (first.layout.columns.result !== null) grid = withoutColumn(grid, first.layout.columns.result);
    const before = readPlanTable([grid]).plan as PlanTable;
    expect(before.layout.columns.result).toBeNull();
    const { lead, timing, support } = before.layout.columns;
    const width = before.layout.lastColumn;

    // Every third task gains a row of other work under its last row: empty STT, own lead and timing.
    const chosen = before.tasks.filter((_, i) => i % 3 === 1);
    let split = grid;
    let shift = 0;
    const expected = texts(before);
    for (const t of chosen) {
      const line: CellValue[] = new Array(width).fill(null);
      line[(lead as number) - 1] = 'Trung tâm Phục vụ hành chính công';
      line[(timing as number) - 1] = 'Thường xuyên';
      split = withRowBefore(split, t.rows[1] + 1 + shift, line);
      shift++;
      const at = expected.findIndex(([id]) => id === t.id);
      const last = t.deliverables[t.deliverables.length - 1];
      // Phối hợp, left empty, takes the value above (a merged cell in the original, SPEC §1).
      (expected[at][1] as string[][]).push(['Trung tâm Phục vụ hành chính công', support === null ? '' : last.support, 'Thường xuyên']);
    }
    const after = readPlanTable([split]).plan as PlanTable;
    expect(texts(after)).toEqual(expected);
    // Not one further row was glued into the row above it.
    for (const t of after.tasks) for (const d of t.deliverables) expect(d.lead).not.toMatch(/\S Trung tâm Phục vụ hành chính công/);
    expect(after.warnings.filter((w) => /Chủ trì hoặc Thời gian riêng/.test(w.message))).toHaveLength(chosen.length);
  });
});
