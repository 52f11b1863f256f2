import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PlanTable } from '../../core/plan/model';
import { FileWorkbook } from '../../workbook/file/fileWorkbook';
import { OfficeWorkbook } from '../../workbook/office/officeWorkbook';
import { FakeExcel } from '../../../test/fakes/excelFake';
import { buildSeedPlanWorkbook } from '../../../test/fixtures/seedAppendix';
import { withNonsenseHeaders } from '../../../test/support/nonsenseHeaders';
import { columnsSettingKey, mappingFromSetting, saveColumnMapping } from '../../workbook/columnSetting';
import { columnsViewOf, mappingAfter, type ColumnsView } from './columnsView';
import { readPlan } from './plan';

// SPEC §12 "The officer corrects": the pane's column mapping, kept with the workbook and used by readPlan.
const HCM = path.join(__dirname, '../../../test/fixtures/real-plans/hcm-2820-2025-word.xlsx');
const SHEET = 'Phụ lục';
const HCM_COLUMNS = { no: 1, task: 2, lead: 3, support: 4, timing: 5, result: 6 };

/** What an officer checks: tasks, their text, each deliverable's lead, support, timing and result; sections; the year. */
const readingOf = (plan: PlanTable | null) =>
  plan && {
    year: plan.year,
    sections: plan.sections.map((s) => [s.code, s.title]),
    tasks: plan.tasks.map((t) => [t.id, t.content, t.rows, t.deliverables.map((d) => [d.lead, d.support, d.timing, d.result])]),
  };

const original = () => FileWorkbook.open(new Uint8Array(readFileSync(HCM)), 'hcm.xlsx');
const renamed = async () => FileWorkbook.open(await withNonsenseHeaders(new Uint8Array(readFileSync(HCM)), SHEET, 5), 'hcm.xlsx');

describe('a kept mapping read back', () => {
  test.each([
    ['{"headerRow":5,"columns":{"no":1,"lead":3,"status":null}}', { headerRow: 5, columns: { no: 1, lead: 3, status: null } }],
    ['{"columns":{}}', { columns: {} }],
    ['{}', {}],
  ])('%s is a mapping', (text, mapping) => {
    expect(mappingFromSetting(text)).toEqual(mapping);
  });

  test.each([
    [null],
    [''],
    ['not json'],
    ['[1,2]'],
    ['{"headerRow":0}'],
    ['{"headerRow":2.5}'],
    ['{"columns":{"lead":"C"}}'],
    ['{"columns":{"leader":3}}'],
    ['{"columns":{"lead":3,"support":3}}'],
    ['{"columns":{"lead":16385}}'],
  ])('%s is none (the reader then chooses)', (text) => {
    expect(mappingFromSetting(text)).toBeNull();
  });
});

describe('readPlan with the officer\'s mapping', () => {
  test('nonsense headers: read by shape and guessed; mapped, the reading is the original\'s, and it survives save and reopen', async () => {
    const expected = readingOf((await readPlan(await original())).plan);
    expect(expected?.tasks).toHaveLength(25);

    const book = await renamed();
    const guessed = await readPlan(book);
    expect(guessed.plan?.reading?.guessed).toBe(true);
    expect(guessed.mapping).toBeUndefined();
    expect(readingOf(guessed.plan)).not.toEqual(expected);

    await saveColumnMapping(book, SHEET, { headerRow: 5, columns: HCM_COLUMNS });
    const mapped = await readPlan(book);
    expect(mapped.mapping).toEqual({ sheet: SHEET, columns: { headerRow: 5, columns: HCM_COLUMNS } });
    expect(mapped.plan?.reading?.guessed).toBe(false);
    expect(mapped.plan?.reading?.roles.lead).toMatchObject({ column: 3, header: 'Cột đỏ', source: 'officer' });
    expect(readingOf(mapped.plan)).toEqual(expected);

    const reopened = await FileWorkbook.open(await book.save(), 'hcm (Kiểm soát TTHC).xlsx');
    expect(await reopened.sheetNames()).toEqual([SHEET]);
    expect(readingOf((await readPlan(reopened)).plan)).toEqual(expected);

    // Forgotten: the reader's own guess again.
    await saveColumnMapping(reopened, SHEET, null);
    expect((await readPlan(reopened)).plan?.reading?.guessed).toBe(true);
  });

  test('a mapping that finds no table still says which sheet and mapping were tried', async () => {
    const book = await renamed();
    await saveColumnMapping(book, SHEET, { headerRow: 40, columns: { no: 1, task: 2 } });
    const reading = await readPlan(book);
    expect(reading.plan).toBeNull();
    expect(reading.findings[0]).toMatchObject({ sheet: SHEET, severity: 'error' });
    expect(reading.mapping).toEqual({ sheet: SHEET, columns: { headerRow: 40, columns: { no: 1, task: 2 } } });
  });

  test('a kept setting that is not a mapping is ignored, never thrown', async () => {
    const book = await original();
    await book.setSetting(columnsSettingKey(SHEET), '{"columns":{"lead":"C"}}');
    const reading = await readPlan(book);
    expect(reading.plan?.tasks).toHaveLength(25);
    expect(reading.mapping).toBeUndefined();
  });

  test('in Excel the mapping is a document setting (recording fake)', async () => {
    const source = await renamed();
    const grid = await source.readSheet(SHEET);
    const fake = new FakeExcel();
    fake.seed(SHEET, grid.values.map((line) => line.map((v) => (v instanceof Date ? v.toISOString() : v))), { merges: grid.merges });
    const book = new OfficeWorkbook({ run: fake.run });
    const view = columnsViewOf(grid, (await readPlan(book)).plan, null);

    await saveColumnMapping(book, SHEET, mappingAfter(view, { headerRow: 5 }));
    expect(fake.settings.get(`kstthc.columns.${SHEET}`)).toBe('{"headerRow":5}');
    expect(fake.writes).toEqual([]);
    const reading = await readPlan(book);
    expect(reading.mapping?.columns).toEqual({ headerRow: 5 });
  });
});

describe('what "Cột của bảng" shows', () => {
  test('a table read by its headers: its header row, each role\'s column, header and how it was chosen', async () => {
    const book = await original();
    const reading = await readPlan(book);
    const view = columnsViewOf(await book.readSheet(SHEET), reading.plan, null);
    expect(view).toMatchObject({ sheet: SHEET, headerRow: 5, found: true, guessed: false, saved: null });
    expect(view.choices.slice(0, 7).map((c) => `${c.letter} — ${c.header}`)).toEqual([
      'A — TT',
      'B — Nhiệm vụ',
      'C — Cơ quan chủ trì',
      'D — Cơ quan phối hợp',
      'E — Thời gian dự kiến hoàn thành',
      'F — Kết quả dự kiến',
      'G — Nguồn kinh phí',
    ]);
    expect(view.roles.map((r) => [r.role, r.column, r.source])).toEqual([
      ['no', 1, 'header'],
      ['task', 2, 'header'],
      ['result', 6, 'header'],
      ['lead', 3, 'header'],
      ['support', 4, 'header'],
      ['timing', 5, 'header'],
      ['status', null, null],
      ['done', null, null],
    ]);
  });

  test('a two-row header with a "(1) (2) …" row: the row named is the header\'s last, texts of both rows', async () => {
    const book = await FileWorkbook.open(await buildSeedPlanWorkbook('word'), 'k.xlsx');
    const reading = await readPlan(book);
    const plan = reading.plan!;
    const grid = await book.readSheet(plan.sheet);
    const view = columnsViewOf(grid, plan, null);
    const [top, last] = plan.reading!.headerRows!;
    expect(view.headerRow).toBeGreaterThanOrEqual(top);
    expect(view.headerRow).toBeLessThanOrEqual(last);
    // The row named reads back as the same table.
    await saveColumnMapping(book, plan.sheet, { headerRow: view.headerRow });
    const again = (await readPlan(book)).plan;
    expect(again?.tasks.map((t) => [t.id, t.deliverables.map((d) => [d.lead, d.timing])])).toEqual(plan.tasks.map((t) => [t.id, t.deliverables.map((d) => [d.lead, d.timing])]));
    const lead = view.choices.find((c) => c.column === plan.layout.columns.lead)!;
    expect(lead.header).toBe(plan.reading!.roles.lead!.header);
  });

  test('no table: the likely header row of the sheet, roles not chosen, and the row is kept with a first choice', async () => {
    const grid = { name: 'Trang 1', values: [['Bảng việc'], [], ['Số', 'Việc', 'Ai làm', 'Khi nào'], [1, 'Việc một', 'Tổ A', 'Quý I']], merges: [] };
    const view = columnsViewOf(grid, null, null);
    expect(view).toMatchObject({ sheet: 'Trang 1', headerRow: 3, found: false });
    expect(view.choices.map((c) => c.header)).toEqual(['Số', 'Việc', 'Ai làm', 'Khi nào']);
    expect(view.roles.every((r) => r.column === null && !r.none)).toBe(true);
    expect(mappingAfter(view, { role: 'no', column: 1 })).toEqual({ headerRow: 3, columns: { no: 1 } });
  });
});

describe('the mapping kept after a change', () => {
  const view = (over: Partial<ColumnsView> = {}): ColumnsView => ({
    sheet: 'S',
    headerRow: 4,
    rowCount: 50,
    choices: [],
    roles: [
      { role: 'no', column: 1, source: 'header', evidence: '', none: false },
      { role: 'task', column: 2, source: 'header', evidence: '', none: false },
      { role: 'result', column: null, source: null, evidence: '', none: false },
      { role: 'lead', column: 3, source: 'content', evidence: '', none: false },
      { role: 'support', column: 4, source: 'header', evidence: '', none: false },
      { role: 'timing', column: 5, source: 'header', evidence: '', none: false },
      { role: 'status', column: null, source: null, evidence: '', none: true },
      { role: 'done', column: null, source: null, evidence: '', none: false },
    ],
    saved: { columns: { status: null } },
    guessed: true,
    found: true,
    ...over,
  });

  test('a role\'s change pins every role shown; "không có" stays; a role found by none is left to the reader', () => {
    expect(mappingAfter(view(), { role: 'timing', column: 7 })).toEqual({ columns: { no: 1, task: 2, lead: 3, support: 4, timing: 7, status: null } });
  });

  test('a column taken from another role swaps with it', () => {
    expect(mappingAfter(view(), { role: 'lead', column: 4 }).columns).toMatchObject({ lead: 4, support: 3 });
  });

  test('a column given to a role that had none leaves the other role to the reader', () => {
    expect(mappingAfter(view(), { role: 'result', column: 4 }).columns).toEqual({ no: 1, task: 2, lead: 3, result: 4, timing: 5, status: null });
  });

  test('"không có" for a role', () => {
    expect(mappingAfter(view(), { role: 'support', column: null }).columns).toMatchObject({ support: null, lead: 3 });
  });

  test('a new header row keeps only what the officer chose', () => {
    expect(mappingAfter(view(), { headerRow: 6 })).toEqual({ headerRow: 6, columns: { status: null } });
    expect(mappingAfter(view({ saved: null }), { headerRow: 6 })).toEqual({ headerRow: 6 });
  });

  test('a kept header row stays with the columns', () => {
    expect(mappingAfter(view({ saved: { headerRow: 4 } }), { role: 'done', column: 8 })).toMatchObject({ headerRow: 4, columns: { done: 8 } });
  });
});
