import { warning } from '../../core/findings';
import { columnLetter } from '../../core/grid';
import { computePlanStatus } from '../../core/status/computeStatus';
import { FileWorkbook } from '../../workbook/file/fileWorkbook';
import { OfficeWorkbook } from '../../workbook/office/officeWorkbook';
import { FakeExcel } from '../../../test/fakes/excelFake';
import { buildSeedPlanWorkbook, seedPlanFixture } from '../../../test/fixtures/seedAppendix';
import { readPlan } from './plan';
import { pageOf, readTasksOf, selectTask } from './readTasks';

// SPEC §12 "What was read, visible": the plan task by task, warnings beside their task, a click selects its rows.
describe('the tasks as read', () => {
  test('each task with its deliverables\' lead, timing and schedule, and the warnings of its rows only', async () => {
    const { plan } = await readPlan(await FileWorkbook.open(await buildSeedPlanWorkbook('word'), 'k.xlsx'));
    const status = computePlanStatus(plan!, { asOf: '2024-03-10', window: 7 });
    const several = plan!.tasks.find((t) => t.deliverables.length > 1 && t.rows[1] > t.rows[0])!;
    const single = plan!.tasks.find((t) => t.deliverables.length === 1)!;
    const findings = [
      warning(plan!.sheet, several.rows[1], 'cuối nhiệm vụ'),
      warning(plan!.sheet, several.rows[0], 'đầu nhiệm vụ'),
      warning(plan!.sheet, plan!.layout.headerRows[0], 'ở dòng tiêu đề'),
      warning('Theo dõi thực hiện', several.rows[0], 'ở trang khác'),
      warning(plan!.sheet, null, 'cả trang'),
    ];
    const tasks = readTasksOf(plan!, status, findings);

    expect(tasks.map((t) => [t.id, t.content, t.rows])).toEqual(plan!.tasks.map((t) => [t.id, t.content, t.rows]));
    const read = tasks.find((t) => t.id === several.id)!;
    expect(read.warnings.map((f) => f.message)).toEqual(['đầu nhiệm vụ', 'cuối nhiệm vụ']);
    expect(tasks.filter((t) => t.warnings.length > 0)).toHaveLength(1);
    expect(read.deliverables.map((d) => [d.key, d.lead, d.timing])).toEqual(several.deliverables.map((d) => [d.key, d.lead, d.timing]));
    const statusOf = (taskId: string, key: string) => status.deliverables.find((d) => d.taskId === taskId && d.key === key)!;
    expect(read.deliverables[0].schedule).toEqual(statusOf(several.id, several.deliverables[0].key).schedule);
    expect(read.deliverables[0].nextDue).toBe(statusOf(several.id, several.deliverables[0].key).nextDue);
    // A task's only deliverable has no letter.
    expect(tasks.find((t) => t.id === single.id)!.deliverables[0].key).toBe('');
  });

  test('without statuses: the text as read, no schedule', async () => {
    const { plan } = await readPlan(await FileWorkbook.open(await buildSeedPlanWorkbook('word'), 'k.xlsx'));
    const [first] = readTasksOf(plan!, null, []);
    expect(first.deliverables[0]).toMatchObject({ lead: plan!.tasks[0].deliverables[0].lead, schedule: null, nextDue: null });
  });
});

describe('pages', () => {
  const items = Array.from({ length: 80 }, (_, i) => i);
  test.each([
    [1, 0, 25, 4],
    [4, 75, 5, 4],
    [9, 75, 5, 4],
    [0, 0, 25, 4],
  ])('page %i of 80 items starts at %i with %i items of %i pages', (page, first, count, pages) => {
    const shown = pageOf(items, page);
    expect([shown.items[0], shown.items.length, shown.pages]).toEqual([first, count, pages]);
  });
  test('no items: one empty page', () => {
    expect(pageOf([], 3)).toEqual({ items: [], page: 1, pages: 1 });
  });
});

test('in Excel a task\'s click selects its rows across the table (recording fake)', async () => {
  const fixture = seedPlanFixture('word');
  const fake = new FakeExcel();
  for (const g of fixture.sheets) fake.seed(g.name, g.values.map((line) => line.map((v) => (v instanceof Date ? v.toISOString() : v))), { merges: g.merges });
  const book = new OfficeWorkbook({ run: fake.run });
  const { plan } = await readPlan(book);
  const task = readTasksOf(plan!, null, []).find((t) => t.rows[1] > t.rows[0])!;

  fake.resetCounts();
  await selectTask(book, plan!, task);
  const { stt } = plan!.layout.columns;
  expect(fake.selection).toEqual({ sheet: plan!.sheet, address: `${columnLetter(stt)}${task.rows[0]}:${columnLetter(plan!.layout.lastColumn)}${task.rows[1]}` });
  expect(fake.writes).toEqual([]);
});
