/**
 * SPEC §12 "Columns by meaning, not by position": every real plan of the development set, its
 * columns reordered and decoy columns added (a person in charge, start and original-deadline dates,
 * free-text "Lộ trình", notes), reads exactly as in its own order; the summary's roles name the same
 * headers; the decoys are never taken for a role.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CellValue, SheetGrid } from '../../src/core/grid';
import { headerLabelOf } from '../../src/core/plan/headerLabels';
import type { PlanTable } from '../../src/core/plan/model';
import { readPlanTable } from '../../src/core/plan/readPlanTable';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { permuteColumns, type ColumnOrder, type DecoyColumn } from '../support/permuteColumns';

const DIR = path.join(__dirname, '../fixtures/real-plans');
const NAMES = ['dongnai-179-2025', 'dongthap-552-2025', 'dongthap-617-2025', 'hanoi-310-2025', 'hcm-2820-2025', 'vpcp-624-2025'].flatMap((n) => [`${n}-word`, `${n}-pdf`]);

const PEOPLE = ['Ông Nguyễn Văn An', 'Bà Trần Thị Bình', 'Phó Chánh Văn phòng Lê Văn Cường', 'Đ/c Phạm Minh Đức', 'Nguyễn Thị Hoa'];
const day = (i: number) => new Date(Date.UTC(2025, i % 12, 1 + (i % 27)));
const DECOYS: DecoyColumn[] = [
  { header: 'Đầu mối thực hiện', value: (i) => PEOPLE[i % PEOPLE.length] },
  { header: 'Ngày giao', value: (i) => day(i) },
  { header: 'Lộ trình thực hiện', value: (i) => ['Xây dựng dự thảo, lấy ý kiến các cơ quan liên quan', 'Tổ chức hội nghị triển khai, tập huấn cho cán bộ', 'Rà soát, đánh giá và đề xuất sửa đổi'][i % 3] },
  { header: 'Hạn xử lý gốc', value: (i) => day(i + 5) },
  { header: 'Người giao nhiệm vụ', value: (i) => PEOPLE[(i + 2) % PEOPLE.length] },
  { header: 'Ghi chú', value: (i) => (i % 2 === 0 ? 'Đã có văn bản hướng dẫn' : null) },
];

async function readGrid(name: string): Promise<SheetGrid> {
  const file = path.join(DIR, `${name}.xlsx`);
  const book = await FileWorkbook.open(new Uint8Array(readFileSync(file)), file);
  return book.readSheet((await book.sheetNames())[0]);
}

/** What must not change: sections, tasks, deliverables (texts, rows, dates), plan year. */
function reading(plan: PlanTable) {
  return {
    year: plan.year,
    span: plan.span ?? null,
    sections: plan.sections.map((s) => [s.path, s.level, s.title, s.row]),
    tasks: plan.tasks.map((t) => [t.id, t.section, t.group, t.content, t.rows, t.deliverables.map((d) => [d.key, d.result, d.lead, d.support, d.timing, d.timingDate, d.rows])]),
  };
}

/** Three orders of the columns after STT, with the decoys among them. */
function ordersOf(width: number): ColumnOrder[] {
  const rest = Array.from({ length: width - 1 }, (_, i) => i + 2);
  const decoys = DECOYS.map((_, i) => `d${i}` as const);
  const reversed: ColumnOrder = [...rest].reverse();
  reversed.splice(1, 0, decoys[0], decoys[2]);
  reversed.push(decoys[1], decoys[3], decoys[4], decoys[5]);
  // Decoys to the left of what they imitate: the person before the lead, "Lộ trình" and dates before the timing.
  const decoysFirst: ColumnOrder = [...decoys, ...rest];
  // A fixed shuffle: rotate the columns and interleave the decoys.
  const rotated = [...rest.slice(2), ...rest.slice(0, 2)];
  const shuffled: ColumnOrder = [];
  rotated.forEach((c, i) => {
    shuffled.push(c);
    if (decoys[i]) shuffled.push(decoys[i]);
  });
  shuffled.push(...decoys.slice(rotated.length));
  return [reversed, decoysFirst, shuffled];
}

describe('a real plan in any column order, with decoy columns, reads as in its own order (SPEC §12)', () => {
  test.each(NAMES)('%s', async (name) => {
    const grid = await readGrid(name);
    const original = readPlanTable([grid]).plan;
    expect(original).not.toBeNull();
    const plan = original as PlanTable;
    const width = plan.layout.lastColumn;
    const headers = new Set<number>();
    grid.values.forEach((line, r) => {
      if (r + 1 >= plan.layout.headerRows[0] && r + 1 <= plan.layout.headerRows[0]) headers.add(r + 1);
      if (headerLabelOf(line[plan.layout.columns.content - 1] ?? null) === 'content') headers.add(r + 1);
    });
    const tasks = new Map<number, number>();
    plan.tasks.flatMap((t) => t.deliverables).forEach((d, i) => tasks.set(d.rows[0], i));

    for (const order of ordersOf(width)) {
      const permuted = permuteColumns(grid, width, order, DECOYS, { headers, tasks });
      const read = readPlanTable([permuted]).plan;
      expect(read).not.toBeNull();
      expect(reading(read as PlanTable)).toEqual(reading(plan));
      // The same headers feed the same roles; no decoy feeds any.
      const headerOf = (p: PlanTable, role: string) => (p.reading?.roles as Record<string, { header: string } | undefined>)[role]?.header ?? null;
      for (const role of ['no', 'task', 'result', 'lead', 'support', 'timing']) expect([role, headerOf(read as PlanTable, role)]).toEqual([role, headerOf(plan, role)]);
    }
  });
});

test('the decoys alone do not read as what they imitate', () => {
  const values: CellValue[][] = [['STT', 'Nội dung', 'Đầu mối thực hiện', 'Đơn vị chủ trì thực hiện', 'Lộ trình thực hiện', 'Ngày hoàn thành', 'Ngày giao']];
  for (let i = 1; i <= 6; i++) values.push([i, `Nhiệm vụ số ${i} về cải cách thủ tục hành chính`, PEOPLE[i % 5], i % 2 ? 'Văn phòng Sở' : 'Chi cục Thủy sản', DECOYS[2].value(i) as string, day(i + 3), day(i)]);
  const plan = readPlanTable([{ name: 'Xuất', values, merges: [] }]).plan as PlanTable;
  expect(plan.reading?.roles.lead).toMatchObject({ column: 4, header: 'Đơn vị chủ trì thực hiện', source: 'content' });
  expect(plan.reading?.roles.timing).toMatchObject({ column: 6, header: 'Ngày hoàn thành' });
  expect(plan.reading?.roles.done).toBeUndefined();
  expect(plan.tasks.map((t) => t.deliverables[0].lead)).toEqual(['Văn phòng Sở', 'Chi cục Thủy sản', 'Văn phòng Sở', 'Chi cục Thủy sản', 'Văn phòng Sở', 'Chi cục Thủy sản']);
  expect(plan.tasks[0].deliverables[0].timingDate).toBe('2025-05-05');
  // The passed-over columns are named, once each role.
  expect(plan.warnings.map((w) => w.message)).toEqual(
    expect.arrayContaining([expect.stringMatching(/^Cột C "Đầu mối thực hiện" ghi tên người hoặc chức danh, không phải đơn vị: lấy cột D/), expect.stringMatching(/^Cột E "Lộ trình thực hiện" không ghi thời hạn: lấy cột F "Ngày hoàn thành"/)]),
  );
});
