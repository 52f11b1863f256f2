/**
 * The task pane in a real browser, outside Excel: Debian's Chromium driven by playwright-core
 * opens the production build, office.js's CDN is unreachable (blocked), an officer picks the
 * seed plan workbook, reads what the pane shows, colours the rows and downloads the result.
 * Screenshots go to test/output/ (look at them).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildSeedPlanWorkbook, seedPlanFixture } from '../fixtures/seedAppendix';
import { buildRegisterXlsx, buildSampleRegister, SAMPLE_REGISTER_HEADER, sampleRegisterRows } from '../fixtures/registers';
import { readRegister } from '../../src/core/register/readRegister';
import { badFiles, EXPECTED_MISSING, EXPECTED_TOTAL, goodFiles } from '../fixtures/unitFormsSet';
import { consistentRow, Q4_2023, unitWorkbookBytes } from '../fixtures/unitForms';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { computeForms } from '../../src/core/forms/computeForms';
import { pickRegister } from '../../src/core/register/pickRegister';
import { reportPeriod } from '../../src/core/periods/periods';
import { readPlanTable } from '../../src/core/plan/readPlanTable';
import { computePlanStatus } from '../../src/core/status/computeStatus';
import { STATUS_PALETTE } from '../../src/core/highlight/palette';
import type { StatusKey } from '../../src/core/status/model';
import { DIST, ROOT, ensureProductionBuild } from './support/productionBuild';
import { serveFolder } from './support/staticServer';
import { CHROMIUM, CHROMIUM_ARGS, chromiumAvailable } from './support/chromium';
import { fakeOfficeScript } from './support/fakeOffice';
import { rangeAddress } from '../../src/core/grid';
import { aboutOfficeCdn, routeOfficeCdns } from './support/officeCdn';

const OUTPUT = path.join(ROOT, 'test', 'output');
const AS_OF = '2024-03-10';
const run = chromiumAvailable() ? describe : describe.skip;

jest.setTimeout(240_000);

interface Watched {
  page: Page;
  pageErrors: string[];
  consoleErrors: string[];
}

run('task pane in Chromium (file mode, and Excel through a faked Office)', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let planFile: string;
  const fixture = seedPlanFixture('pdf');
  const expected = (() => {
    const { plan } = readPlanTable(fixture.sheets);
    if (!plan) throw new Error('fixture has no plan');
    return computePlanStatus(plan, { asOf: AS_OF, window: 7 });
  })();
  const expectedCount = (key: StatusKey) => expected.deliverables.filter((d) => d.status === key).length;

  beforeAll(async () => {
    ensureProductionBuild();
    mkdirSync(OUTPUT, { recursive: true });
    planFile = path.join(OUTPUT, 'ke-hoach-2024-pdf.xlsx');
    writeFileSync(planFile, await buildSeedPlanWorkbook('pdf'));
    server = await serveFolder(DIST);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPane(width: number): Promise<Watched> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true, locale: 'vi-VN' });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`${m.text()} @ ${m.location().url}`);
    });
    // No network here, and none wanted in CI: office.js's CDN is unreachable, as offline.
    await routeOfficeCdns(page, (r) => r.abort('internetdisconnected'));
    const started = Date.now();
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole('button', { name: 'Chọn tệp Excel' }).waitFor({ timeout: 30_000 });
    // Outside Office the pane does not wait for office.js at all.
    expect(Date.now() - started).toBeLessThan(2000);
    return { page, pageErrors, consoleErrors };
  }

  /** Nothing wider than the pane: no sideways scrolling at pane widths. */
  async function expectNoSidewaysScroll(page: Page): Promise<void> {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }

  function unexpectedConsoleErrors(w: Watched): string[] {
    return w.consoleErrors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED') && !aboutOfficeCdn(e));
  }

  async function pickPlanAndSetAsOf(page: Page): Promise<void> {
    await page.setInputFiles('#plan-file', planFile);
    await page.getByTestId('plan-summary').getByText('37 nhiệm vụ / 40 kết quả').waitFor({ timeout: 60_000 });
    await page.getByTestId('as-of').fill(AS_OF);
    await page.getByTestId('overdue-list').getByText('Nhiệm vụ 7').waitFor();
  }

  test('the production build: first load light, exceljs lazy, no eval or new Function anywhere', () => {
    const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    // Our own scripts (office.js comes from Microsoft's CDN, see officeHost.test.ts).
    const initial = [...html.matchAll(/<script[^>]*\bsrc="?([^" >]+\.js)/g)].map((m) => m[1]).filter((src) => !src.startsWith('https://'));
    // The ES5 webview check first (webviews.test.ts), then the pane.
    expect(initial).toEqual([expect.stringMatching(/^webview-check\.[0-9a-f]{8}\.js$/), expect.stringMatching(/^taskpane\.[0-9a-f]{8}\.js$/)]);
    const gzip = (file: string) => gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length;
    const initialGzip = initial.reduce((n, f) => n + gzip(f), 0);
    // The first load's budget (issue 27): 250 kB gzip; charts, forms and consolidation come later.
    expect(initialGzip).toBeLessThanOrEqual(250_000);
    const chunks = readdirSync(DIST).filter((f) => f.endsWith('.js'));
    expect(chunks.some((f) => /^exceljs\.[0-9a-f]{8}\.chunk\.js$/.test(f))).toBe(true);
    // exceljs's code is in its lazy chunk only.
    expect(readFileSync(path.join(DIST, initial[1]), 'utf8')).not.toContain('sharedStrings.xml');
    for (const f of chunks) expect(readFileSync(path.join(DIST, f), 'utf8')).not.toMatch(/[^.\w$]eval\(|[^.\w$]Function\(/);
    expect(html).toMatch(/<meta http-equiv="?Content-Security-Policy"? content="default-src 'self'; script-src 'self' https:\/\/officeapis\.public\.onecdn\.static\.microsoft https:\/\/appsforoffice\.microsoft\.com;/);
    expect(html).not.toContain('unsafe-eval');
  });

  test.each([320, 360, 450])('at %i px an officer sees the plan, its statuses and the lists in Vietnamese', async (width) => {
    const w = await openPane(width);
    const { page } = w;
    await page.getByText('Đang dùng ngoài Excel', { exact: false }).waitFor();
    await pickPlanAndSetAsOf(page);

    expect(await page.getByTestId('plan-summary').innerText()).toContain('Trang tính "Phụ lục": 37 nhiệm vụ / 40 kết quả');
    expect(await page.getByTestId('plan-summary').innerText()).toContain('12 mục');
    expect(await page.getByTestId('plan-summary').innerText()).toContain('Năm kế hoạch 2024');

    // Counts by status: the pane's tiles equal the core's statuses for the same file and day.
    for (const key of ['overdue', 'due-soon', 'pending', 'unscheduled', 'ongoing', 'done'] as StatusKey[]) {
      expect(await page.locator(`[data-status="${key}"]`).innerText()).toContain(String(expectedCount(key)));
    }
    expect(await page.locator('[data-status="overdue"]').innerText()).toContain('Quá hạn');
    expect(await page.locator('[data-status="due-soon"]').innerText()).toContain('Sắp đến hạn');
    expect(await page.locator('[data-status="ongoing"]').innerText()).toContain('Thường xuyên');

    // The known facts at 10/03/2024: 1a and 7 overdue, 19, 36, 37 due soon.
    const overdue = page.getByTestId('overdue-list');
    expect((await overdue.getByRole('heading').innerText()).trim()).toBe(`Quá hạn (${expectedCount('overdue')})`);
    expect(await overdue.innerText()).toContain('Nhiệm vụ 1 (a)');
    expect(await overdue.innerText()).toContain('Hạn 29/02/2024');
    expect(await overdue.innerText()).toMatch(/Nhiệm vụ 7, dòng/); // one deliverable: no "(a)"
    const upcoming = page.getByTestId('upcoming-list');
    for (const no of [19, 36, 37]) expect(await upcoming.innerText()).toContain(`Nhiệm vụ ${no}`);
    expect(await upcoming.innerText()).toContain('Hạn 16/03/2024');
    await page.getByTestId('plan-units').getByRole('button', { name: /Theo đơn vị/ }).click();
    expect(await page.getByTestId('unit-table').innerText()).toContain('Văn phòng Sở');

    await expectNoSidewaysScroll(page);

    await page.screenshot({ path: path.join(OUTPUT, `taskpane-plan-${width}.png`), fullPage: true });
    expect(w.pageErrors).toEqual([]);
    expect(unexpectedConsoleErrors(w)).toEqual([]);
    await page.context().close();
  });

  test('the unit picker shows one unit’s rows and counts', async () => {
    const w = await openPane(360);
    const { page } = w;
    await pickPlanAndSetAsOf(page);
    await page.getByTestId('unit-picker').selectOption({ label: 'Chi cục Thủy sản' });
    const mine = expected.deliverables.filter((d) => d.units.some((u) => u.unit === 'Chi cục Thủy sản'));
    expect(await page.getByTestId('status-counts').locator('..').innerText()).toContain(`${mine.length}/40`);
    await page.screenshot({ path: path.join(OUTPUT, 'taskpane-unit-360.png'), fullPage: true });
    expect(w.pageErrors).toEqual([]);
    expect(unexpectedConsoleErrors(w)).toEqual([]);
    await page.context().close();
  });

  test('highlighting downloads a workbook whose rows carry the status fills', async () => {
    const w = await openPane(450);
    const { page } = w;
    await pickPlanAndSetAsOf(page);
    await page.getByTestId('action-highlight').click();
    await page.getByText('Đã tô màu các dòng', { exact: false }).waitFor({ timeout: 60_000 });
    const downloadButton = page.getByRole('button', { name: 'Tải tệp kết quả' });
    const [download] = await Promise.all([page.waitForEvent('download'), downloadButton.click()]);
    const saved = path.join(OUTPUT, 'taskpane-highlighted.xlsx');
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    await page.screenshot({ path: path.join(OUTPUT, 'taskpane-highlighted-450.png'), fullPage: true });

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Phụ lục');
    if (!sheet) throw new Error('no plan sheet in the download');
    const fillOf = (row: number) => {
      const fill = sheet.getCell(row, 2).fill as ExcelJS.FillPattern | undefined;
      return fill?.fgColor?.argb?.slice(-6).toUpperCase() ?? null;
    };
    const rowOf = (id: string) => {
      const rows = fixture.deliverableRows.get(id);
      if (!rows) throw new Error(`no rows for ${id}`);
      return rows[0];
    };
    const hex = (key: StatusKey) => STATUS_PALETTE[key].fill?.slice(1).toUpperCase() ?? null;
    expect(fillOf(rowOf('1a'))).toBe(hex('overdue'));
    expect(fillOf(rowOf('7a'))).toBe(hex('overdue'));
    expect(fillOf(rowOf('19a'))).toBe(hex('due-soon'));
    expect(fillOf(rowOf('2a'))).toBe(hex('ongoing'));
    // The officer's own cells are unchanged.
    expect(sheet.getCell(rowOf('7a'), 1).value).toBe(fixture.sheets[0].values[rowOf('7a') - 1][0]);

    // The two other actions add their own sheets to the same result.
    await page.getByTestId('action-statusSheets').click();
    await page.getByText('Đã tạo trang in tiến độ.', { exact: false }).waitFor({ timeout: 60_000 });
    await page.getByTestId('action-init').click();
    await page.getByText('Đã tạo trang "Theo dõi thực hiện" và "Danh mục đơn vị"', { exact: false }).waitFor({ timeout: 60_000 });
    const all = await downloadOf(page, () => page.getByRole('button', { name: 'Tải tệp kết quả' }).click(), 'taskpane-all-actions.xlsx');
    expect(all.worksheets.map((x) => x.name)).toEqual(expect.arrayContaining(['Phụ lục', 'Tiến độ', 'Theo dõi thực hiện', 'Danh mục đơn vị']));
    // Run again, init keeps the officer's sheets and says so.
    await page.getByTestId('action-init').click();
    await page.getByText('giữ nguyên, không ghi đè', { exact: false }).waitFor({ timeout: 60_000 });
    expect(w.pageErrors).toEqual([]);
    expect(unexpectedConsoleErrors(w)).toEqual([]);
    await page.context().close();
  });

  test('a file that is not a workbook gets one clear Vietnamese sentence, and the pane goes on', async () => {
    const w = await openPane(360);
    const { page } = w;
    await page.setInputFiles('#plan-file', { name: 'anh-chup.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip at all, just text') });
    const bar = page.locator('.fui-MessageBar').filter({ hasText: 'anh-chup.xlsx' });
    await bar.waitFor();
    expect(await bar.innerText()).toContain('Tệp "anh-chup.xlsx" không phải sổ tính Excel (.xlsx, .xls, .ods): hãy chọn đúng tệp.');
    expect(await bar.innerText()).not.toMatch(/undefined|Error:|at \w+ \(/);
    await page.setInputFiles('#plan-file', planFile);
    await page.getByTestId('plan-summary').getByText('37 nhiệm vụ / 40 kết quả').waitFor({ timeout: 60_000 });
    expect(w.pageErrors).toEqual([]);
    expect(unexpectedConsoleErrors(w)).toEqual([]);
    await page.context().close();
  });

  test('"Dùng dữ liệu mẫu" opens the seed plan without any file', async () => {
    const w = await openPane(360);
    const { page } = w;
    await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
    await page.getByTestId('plan-summary').getByText('37 nhiệm vụ / 40 kết quả').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('open-file').innerText()).toContain('ke-hoach-mau.xlsx');
    expect(w.pageErrors).toEqual([]);
    expect(unexpectedConsoleErrors(w)).toEqual([]);
    await page.context().close();
  });

  /** Chooses Quý I/2024 on the Tổng hợp tab and runs the consolidation to its end. */
  async function consolidateQ1of2024(page: Page): Promise<void> {
    await page.getByTestId('consolidate-period-kind').selectOption('Q1');
    await page.getByTestId('consolidate-period-year').fill('2024');
    await page.getByTestId('consolidate-period-year').press('Enter');
    await page.getByTestId('consolidate-run').click();
    await page.getByTestId('consolidate-deliver').waitFor({ timeout: 120_000 });
  }

  /** The cached results of the total row's SUM formulas on the department's II.05a sheet for Quý I/2024. */
  function departmentTotalRow(book: ExcelJS.Workbook): number[] | null {
    const sheet = book.getWorksheet('Tổng hợp II.05a Quý I-2024');
    if (!sheet) throw new Error(`no department II.05a sheet in ${book.worksheets.map((s) => s.name).join(', ')}`);
    let totalRow: number[] | null = null;
    sheet.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      if (typeof values[0] === 'string' && /^tổng (?:cộng|số)$/i.test(values[0])) {
        // Department totals are live sums with their cached results (issue 14).
        const sums = values.filter((v): v is { formula: string; result: number } => typeof v === 'object' && v !== null && 'formula' in v);
        expect(sums.every((v) => /^SUM\(/.test(v.formula))).toBe(true);
        totalRow = sums.map((v) => v.result);
      }
    });
    return totalRow;
  }

  async function downloadOf(page: Page, click: () => Promise<void>, name: string): Promise<ExcelJS.Workbook> {
    const [download] = await Promise.all([page.waitForEvent('download'), click()]);
    const saved = path.join(OUTPUT, name);
    await download.saveAs(saved);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    return book;
  }

  test('another agency\'s plan: the pane says which unit directory it uses, and the year box wins over the plan year', async () => {
    const w = await openPane(360);
    const { page } = w;
    await page.setInputFiles('#plan-file', path.join(ROOT, 'test', 'fixtures', 'real-plans', 'hcm-2820-2025-word.xlsx'));
    await page.getByTestId('plan-directory').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('plan-directory').innerText()).toMatch(/^Danh mục đơn vị: lập từ 7 đơn vị nêu trong kế hoạch\./);
    expect(await page.getByTestId('plan-summary').innerText()).toContain('Năm kế hoạch 2026');
    await page.getByTestId('plan-settings').getByRole('button', { name: /Cách tính/ }).click();
    const year = page.getByTestId('plan-year');
    expect(await year.inputValue()).toBe('2026');
    await year.fill('2025');
    await year.press('Enter');
    await page.getByTestId('plan-summary').getByText('Năm kế hoạch 2025').waitFor();
    await page.screenshot({ path: path.join(OUTPUT, 'taskpane-real-plan-360.png'), fullPage: true });
    expect(w.pageErrors).toEqual([]);
    expect(unexpectedConsoleErrors(w)).toEqual([]);
    await page.context().close();
  });

  test('"Báo cáo quý": a register gives the II.05a figures the core computes, written as two form sheets', async () => {
    const registerFile = path.join(OUTPUT, 'so-theo-doi.xlsx');
    writeFileSync(registerFile, await buildSampleRegister({ count: 200, seed: 11 }));
    const period = reportPeriod(2024, 'Q1');
    const wb = await FileWorkbook.open(readFileSync(registerFile), 'so-theo-doi.xlsx');
    const grids = await Promise.all((await wb.sheetNames()).map((n) => wb.readSheet(n)));
    const picked = pickRegister(grids);
    if (!picked) throw new Error('sample register not recognised');
    const expectedForms = computeForms(picked.read.dossiers, period, { sheet: picked.sheet });

    // The narrowest pane Excel opens.
    const w = await openPane(320);
    const { page } = w;
    await page.setInputFiles('#plan-file', registerFile);
    await page.getByTestId('open-file').waitFor();
    // A register is no plan: the plan tab says so in place, without an error for the whole pane.
    expect(await page.getByTestId('plan-missing').innerText()).toContain('Không tìm thấy bảng Phụ lục kế hoạch');
    await page.getByRole('tab', { name: 'Báo cáo quý' }).click();
    await page.getByTestId('forms-period-kind').selectOption('Q1');
    await page.getByTestId('forms-period-year').fill('2024');
    await page.getByTestId('forms-period-year').press('Enter');
    await page.getByTestId('forms-preview').click();
    await page.getByTestId('forms-summary').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('forms-summary').innerText()).toContain(`${picked.read.dossiers.length} hồ sơ`);
    expect(await page.getByTestId('forms-summary').innerText()).toContain('Quý I/2024');
    const t = expectedForms.ii05a.total;
    const totalCard = page.getByTestId('forms-figures').locator('li').last();
    expect(await totalCard.innerText()).toContain(`Nhận giải quyết ${t.c3} (trực tuyến ${t.c4}, trực tiếp/bưu chính ${t.c5}, kỳ trước ${t.c6})`);
    expect(await totalCard.innerText()).toContain(`Đang giải quyết ${t.c11} (trong hạn ${t.c12}, quá hạn ${t.c13})`);
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: path.join(OUTPUT, 'taskpane-forms-320.png'), fullPage: true });

    await page.getByTestId('forms-unit').selectOption({ label: 'Chi cục Thủy sản' });
    await page.getByTestId('forms-write').click();
    await page.getByText('Đã ghi biểu II.05a và II.06a.', { exact: false }).waitFor({ timeout: 60_000 });
    const book = await downloadOf(page, () => page.getByRole('button', { name: 'Tải tệp kết quả' }).click(), 'taskpane-forms.xlsx');
    const names = book.worksheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['II.05a Quý I-2024', 'II.06a Quý I-2024', picked.sheet]));
    expect(w.pageErrors).toEqual([]);
    expect(unexpectedConsoleErrors(w)).toEqual([]);
    await page.context().close();
  });

  test('"Báo cáo quý": a column the reader cannot place is mapped by the officer', async () => {
    const resolvedCol = SAMPLE_REGISTER_HEADER.indexOf('Ngày có kết quả') + 1;
    const header = SAMPLE_REGISTER_HEADER.map((h, i) => (i + 1 === resolvedCol ? 'Cột 8' : h));
    const [, ...rows] = sampleRegisterRows({ count: 120, seed: 5 });
    const bytes = await buildRegisterXlsx({ sheet: 'Sổ', titleLines: ['SỔ THEO DÕI HỒ SƠ'], header: [header], rows });
    const registerFile = path.join(OUTPUT, 'so-cot-la.xlsx');
    writeFileSync(registerFile, bytes);
    const wb = await FileWorkbook.open(bytes, 'so-cot-la.xlsx');
    const grid = await wb.readSheet('Sổ');
    const mapped = readRegister(grid, { mapping: { resolved: resolvedCol } });
    const t = computeForms(mapped.dossiers, reportPeriod(2024, 'Q1'), { sheet: 'Sổ' }).ii05a.total;

    const w = await openPane(360);
    const { page } = w;
    await page.setInputFiles('#plan-file', registerFile);
    await page.getByTestId('open-file').waitFor();
    await page.getByRole('tab', { name: 'Báo cáo quý' }).click();
    await page.getByTestId('forms-period-kind').selectOption('Q1');
    await page.getByTestId('forms-period-year').fill('2024');
    await page.getByTestId('forms-period-year').press('Enter');
    await page.getByTestId('forms-preview').click();
    const missing = page.getByTestId('forms-columns-missing');
    await missing.waitFor({ timeout: 60_000 });
    expect(await missing.innerText()).toContain('Ngày có kết quả');
    await page.getByTestId('forms-map-resolved').selectOption({ label: 'H: Cột 8' });
    await page.getByTestId('forms-preview').click();
    await page.getByTestId('forms-figures').waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => !document.querySelector('[data-testid="forms-columns-missing"]'));
    const totalCard = page.getByTestId('forms-figures').locator('li').last();
    expect(await totalCard.innerText()).toContain(`Đã giải quyết ${t.c7} (trước hạn ${t.c8}, đúng hạn ${t.c9}, quá hạn ${t.c10})`);
    expect(t.c7).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(OUTPUT, 'taskpane-forms-mapping-360.png'), fullPage: true });
    expect(w.pageErrors).toEqual([]);
    expect(unexpectedConsoleErrors(w)).toEqual([]);
    await page.context().close();
  });

  test('"Báo cáo quý": two result-date columns that disagree ask the officer; the columns used are shown', async () => {
    const resolvedCol = SAMPLE_REGISTER_HEADER.indexOf('Ngày có kết quả') + 1;
    const [, ...sample] = sampleRegisterRows({ count: 120, seed: 8 });
    // "Ngày hoàn thành" names the result day as well as "Ngày có kết quả"; on some rows it is later.
    let shifted = 0;
    const rows = sample.map((r) => {
      const resolved = r[resolvedCol - 1];
      const other = resolved instanceof Date && shifted < 6 ? new Date(resolved.getTime() + (shifted++, 3 * 86400000)) : resolved;
      return [...r, other];
    });
    const header = [...SAMPLE_REGISTER_HEADER, 'Ngày hoàn thành'];
    const otherCol = header.length;
    const bytes = await buildRegisterXlsx({ sheet: 'Sổ', titleLines: ['SỔ THEO DÕI HỒ SƠ'], header: [header], rows });
    const registerFile = path.join(OUTPUT, 'so-hai-cot-ket-qua.xlsx');
    writeFileSync(registerFile, bytes);
    const grid = await (await FileWorkbook.open(bytes, 'so-hai-cot-ket-qua.xlsx')).readSheet('Sổ');
    const t = computeForms(readRegister(grid, { mapping: { resolved: otherCol } }).dossiers, reportPeriod(2024, 'Q1'), { sheet: 'Sổ' }).ii05a.total;

    const w = await openPane(360);
    const { page } = w;
    await page.setInputFiles('#plan-file', registerFile);
    await page.getByTestId('open-file').waitFor();
    await page.getByRole('tab', { name: 'Báo cáo quý' }).click();
    await page.getByTestId('forms-period-kind').selectOption('Q1');
    await page.getByTestId('forms-period-year').fill('2024');
    await page.getByTestId('forms-period-year').press('Enter');
    // The register's title names no unit (issue 14): the officer picks one, so only the conflict holds the write back.
    await page.getByTestId('forms-unit').selectOption({ label: 'Chi cục Thủy sản' });
    await page.getByTestId('forms-preview').click();
    const conflict = page.getByTestId('forms-conflict');
    await conflict.waitFor({ timeout: 60_000 });
    expect(await conflict.innerText()).toContain('H: Ngày có kết quả và K: Ngày hoàn thành đều có thể là "Ngày có kết quả" nhưng khác nhau ở 6 dòng');
    expect(await page.getByTestId('forms-write').isDisabled()).toBe(true);
    expect(await page.getByTestId('forms-sources').innerText()).toContain('Ngày tiếp nhận ← F: Ngày tiếp nhận');
    await page.screenshot({ path: path.join(OUTPUT, 'taskpane-forms-conflict-360.png'), fullPage: true });

    await page.getByTestId('forms-map-resolved').selectOption({ label: 'K: Ngày hoàn thành' });
    await page.getByTestId('forms-preview').click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="forms-conflict"]'), undefined, { timeout: 60_000 });
    expect(await page.getByTestId('forms-sources').innerText()).toContain('Ngày có kết quả ← K: Ngày hoàn thành (bạn chọn)');
    const totalCard = page.getByTestId('forms-figures').locator('li').last();
    expect(await totalCard.innerText()).toContain(`Đã giải quyết ${t.c7} (trước hạn ${t.c8}, đúng hạn ${t.c9}, quá hạn ${t.c10})`);
    expect(await page.getByTestId('forms-write').isDisabled()).toBe(false);
    expect(w.pageErrors).toEqual([]);
    expect(unexpectedConsoleErrors(w)).toEqual([]);
    await page.context().close();
  });

  test('"Báo cáo quý": the register’s own unit is chosen; another unit is refused naming both (issue 14)', async () => {
    const [header, ...rows] = sampleRegisterRows({ count: 40, seed: 3 });
    const bytes = await buildRegisterXlsx({ sheet: 'Sổ', titleLines: ['SỔ THEO DÕI HỒ SƠ TTHC - Chi cục Chăn nuôi và Thú y'], header: [header as string[]], rows });
    const registerFile = path.join(OUTPUT, 'so-chan-nuoi.xlsx');
    writeFileSync(registerFile, bytes);
    const w = await openPane(360);
    const { page } = w;
    await page.setInputFiles('#plan-file', registerFile);
    await page.getByTestId('open-file').waitFor();
    await page.getByRole('tab', { name: 'Báo cáo quý' }).click();
    await page.getByTestId('forms-preview').click();
    await page.getByTestId('forms-summary').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('forms-unit').inputValue()).toBe('Chi cục Chăn nuôi và Thú y');
    await page.getByTestId('forms-unit').selectOption({ label: 'Chi cục Thủy sản' });
    await page.getByTestId('forms-write').click();
    await page.getByText('khác đơn vị ghi trên sổ', { exact: false }).waitFor({ timeout: 30_000 });
    const body = await page.locator('body').innerText();
    expect(body).toContain('"Chi cục Thủy sản" khác đơn vị ghi trên sổ "Chi cục Chăn nuôi và Thú y"');
    expect(body).not.toContain('Đã ghi biểu II.05a và II.06a.');
    expect(w.pageErrors).toEqual([]);
    await page.context().close();
  });

  test('"Tổng hợp": each unit file gets its outcome, bad ones rejected, the department workbook downloads', async () => {
    const good = await goodFiles();
    const bad = await badFiles();
    const files = [...good, ...bad].map((f) => ({ name: f.file, mimeType: 'application/octet-stream', buffer: Buffer.from(f.bytes) }));

    const w = await openPane(450);
    const { page } = w;
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    await page.setInputFiles('#unit-files', files);
    expect(await page.getByTestId('consolidate-count').innerText()).toContain(`${files.length} tệp`);
    // Last quarter's department report left 5 pending in "Thủy sản": this quarter's carried-over count differs.
    const before = await unitWorkbookBytes({
      unit: 'Sở Nông nghiệp và Phát triển nông thôn',
      period: Q4_2023,
      ii05a: [consistentRow('Thủy sản', 5, 0, 0, 0, 0, 0, 0)],
      ii06a: [],
      style: { noIi06a: true },
    });
    await page.setInputFiles('#previous-files', [{ name: 'so-quy-4-2023.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(before) }]);
    expect(await page.getByTestId('consolidate-previous-count').innerText()).toContain('1 tệp');
    await consolidateQ1of2024(page);

    const outcomes = page.getByTestId('consolidate-outcomes').locator(':scope > li');
    expect(await outcomes.count()).toBe(files.length);
    for (const f of good) expect(await outcomes.filter({ hasText: f.file }).first().innerText()).toContain('Nhận');
    for (const f of bad) {
      // The card that starts with the file's name (another card's warning may name it too).
      const text = await outcomes.filter({ hasText: new RegExp(`^${f.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).first().innerText();
      expect(text).toContain('Không nhận');
      expect(text).toMatch(f.reason);
    }
    expect(await page.getByTestId('consolidate-carry-over').innerText()).toMatch(/"Thủy sản".*Quý IV\/2023 \(cột 11\) là 5/);
    // Units whose file was rejected are told apart from those that sent nothing.
    const missing = await page.getByTestId('consolidate-missing').innerText();
    const rejectedUnits = await page.getByTestId('consolidate-rejected-units').innerText();
    for (const u of EXPECTED_MISSING) expect(`${missing}\n${rejectedUnits}`).toContain(u);
    expect(rejectedUnits).toContain('Chi cục Thủy lợi');
    expect(missing).not.toContain('Chi cục Thủy lợi');
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: path.join(OUTPUT, 'taskpane-consolidate-450.png'), fullPage: true });

    const book = await downloadOf(page, () => page.getByTestId('consolidate-deliver').click(), 'taskpane-tong-hop.xlsx');
    // The total row holds EXPECTED_TOTAL in the count columns (3) … (13), as live sums (issue 14).
    expect(departmentTotalRow(book)).toEqual(EXPECTED_TOTAL);
    expect(w.pageErrors).toEqual([]);
    expect(unexpectedConsoleErrors(w)).toEqual([]);
    await page.context().close();
  });

  test('"Tổng hợp": units\' .xls and .ods files are read like .xlsx; the .xls reader loads only when one is picked', async () => {
    const legacy = path.join(ROOT, 'test', 'fixtures', 'legacy');
    const picked = ['thuy-san.xls', 'chan-nuoi-thu-y.ods', 'trong-trot-bvtv.xls', 'kiem-lam.ods'];
    const files = picked.map((name) => ({ name, mimeType: 'application/octet-stream', buffer: readFileSync(path.join(legacy, name)) }));
    const w = await openPane(450);
    const { page } = w;
    // Every script the page has fetched so far, first load included.
    const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop() ?? ''));
    await page.getByRole('tab', { name: 'Báo cáo quý' }).click();
    const beforeLegacy = await scripts();
    expect(beforeLegacy.some((f) => f.startsWith('taskpane.'))).toBe(true);
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    await page.setInputFiles('#unit-files', files);
    await consolidateQ1of2024(page);
    const outcomes = page.getByTestId('consolidate-outcomes').locator(':scope > li');
    for (const name of picked) expect(await outcomes.filter({ hasText: name }).first().innerText()).toContain('Nhận');
    const sheetJsChunks = (await scripts()).filter((f) => !beforeLegacy.includes(f));
    expect(beforeLegacy.some((f) => f.startsWith('sheetjs.'))).toBe(false);
    expect(sheetJsChunks.some((f) => f.startsWith('sheetjs.'))).toBe(true);

    const book = await downloadOf(page, () => page.getByTestId('consolidate-deliver').click(), 'taskpane-tong-hop-xls.xlsx');
    expect(departmentTotalRow(book)).toEqual(EXPECTED_TOTAL);
    expect(w.pageErrors).toEqual([]);
    // SheetJS's English notes about .ods number formats never reach the console.
    expect(unexpectedConsoleErrors(w)).toEqual([]);
    await page.context().close();
  });

  test('inside Excel (faked Office, English display language): reads the open workbook, selects rows, colours them', async () => {
    const { plan } = readPlanTable(fixture.sheets);
    if (!plan) throw new Error('fixture has no plan');
    const seed = {
      language: 'en-US',
      sheets: fixture.sheets.map((g) => ({
        name: g.name,
        values: g.values.map((line) => line.map((v) => (v instanceof Date ? v.toISOString() : v))),
        merges: g.merges,
      })),
    };
    const context = await browser.newContext({ viewport: { width: 360, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.addInitScript((s) => {
      (window as unknown as { __kstthcFake: unknown }).__kstthcFake = s;
    }, seed);
    const script = fakeOfficeScript();
    await routeOfficeCdns(page, (r) => r.fulfill({ contentType: 'text/javascript', body: script }));
    // Excel on Windows opens the pane with its host in the address, as office.js expects.
    await page.goto(`${server.url}/taskpane.html?_host_Info=Excel$Win32$16.01$en-US$$$$0`);
    await page.getByText('Working on the workbook open in Excel.').waitFor({ timeout: 30_000 });
    await page.getByTestId('plan-summary').getByText('37 tasks / 40 deliverables').waitFor({ timeout: 60_000 });
    expect(await page.getByRole('tab', { name: 'Quarterly report' }).count()).toBe(1);
    expect(await page.locator('#plan-file').count()).toBe(0);
    await page.getByTestId('as-of').fill(AS_OF);
    const overdue = page.getByTestId('overdue-list');
    await overdue.getByText('Task 7').waitFor();
    expect((await overdue.getByRole('heading').innerText()).trim()).toBe(`Overdue (${expectedCount('overdue')})`);

    // A click on a listed deliverable selects its rows in Excel.
    await overdue.getByRole('button', { name: /Task 7/ }).click();
    const row7 = fixture.deliverableRows.get('7a');
    if (!row7) throw new Error('no rows for 7a');
    const wanted = { sheet: plan.sheet, address: rangeAddress({ top: row7[0], left: plan.layout.columns.stt, bottom: row7[1], right: plan.layout.lastColumn }) };
    await page.waitForFunction((w) => JSON.stringify((window as unknown as { __kstthcExcel: { selection: unknown } }).__kstthcExcel.selection) === JSON.stringify(w), wanted);

    await page.getByTestId('action-highlight').click();
    await page.getByText('Rows coloured and status columns written.', { exact: false }).waitFor({ timeout: 60_000 });
    const fills = await page.evaluate(
      ([sheet, rows]) => {
        const excel = (window as unknown as { __kstthcExcel: { sheet(n: string): { cell(r: number, c: number): { fill: string | null } } } }).__kstthcExcel;
        return rows.map((r) => excel.sheet(sheet).cell(r, 2).fill);
      },
      [plan.sheet, [fixture.deliverableRows.get('1a')![0], row7[0], fixture.deliverableRows.get('19a')![0]]] as const,
    );
    const norm = (c: string | null) => (c ? c.replace('#', '').toUpperCase() : null);
    expect(fills.map(norm)).toEqual([norm(STATUS_PALETTE.overdue.fill), norm(STATUS_PALETTE.overdue.fill), norm(STATUS_PALETTE['due-soon'].fill)]);
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: path.join(OUTPUT, 'taskpane-excel-en-360.png'), fullPage: true });

    // "Use sample data" in Excel adds the sample as a sheet of its own and reads it.
    await page.getByRole('button', { name: 'Use sample data' }).click();
    await page.getByTestId('plan-summary').getByText('Sheet "Kế hoạch mẫu": 37 tasks / 40 deliverables').waitFor({ timeout: 60_000 });
    const sheetNames = await page.evaluate(() => (window as unknown as { __kstthcExcel: { sheets: { name: string }[] } }).__kstthcExcel.sheets.map((x) => x.name));
    // The sample's register comes too; no tracking sheet is added to the officer's workbook.
    expect(sheetNames).toEqual(expect.arrayContaining([plan.sheet, 'Kế hoạch mẫu', 'Sổ hồ sơ mẫu']));
    expect(sheetNames).not.toContain('Theo dõi thực hiện');
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
