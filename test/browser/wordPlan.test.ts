/**
 * SPEC §13 in the pane: "Mở kế hoạch từ tệp Word (.docx)" reads a Word file's appendix and
 * shows its plan; "Ghi bảng vào trang tính" writes the table as a new sheet "Phụ lục", which
 * reads back to the same plan. File mode (the result downloads) and Excel (a faked Office,
 * the officer's own "Phụ lục" sheet left as it was).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readPlanTable } from '../../src/core/plan/readPlanTable';
import type { PlanTable } from '../../src/core/plan/model';
import { wordPlanSheet } from '../../src/core/docx/wordPlanSheet';
import { readDocx } from '../../src/workbook/docx/readDocx';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { realPlanDocx } from '../docx/realPlanDocx';
import { DIST, ROOT, ensureProductionBuild } from './support/productionBuild';
import { serveFolder } from './support/staticServer';
import { CHROMIUM, CHROMIUM_ARGS, chromiumAvailable } from './support/chromium';
import { aboutOfficeCdn, routeOfficeCdns } from './support/officeCdn';
import { fakeOfficeScript } from './support/fakeOffice';

const OUTPUT = path.join(ROOT, 'test', 'output');
const NAME = 'hcm-2820-2025';
const run = chromiumAvailable() ? describe : describe.skip;

jest.setTimeout(240_000);

/** What must survive a trip through the sheet: every task, its id, text and deliverables. */
const tasksOf = (plan: PlanTable | null) => plan?.tasks.map((t) => ({ id: t.id, content: t.content, deliverables: t.deliverables.map((d) => [d.result, d.lead, d.support, d.timing]) }));

run('a plan read from a Word file in the pane', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let docxFile: string;
  let expected: PlanTable;

  beforeAll(async () => {
    ensureProductionBuild();
    mkdirSync(OUTPUT, { recursive: true });
    const bytes = await realPlanDocx(NAME);
    docxFile = path.join(OUTPUT, `${NAME}.docx`);
    writeFileSync(docxFile, bytes);
    const sheet = wordPlanSheet(readDocx(bytes, `${NAME}.docx`));
    const plan = sheet ? readPlanTable([sheet.grid]).plan : null;
    if (!plan) throw new Error('the generated document has no plan');
    expected = plan;
    server = await serveFolder(DIST);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  function watch(page: Page) {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().includes('ERR_INTERNET_DISCONNECTED') && !aboutOfficeCdn(m.location().url) && !aboutOfficeCdn(m.text())) errors.push(m.text());
    });
    return errors;
  }

  test('file mode: open the .docx, see the plan and its title block, write "Phụ lục", download, read it back to the same plan', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 900 }, acceptDownloads: true, locale: 'vi-VN' });
    const page = await context.newPage();
    const errors = watch(page);
    await routeOfficeCdns(page, (r) => r.abort('internetdisconnected'));
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole('button', { name: 'Mở kế hoạch từ tệp Word (.docx)' }).waitFor({ timeout: 30_000 });

    await page.setInputFiles('#word-file', docxFile);
    const summary = page.getByTestId('plan-summary');
    await summary.getByText(`Trang tính "Phụ lục": ${expected.tasks.length} nhiệm vụ / 28 kết quả`).waitFor({ timeout: 60_000 });
    expect(await summary.innerText()).toContain('Năm kế hoạch 2026');
    const card = page.getByTestId('word-plan');
    expect(await card.innerText()).toContain(`Kế hoạch đọc thẳng từ văn bản Word "${NAME}.docx"`);
    expect(await page.getByTestId('word-facts').innerText()).toBe('Số: 2820/QĐ-UBND · Ngày 19/11/2025');
    // The status sheets' issuer comes from the document's opening lines.
    expect(await page.getByTestId('issuer').inputValue()).toBe('ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH');
    // Colouring waits for the table to be in a sheet.
    expect(await page.getByTestId('action-highlight').isDisabled()).toBe(true);
    await page.screenshot({ path: path.join(OUTPUT, 'word-plan-file-360.png'), fullPage: true });

    await page.getByTestId('write-word-plan').click();
    await page.getByText('Đã ghi bảng kế hoạch vào trang tính mới "Phụ lục"', { exact: false }).waitFor({ timeout: 60_000 });
    await page.getByTestId('word-plan').waitFor({ state: 'detached' });
    await summary.getByText(`Trang tính "Phụ lục": ${expected.tasks.length} nhiệm vụ / 28 kết quả`).waitFor();
    expect(await page.getByTestId('action-highlight').isDisabled()).toBe(false);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp kết quả' }).click()]);
    expect(download.suggestedFilename()).toBe(`${NAME} (Kiểm soát TTHC).xlsx`);
    const saved = path.join(OUTPUT, 'word-plan-phu-luc.xlsx');
    await download.saveAs(saved);
    const book = await FileWorkbook.open(new Uint8Array(readFileSync(saved)), 'ket-qua.xlsx');
    expect(await book.sheetNames()).toEqual(['Phụ lục']);
    const grid = await book.readSheet('Phụ lục');
    const back = readPlanTable([grid]).plan;
    expect(tasksOf(back)).toEqual(tasksOf(expected));
    expect(back?.tasks.map((t) => t.rows)).toEqual(expected.tasks.map((t) => t.rows));
    expect(back?.year).toBe(expected.year);
    const excel = await book.excelBook();
    const ws = excel.getWorksheet('Phụ lục');
    // Borders, wrap and widths from the Word grid (Kết quả dự kiến is 34 Excel characters wide in the source).
    expect(ws?.getCell(expected.layout.headerRows[0], 2).border?.top?.style).toBe('thin');
    expect(ws?.getCell(expected.layout.headerRows[0] + 1, 2).alignment?.wrapText).toBe(true);
    expect(Math.round(ws?.getColumn(6).width ?? 0)).toBe(34);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('Excel: the table goes into a new sheet beside the officer’s own "Phụ lục", which stays as it was', async () => {
    const context = await browser.newContext({ viewport: { width: 450, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    const errors = watch(page);
    const seed = { language: 'vi-VN', sheets: [{ name: 'Phụ lục', values: [['Ghi chú của cán bộ']], merges: [] }] };
    await page.addInitScript((s) => {
      (window as unknown as { __kstthcFake: unknown }).__kstthcFake = s;
    }, seed);
    const script = fakeOfficeScript();
    await routeOfficeCdns(page, (r) => r.fulfill({ contentType: 'text/javascript', body: script }));
    await page.goto(`${server.url}/taskpane.html?_host_Info=Excel$Win32$16.01$vi-VN$$$$0`);
    await page.getByText('Đang làm việc trên sổ tính đang mở trong Excel.').waitFor({ timeout: 30_000 });

    await page.setInputFiles('#word-file', docxFile);
    const summary = page.getByTestId('plan-summary');
    await summary.getByText(`${expected.tasks.length} nhiệm vụ / 28 kết quả`, { exact: false }).waitFor({ timeout: 60_000 });
    const syncsBefore = await page.evaluate(() => (window as unknown as { __kstthcExcel: { syncs: number } }).__kstthcExcel.syncs);
    await page.getByTestId('write-word-plan').click();
    await page.getByText('Đã ghi bảng kế hoạch vào trang tính mới "Phụ lục (2)"', { exact: false }).waitFor({ timeout: 60_000 });
    await summary.getByText(`Trang tính "Phụ lục (2)": ${expected.tasks.length} nhiệm vụ / 28 kết quả`).waitFor({ timeout: 60_000 });

    const state = await page.evaluate(() => {
      const excel = (window as unknown as { __kstthcExcel: { syncs: number; sheets: { name: string }[]; sheet(n: string): { cell(r: number, c: number): { value: unknown }; merges?: unknown } } }).__kstthcExcel;
      return { syncs: excel.syncs, names: excel.sheets.map((s) => s.name), own: excel.sheet('Phụ lục').cell(1, 1).value };
    });
    expect(state.names).toEqual(['Phụ lục', 'Phụ lục (2)']);
    expect(state.own).toBe('Ghi chú của cán bộ');
    // One batched write and the re-read of both sheets after it: a handful of syncs, where a write
    // per row would take one for each of the table's 35 rows.
    expect(state.syncs - syncsBefore).toBeLessThanOrEqual(10);
    expect(errors).toEqual([]);
    await context.close();
  });
});
