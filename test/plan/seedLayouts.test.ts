import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { readPlanTable } from '../../src/core/plan/readPlanTable';
import type { PlanTable } from '../../src/core/plan/model';
import {
  EXPECTED_SEED_PLAN,
  SEED_VARIANTS,
  buildSeedPlanWorkbook,
  comparableTasks,
  comparableText,
  seedPlanFixture,
  type SeedLayout,
  type SeedVariantName,
} from '../fixtures/seedAppendix';

/** Reads a fixture the way the CLI does: real .xlsx bytes through FileWorkbook. */
async function readFixture(layout: SeedLayout, variant: SeedVariantName): Promise<PlanTable> {
  const book = await FileWorkbook.open(await buildSeedPlanWorkbook(layout, variant), `${layout}-${variant}.xlsx`);
  const grids = await Promise.all((await book.sheetNames()).map((n) => book.readSheet(n)));
  const { plan, findings } = readPlanTable(grids);
  if (!plan) throw new Error(`no plan: ${JSON.stringify(findings)}`);
  return plan;
}

const CASES: [SeedLayout, SeedVariantName][] = (['pdf', 'word'] as SeedLayout[]).flatMap((layout) =>
  (Object.keys(SEED_VARIANTS) as SeedVariantName[]).map((v): [SeedLayout, SeedVariantName] => [layout, v]),
);

describe.each(CASES)('seed appendix, %s layout, %s variant', (layout, variant) => {
  let plan: PlanTable;
  beforeAll(async () => {
    plan = await readFixture(layout, variant);
  });

  test('12 sections, 37 tasks, 40 deliverables; tasks 1, 15 and 30 have two', () => {
    expect(plan.sections.map((s) => s.code)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']);
    expect(plan.tasks.map((t) => t.no)).toEqual(Array.from({ length: 37 }, (_, i) => i + 1));
    expect(plan.tasks.reduce((n, t) => n + t.deliverables.length, 0)).toBe(40);
    expect(plan.tasks.filter((t) => t.deliverables.length === 2).map((t) => t.no)).toEqual([1, 15, 30]);
    expect(plan.year).toBe(2024);
  });

  test('section titles and task texts equal the seed (whitespace and list marks aside)', () => {
    expect(plan.sections.map((s) => comparableText(s.title))).toEqual(EXPECTED_SEED_PLAN.sections.map((s) => comparableText(s.title)));
    expect(comparableTasks(plan.tasks)).toEqual(comparableTasks(EXPECTED_SEED_PLAN.tasks));
  });

  test('each deliverable and section sits on the sheet rows the fixture put it on', () => {
    const fixture = seedPlanFixture(layout, variant);
    for (const t of plan.tasks) for (const d of t.deliverables) expect([`${t.no}${d.key}`, d.rows]).toEqual([`${t.no}${d.key}`, fixture.deliverableRows.get(`${t.no}${d.key}`)]);
    for (const s of plan.sections) expect([s.code, s.row]).toEqual([s.code, fixture.sectionRows.get(s.code)]);
    expect(plan.layout.headerRows).toEqual(fixture.headerRows);
    expect(plan.layout.columns.stt).toBe(fixture.firstColumn);
  });

  test('the acceptance facts: task 4 "Thường xuyên", task 34 "Theo lộ trình Công văn", task 30 b)', () => {
    const task = (no: number) => plan.tasks.find((t) => t.no === no)!;
    expect(task(4).deliverables.map((d) => d.timing)).toEqual(['Thường xuyên']);
    expect(task(34).deliverables.map((d) => d.timing)).toEqual(['Theo lộ trình Công văn']);
    const second = task(30).deliverables[1];
    expect(second.lead).toBe('Các phòng, cơ quan, đơn vị thuộc Sở có liên quan.');
    expect(second.result.startsWith('Các tin, bài')).toBe(true);
    expect(second.timing).toBe('Thường xuyên');
    expect(task(15).deliverables[1].timing).toBe('Thường xuyên');
    expect(task(30).content.endsWith('Cổng thông tin điện tử Sở.')).toBe(true);
  });
});

describe('rows checked by hand', () => {
  test('PDF layout: seed line N is sheet row N - 75', async () => {
    const plan = await readFixture('pdf', 'plain');
    const rows = (no: number) => plan.tasks.find((t) => t.no === no)!.deliverables.map((d) => d.rows);
    expect(rows(1)).toEqual([[10, 10], [11, 11]]); // seed lines 85, 86
    expect(rows(4)).toEqual([[19, 23]]); // line 94, continued after the page break on line 98
    expect(rows(30)).toEqual([[94, 94], [98, 98]]); // lines 169 and 173
    expect(rows(34)).toEqual([[108, 112]]); // lines 183 and 187
    expect(plan.sections.find((s) => s.code === 'XII')!.row).toBe(117); // line 192
    expect(plan.layout.headerRows).toEqual([7, 8]);
    expect(plan.layout.lastRow).toBe(119);
  });

  test('Word layout: header on rows 4-5, one row per deliverable', async () => {
    const plan = await readFixture('word', 'plain');
    const task = (no: number) => plan.tasks.find((t) => t.no === no)!;
    expect(plan.sections[0].row).toBe(6);
    expect(task(1).deliverables.map((d) => d.rows)).toEqual([[7, 7], [8, 8]]);
    expect(task(1).rows).toEqual([7, 8]);
    expect(task(2).deliverables[0].rows).toEqual([10, 10]); // section II on row 9
    expect(task(4).deliverables[0].rows).toEqual([13, 13]); // section III on row 12
    expect(plan.title).toMatch(/^KẾ HOẠCH .* năm 2024/);
  });

  test('PDF layout: every guess is a warning with its row', async () => {
    const plan = await readFixture('pdf', 'plain');
    const rowsOf = (pattern: RegExp) => plan.warnings.filter((w) => pattern.test(w.message)).map((w) => w.row);
    expect(rowsOf(/ngắt trang\): nối tiếp/)).toEqual([23, 28, 50, 58, 65, 71, 78, 83, 90, 103, 112]);
    expect(rowsOf(/Kết quả bắt đầu câu mới/)).toEqual([98]);
    expect(rowsOf(/lấy theo kết quả a\)/)).toEqual([52, 98]);
    expect(plan.warnings.every((w) => w.sheet === 'Phụ lục' && w.severity === 'warning')).toBe(true);
  });

  test('the shifted variant picks the plan sheet after two other sheets', async () => {
    const plan = await readFixture('pdf', 'shifted');
    expect(plan.sheet).toBe('Kế hoạch 2024');
    expect(plan.layout.columns).toEqual({ stt: 3, content: 4, result: 5, lead: 6, support: 7, timing: 8, override: null });
    expect(plan.layout.headerRows).toEqual([5, 6]);
  });
});
