/**
 * SPEC §12 in the pane (Chromium, production build, 350 px): a real plan whose header cells were
 * renamed to nonsense opens with "Cột của bảng" open by itself; the officer maps the columns there;
 * "Đã đọc từ bảng" then lists what the original file reads (tasks, leads, timings); the downloaded
 * result, opened again, keeps the mapping. In the faked Excel the mapping goes to the document
 * settings and a task's click selects its rows. Screenshots in test/output/columns-*.png.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { columnLetter } from '../../src/core/grid';
import type { PlanTable } from '../../src/core/plan/model';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { readPlan } from '../../src/taskpane/features/plan';
import { columnsSettingKey, mappingFromSetting } from '../../src/workbook/columnSetting';
import { readPlanTable } from '../../src/core/plan/readPlanTable';
import { NONSENSE_HEADERS, withNonsenseHeaders } from '../support/nonsenseHeaders';
import { CHROMIUM, CHROMIUM_ARGS, chromiumAvailable } from './support/chromium';
import { openInFakedExcel, seedSheets } from './support/fakeOffice';
import { routeOfficeCdns } from './support/officeCdn';
import { DIST, ROOT, ensureProductionBuild } from './support/productionBuild';
import { serveFolder } from './support/staticServer';

const OUTPUT = path.join(ROOT, 'test', 'output');
const SOURCE = path.join(ROOT, 'test', 'fixtures', 'real-plans', 'hcm-2820-2025-word.xlsx');
const SHEET = 'Phụ lục';
const HEADER_ROW = 5;
/** The original headers' columns (TT, Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian …, Kết quả dự kiến). */
const COLUMNS = { no: 1, task: 2, lead: 3, support: 4, timing: 5, result: 6 } as const;
/** Columns the plan is moved right by, past where the reader looks for task numbers. */
const SHIFT = 8;
const run = chromiumAvailable() ? describe : describe.skip;

jest.setTimeout(300_000);

/** What the list must show for each task: "Nhiệm vụ 1" and each deliverable's "Chủ trì: … · Thời gian: …". */
function expectedLines(plan: PlanTable): { task: string; deliverables: string[] }[] {
  return plan.tasks.map((t) => ({
    task: `Nhiệm vụ ${t.id}`,
    // As a browser lays text out: a line break in a cell is a space.
    deliverables: t.deliverables.map((d) => `${t.deliverables.length > 1 ? `${d.key}) ` : ''}Chủ trì: ${d.lead || '(không ghi)'} · Thời gian: ${d.timing || '—'}`.replace(/\s+/g, ' ')),
  }));
}

/** The tasks "Đã đọc từ bảng" shows, every page, each deliverable cut before its due part. */
async function shownLines(page: Page): Promise<{ task: string; deliverables: string[] }[]> {
  const section = page.getByTestId('plan-read');
  if ((await section.getByTestId('read-only-warned').count()) === 0) await section.getByRole('button', { name: /Đã đọc từ bảng/ }).click();
  // The list's code loads when the section first opens.
  await section.getByTestId('read-only-warned').waitFor();
  const lines: { task: string; deliverables: string[] }[] = [];
  for (;;) {
    lines.push(
      ...(await section.getByTestId('read-task').evaluateAll((items) =>
        items.map((li) => ({
          task: (li.querySelector('span > span') as HTMLElement).innerText.trim(),
          deliverables: [...li.querySelectorAll('[data-testid="read-deliverable"]')].map((d) => (d as HTMLElement).innerText.split(' → ')[0].trim()),
        })),
      )),
    );
    const next = section.getByRole('button', { name: 'Trang sau' });
    if ((await next.count()) === 0 || (await next.isDisabled())) return lines;
    await next.click();
  }
}

/** Chooses a column for a role in "Cột của bảng" and waits until the plan was read again with it. */
async function chooseColumn(page: Page, role: keyof typeof COLUMNS, option: string): Promise<void> {
  const select = page.getByTestId(`columns-role-${role}`);
  if ((await select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)) === option) return;
  await select.selectOption({ label: option });
  // Kept, read again, shown: the list says the officer chose it.
  await page.waitForFunction(
    ({ testId, label }) => {
      const el = document.querySelector(`[data-testid="${testId}"]`) as HTMLSelectElement | null;
      return el !== null && !el.disabled && el.selectedOptions[0]?.textContent === label && /cán bộ chọn/.test(el.closest('.fui-Field')?.textContent ?? '');
    },
    { testId: `columns-role-${role}`, label: option },
  );
}

run('"Cột của bảng" and "Đã đọc từ bảng" (Chromium, 350 px)', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let renamedFile: string;
  let expected: ReturnType<typeof expectedLines>;
  let original: PlanTable;

  beforeAll(async () => {
    ensureProductionBuild();
    mkdirSync(OUTPUT, { recursive: true });
    const bytes = new Uint8Array(readFileSync(SOURCE));
    original = (await readPlan(await FileWorkbook.open(bytes, 'hcm.xlsx'))).plan as PlanTable;
    expected = expectedLines(original);
    renamedFile = path.join(OUTPUT, 'hcm-2820-tieu-de-la.xlsx');
    writeFileSync(renamedFile, await withNonsenseHeaders(bytes, SHEET, HEADER_ROW));
    server = await serveFolder(DIST);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The pane outside Excel at 350 px with a workbook file opened in it. */
  async function openFile(file: string) {
    const context = await browser.newContext({ viewport: { width: 350, height: 900 }, acceptDownloads: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await routeOfficeCdns(page, (r) => r.abort('internetdisconnected'));
    await page.goto(`${server.url}/taskpane.html`);
    await page.setInputFiles('#plan-file', file);
    return { context, page, pageErrors };
  }

  const summaryText = (plan: PlanTable) => `${plan.tasks.length} nhiệm vụ / ${plan.tasks.reduce((n, t) => n + t.deliverables.length, 0)} kết quả`;
  const option = (column: number) => `${columnLetter(column)} — ${NONSENSE_HEADERS[column - 1]}`;
  const shifted = (column: number) => `${columnLetter(column + SHIFT)} — ${NONSENSE_HEADERS[column - 1]}`;

  test('file mode: opens by itself, the officer maps the columns, the reading is the original\'s, and the result keeps the mapping', async () => {
    const { context, page, pageErrors } = await openFile(renamedFile);
    await page.getByTestId('plan-summary').waitFor({ timeout: 60_000 });

    // The reader found the table by its shape: the panel is open by itself, says so, and offers the columns.
    const panel = page.getByTestId('plan-columns');
    await panel.getByTestId('columns-role-lead').waitFor();
    expect(await panel.getByRole('heading').innerText()).toContain('Cột của bảng (cần kiểm tra)');
    expect(await panel.innerText()).toContain('theo hình dạng bảng');
    // The guess already reads each task's lead and timing as the original does (test/plan/unknownHeaders.test.ts);
    // Kết quả is never guessed, so the officer still checks and names the columns.
    expect(await shownLines(page)).toEqual(expected);
    expect(await panel.getByTestId('columns-role-result').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).not.toBe(option(COLUMNS.result));
    await page.getByTestId('plan-read').getByRole('button', { name: /Đã đọc từ bảng/ }).click();
    await panel.screenshot({ path: path.join(OUTPUT, 'columns-guessed-350.png') });

    // The officer names the header row, then each role's column.
    const headerRow = panel.getByTestId('columns-header-row');
    await headerRow.fill(String(HEADER_ROW));
    await headerRow.press('Enter');
    await page.waitForFunction((label) => (document.querySelector('[data-testid="columns-role-no"]') as HTMLSelectElement | null)?.selectedOptions[0]?.textContent === label, option(1));
    for (const [role, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, number][]) await chooseColumn(page, role, option(column));
    expect(await panel.getByRole('heading').innerText()).toContain('Cột của bảng (đã chọn)');
    expect(await panel.innerText()).toContain('cán bộ chọn');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await panel.screenshot({ path: path.join(OUTPUT, 'columns-mapped-350.png') });

    // The reading is the original file's: the summary, and task by task the leads and timings.
    await page.getByTestId('plan-summary').getByText(summaryText(original)).waitFor();
    expect(await shownLines(page)).toEqual(expected);
    await page.getByTestId('plan-read').screenshot({ path: path.join(OUTPUT, 'columns-read-list-350.png') });

    // The result keeps the mapping: downloaded, opened again, read the same with no mapping to redo.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('result-download').getByRole('button', { name: 'Tải tệp kết quả' }).click()]);
    const result = path.join(OUTPUT, 'hcm-2820-tieu-de-la (Kiểm soát TTHC).xlsx');
    await download.saveAs(result);
    const kept = await (await FileWorkbook.open(new Uint8Array(readFileSync(result)), 'r.xlsx')).getSetting(columnsSettingKey(SHEET));
    // The header row the reader had found itself (row 5) is no correction: only the columns are kept.
    expect(JSON.parse(kept ?? 'null')).toEqual({ columns: COLUMNS });

    await page.setInputFiles('#plan-file', result);
    await page.getByTestId('plan-summary').getByText(summaryText(original)).waitFor({ timeout: 60_000 });
    expect(await shownLines(page)).toEqual(expected);
    expect(await panel.getByRole('heading').innerText()).toContain('Cột của bảng (đã chọn)');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  test('no table found: the panel offers the sheet, its likely header row and that row\'s columns; chosen there, the plan is read', async () => {
    // The plan moved 8 columns right (past where the reader looks for task numbers), after a sheet of notes.
    const grid = await (await FileWorkbook.open(new Uint8Array(readFileSync(renamedFile)), 'x.xlsx')).readSheet(SHEET);
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Ghi chú').addRow(['Ghi chú của chuyên viên: bảng kế hoạch ở trang sau.']);
    const ws = book.addWorksheet(SHEET);
    grid.values.forEach((line, i) => {
      const row = ws.getRow(i + 1);
      line.forEach((v, c) => {
        if (v !== null) row.getCell(c + 1 + SHIFT).value = v;
      });
    });
    const file = path.join(OUTPUT, 'hcm-2820-lech-cot.xlsx');
    writeFileSync(file, new Uint8Array(await book.xlsx.writeBuffer()));

    const { context, page, pageErrors } = await openFile(file);
    await page.getByTestId('plan-missing').waitFor({ timeout: 60_000 });
    const panel = page.getByTestId('plan-columns');
    const sheet = panel.getByTestId('columns-sheet');
    await sheet.waitFor();
    expect(await sheet.inputValue()).toBe('Ghi chú');
    await sheet.selectOption(SHEET);
    await page.waitForFunction(() => (document.querySelector('[data-testid="columns-header-row"]') as HTMLInputElement | null)?.value === '5');
    expect(await panel.getByTestId('columns-header-row').inputValue()).toBe(String(HEADER_ROW));
    // "(chưa chọn)", then A … H empty, then the plan's columns under their header texts.
    const offered = await panel.getByTestId('columns-role-no').locator('option').allInnerTexts();
    expect(offered.slice(SHIFT + 1, SHIFT + 4)).toEqual([shifted(1), shifted(2), shifted(3)]);
    await panel.screenshot({ path: path.join(OUTPUT, 'columns-no-table-350.png') });

    for (const [role, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, number][]) {
      await chooseColumn(page, role, shifted(column));
      if (role === 'no') await page.getByTestId('plan-summary').waitFor({ timeout: 60_000 });
    }
    await page.getByTestId('plan-summary').getByText(summaryText(original)).waitFor();
    expect(await shownLines(page)).toEqual(expected);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  test('in Excel (faked Office): the mapping goes to the document settings, a task\'s click selects its rows', async () => {
    const renamed = await FileWorkbook.open(await withNonsenseHeaders(new Uint8Array(readFileSync(SOURCE)), SHEET, HEADER_ROW), 'x.xlsx');
    const grid = await renamed.readSheet(SHEET);
    // One timing no reader understands: the status warns on its row, beside its task.
    const odd = { row: 9, text: 'Khi nào xong thì báo' };
    grid.values[odd.row - 1][COLUMNS.timing - 1] = odd.text;
    const { context, page, pageErrors } = await openInFakedExcel(browser, server.url, { language: 'vi-VN', sheets: seedSheets([grid]) }, { viewport: { width: 350, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    await page.getByTestId('plan-summary').waitFor({ timeout: 60_000 });
    const panel = page.getByTestId('plan-columns');
    await panel.getByTestId('columns-role-result').waitFor();

    // One change: every role shown is pinned, the result column added; kept as a document setting.
    await chooseColumn(page, 'result', option(COLUMNS.result));
    const settings = await page.evaluate(() => [...(window as unknown as { __kstthcExcel: { settings: Map<string, unknown> } }).__kstthcExcel.settings.entries()]);
    expect(settings).toHaveLength(1);
    expect(settings[0][0]).toBe(columnsSettingKey(SHEET));
    const kept = JSON.parse(String(settings[0][1])) as { columns: Record<string, number> };
    expect(kept.columns.result).toBe(COLUMNS.result);
    expect(kept.columns.lead).toBe(COLUMNS.lead);

    // A task's click selects its rows, STT to the table's last column.
    const section = page.getByTestId('plan-read');
    await section.getByRole('button', { name: /Đã đọc từ bảng/ }).click();
    const item = section.getByTestId('read-task').nth(2);
    const label = await item.locator('button > span > span').first().innerText();
    const rows = /dòng (\d+)(?:–(\d+))?/.exec(await item.innerText());
    await item.getByRole('button').click();
    await page.waitForFunction(() => (window as unknown as { __kstthcExcel: { selection: unknown } }).__kstthcExcel.selection !== null);
    const selection = await page.evaluate(() => (window as unknown as { __kstthcExcel: { selection: unknown } }).__kstthcExcel.selection);
    // The table as the pane read it with the kept mapping: the task's rows, STT to its last column.
    const mapped = readPlanTable([grid], { sheet: SHEET, mapping: mappingFromSetting(String(settings[0][1])) ?? undefined }).plan!;
    const task = mapped.tasks.find((t) => `Nhiệm vụ ${t.id}` === label)!;
    expect(rows && [Number(rows[1]), Number(rows[2] ?? rows[1])]).toEqual(task.rows);
    expect(selection).toEqual({ sheet: SHEET, address: `${columnLetter(mapped.layout.columns.stt)}${task.rows[0]}:${columnLetter(mapped.layout.lastColumn)}${task.rows[1]}` });

    // "Chỉ dòng có cảnh báo": the one task whose rows hold a warning, the warning beside it.
    const filter = section.getByTestId('read-only-warned');
    expect(await section.getByText('Chỉ dòng có cảnh báo (1)').count()).toBe(1);
    await filter.check();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="read-task"]').length === 1);
    const warned = section.getByTestId('read-task');
    expect(await warned.innerText()).toContain(odd.text);
    expect(await warned.getByTestId('read-warning').innerText()).toMatch(new RegExp(`dòng ${odd.row}: .*Không hiểu thời gian thực hiện "${odd.text}"`));
    await section.screenshot({ path: path.join(OUTPUT, 'columns-read-warnings-350.png') });
    await filter.uncheck();

    // "Đặt lại theo tiêu đề": the setting goes, the reader guesses again.
    await panel.getByTestId('columns-reset').click();
    await panel.getByRole('heading').filter({ hasText: '(cần kiểm tra)' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __kstthcExcel: { settings: Map<string, unknown> } }).__kstthcExcel.settings.size)).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
