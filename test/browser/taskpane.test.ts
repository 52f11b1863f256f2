/**
 * The task pane in a real browser, outside Excel: Debian's Chromium driven by playwright-core
 * opens the production build, office.js's CDN is unreachable (blocked), an officer picks the
 * seed plan workbook, reads what the pane shows, colours the rows and downloads the result.
 * Screenshots go to test/output/ (look at them).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildSeedPlanWorkbook, seedPlanFixture } from '../fixtures/seedAppendix';
import { readPlanTable } from '../../src/core/plan/readPlanTable';
import { computePlanStatus } from '../../src/core/status/computeStatus';
import { STATUS_PALETTE } from '../../src/core/highlight/palette';
import type { StatusKey } from '../../src/core/status/model';
import { DIST, ROOT, ensureProductionBuild } from './support/productionBuild';
import { serveFolder } from './support/staticServer';
import { CHROMIUM, CHROMIUM_ARGS, chromiumAvailable } from './support/chromium';

const OUTPUT = path.join(ROOT, 'test', 'output');
const AS_OF = '2024-03-10';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/';
const run = chromiumAvailable() ? describe : describe.skip;

jest.setTimeout(240_000);

interface Watched {
  page: Page;
  pageErrors: string[];
  consoleErrors: string[];
}

run('task pane outside Excel (Chromium, file mode)', () => {
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
    await page.route(`${OFFICE_CDN}**`, (r) => r.abort('internetdisconnected'));
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole('button', { name: 'Chọn tệp .xlsx' }).waitFor({ timeout: 30_000 });
    return { page, pageErrors, consoleErrors };
  }

  function unexpectedConsoleErrors(w: Watched): string[] {
    return w.consoleErrors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED') && !e.includes(OFFICE_CDN));
  }

  async function pickPlanAndSetAsOf(page: Page): Promise<void> {
    await page.setInputFiles('#plan-file', planFile);
    await page.getByTestId('plan-summary').getByText('37 nhiệm vụ / 40 kết quả').waitFor({ timeout: 60_000 });
    await page.getByTestId('as-of').fill(AS_OF);
    await page.getByTestId('overdue-list').getByText('Nhiệm vụ 7').waitFor();
  }

  test.each([360, 450])('at %i px an officer sees the plan, its statuses and the lists in Vietnamese', async (width) => {
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
    expect(await overdue.innerText()).toContain('Nhiệm vụ 7');
    const upcoming = page.getByTestId('upcoming-list');
    for (const no of [19, 36, 37]) expect(await upcoming.innerText()).toContain(`Nhiệm vụ ${no}`);
    expect(await upcoming.innerText()).toContain('Hạn 16/03/2024');
    expect(await page.getByTestId('unit-table').innerText()).toContain('Văn phòng Sở');

    // Nothing wider than the pane (no sideways scrolling at pane widths).
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

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
});
