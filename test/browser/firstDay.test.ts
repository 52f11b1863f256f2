/**
 * An officer's first day at 350 px, in a browser whose locale is not Vietnamese (en-US): the
 * issuer typed stays through actions, tabs and reopening the result; the actions come before the
 * lists and the download stays in view; every count says what it counts; the date box is
 * dd/mm/yyyy with a Vietnamese calendar; spin buttons and the favicon. Screenshots go to
 * test/output/firstday-*.png (look at them).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { formatViDate, todayIso } from '../../src/core/calendar/isoDate';
import { readPlanTable } from '../../src/core/plan/readPlanTable';
import { issuerSettingKey } from '../../src/taskpane/features/issuerSetting';
import { seedPlanFixture } from '../fixtures/seedAppendix';
import { DIST, ROOT, ensureProductionBuild } from './support/productionBuild';
import { aboutOfficeCdn, routeOfficeCdns } from './support/officeCdn';
import { openInFakedExcel, seedSheets } from './support/fakeOffice';
import { serveFolder } from './support/staticServer';
import { CHROMIUM, CHROMIUM_ARGS, chromiumAvailable } from './support/chromium';

const OUTPUT = path.join(ROOT, 'test', 'output');
const WIDTH = 350;
const HEIGHT = 800;
const run = chromiumAvailable() ? describe : describe.skip;

jest.setTimeout(300_000);

interface Watched {
  page: Page;
  pageErrors: string[];
  consoleErrors: string[];
  failedRequests: string[];
}

run('an officer’s first day at 350 px (browser locale en-US)', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  const today = todayIso();
  const year = Number(today.slice(0, 4));

  beforeAll(async () => {
    ensureProductionBuild();
    mkdirSync(OUTPUT, { recursive: true });
    server = await serveFolder(DIST);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openSample(): Promise<Watched> {
    const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT }, acceptDownloads: true, locale: 'en-US', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    const w: Watched = { page, pageErrors: [], consoleErrors: [], failedRequests: [] };
    page.on('pageerror', (e) => w.pageErrors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') w.consoleErrors.push(m.text());
    });
    page.on('response', (r) => {
      if (r.status() >= 400) w.failedRequests.push(`${r.status()} ${r.url()}`);
    });
    await routeOfficeCdns(page, (r) => r.abort('internetdisconnected'));
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
    await page.getByTestId('plan-summary').getByText('37 nhiệm vụ / 40 kết quả').waitFor({ timeout: 60_000 });
    return w;
  }

  function expectClean(w: Watched): void {
    expect(w.pageErrors).toEqual([]);
    expect(w.consoleErrors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    expect(w.failedRequests.filter((r) => !aboutOfficeCdn(r))).toEqual([]);
  }

  /** Top and bottom of an element in page coordinates. */
  async function pageBox(page: Page, testId: string): Promise<{ top: number; bottom: number }> {
    return page.getByTestId(testId).first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
    });
  }

  async function inView(page: Page, testId: string): Promise<boolean> {
    return page.getByTestId(testId).first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight + 1 && r.height > 0;
    });
  }

  async function download(page: Page, name: string): Promise<{ file: string; book: ExcelJS.Workbook }> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('result-download').getByRole('button').click()]);
    const saved = path.join(OUTPUT, name);
    await file.saveAs(saved);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    return { file: saved, book };
  }

  test('1. the issuer typed stays through actions and tabs, prints on "Tiến độ", and comes back with the workbook', async () => {
    const w = await openSample();
    const { page } = w;
    const issuer = 'UBND TỈNH KIỂM THỬ\nSỞ THỬ NGHIỆM VÀ ĐO LƯỜNG';
    const box = page.getByTestId('issuer');
    await box.fill(issuer);
    // Pressing an action leaves the box; the workbook is re-read after it.
    await page.getByTestId('action-highlight').click();
    await page.getByTestId('plan-notices').getByText('Đã tô màu các dòng', { exact: false }).waitFor({ timeout: 60_000 });
    expect(await box.inputValue()).toBe(issuer);
    // Another tab and back: the tab is made anew, the issuer is the officer's still.
    await page.getByRole('tab', { name: 'Báo cáo quý' }).click();
    await page.getByRole('tab', { name: 'Kế hoạch' }).click();
    await page.getByTestId('plan-summary').getByText('37 nhiệm vụ / 40 kết quả').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('issuer').inputValue()).toBe(issuer);
    await page.getByTestId('action-statusSheets').click();
    await page.getByTestId('plan-notices').getByText('Đã tạo trang in tiến độ.', { exact: false }).waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('issuer').inputValue()).toBe(issuer);
    await page.screenshot({ path: path.join(OUTPUT, `firstday-issuer-${WIDTH}.png`) });

    const { file, book } = await download(page, 'firstday-issuer.xlsx');
    const sheet = book.getWorksheet('Tiến độ');
    if (!sheet) throw new Error(`no "Tiến độ" sheet in ${book.worksheets.map((s) => s.name).join(', ')}`);
    expect(String(sheet.getCell(1, 1).value)).toBe(issuer);
    // Kept with the workbook: in its hidden settings sheet, out of the officer's way.
    const settings = book.worksheets.find((s) => s.state === 'veryHidden');
    expect(settings).toBeDefined();

    // The result opened again (the officer's next day): the issuer is there, not the title block's.
    await page.setInputFiles('#plan-file', file);
    await page.getByTestId('open-file').getByText('firstday-issuer.xlsx', { exact: false }).waitFor({ timeout: 60_000 });
    await page.getByTestId('plan-summary').getByText('37 nhiệm vụ / 40 kết quả').waitFor({ timeout: 60_000 });
    await page.waitForFunction((text) => (document.querySelector('[data-testid="issuer"]') as HTMLTextAreaElement | null)?.value === text, issuer, { timeout: 30_000 });
    expectClean(w);
    await page.context().close();
  });

  test('1. inside Excel (faked Office): the issuer comes from the document settings and goes back there', async () => {
    const fixture = seedPlanFixture('pdf');
    const { plan } = readPlanTable(fixture.sheets);
    if (!plan) throw new Error('fixture has no plan');
    const key = issuerSettingKey(plan.sheet);
    const saved = 'UBND TỈNH ĐÃ LƯU\nSỞ ĐÃ LƯU';
    const seed = { language: 'vi-VN', sheets: seedSheets(fixture.sheets), settings: { [key]: saved } };
    const { context, page, pageErrors } = await openInFakedExcel(browser, server.url, seed, { viewport: { width: WIDTH, height: HEIGHT }, locale: 'en-US' });
    await page.getByTestId('plan-summary').getByText('37 nhiệm vụ / 40 kết quả').waitFor({ timeout: 60_000 });
    // What the workbook kept wins over its title block.
    await page.waitForFunction((text) => (document.querySelector('[data-testid="issuer"]') as HTMLTextAreaElement | null)?.value === text, saved, { timeout: 30_000 });
    const typed = 'UBND TỈNH KIỂM THỬ\nSỞ MỚI';
    await page.getByTestId('issuer').fill(typed);
    // Leaving the box keeps it with the workbook (document settings, saved when Excel saves).
    await page.getByTestId('plan-summary').click();
    const setting = () => page.evaluate((k) => (window as unknown as { __kstthcExcel: { settings: Map<string, unknown> } }).__kstthcExcel.settings.get(k), key);
    await page.waitForFunction(
      ([k, v]) => (window as unknown as { __kstthcExcel: { settings: Map<string, unknown> } }).__kstthcExcel.settings.get(k) === v,
      [key, typed] as const,
    );
    await page.getByTestId('action-statusSheets').click();
    await page.getByTestId('plan-notices').getByText('Đã tạo trang in tiến độ.', { exact: false }).waitFor({ timeout: 60_000 });
    const printed = await page.evaluate(() => (window as unknown as { __kstthcExcel: { sheet(n: string): { cell(r: number, c: number): { value: unknown } } } }).__kstthcExcel.sheet('Tiến độ').cell(1, 1).value);
    expect(printed).toBe(typed);
    expect(await setting()).toBe(typed);
    expect(await page.getByTestId('issuer').inputValue()).toBe(typed);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  test('2. the actions come before the lists, reminders fold behind their count, the download stays in view', async () => {
    const w = await openSample();
    const { page } = w;
    await page.waitForTimeout(500);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const action = await pageBox(page, 'action-highlight');
    const reminders = page.getByTestId('remind-section');
    const remindHeader = await reminders.getByRole('heading').innerText();
    const units = Number(/\((\d+) đơn vị\)/.exec(remindHeader)?.[1]);
    // Measured before this change (sample, 350 × 800): 4 272 px tall, "Tô màu" 4 048 px down under 14 reminder cards.
    process.stdout.write(`Kế hoạch tab at ${WIDTH} px: ${height} px tall, "Tô màu theo trạng thái" at ${Math.round(action.top)} px; reminders: ${remindHeader}\n`);
    expect(units).toBeGreaterThan(0);
    // The main action is on the first screen; the reminder cards wait behind their count.
    expect(action.bottom).toBeLessThanOrEqual(HEIGHT);
    expect(await page.getByTestId('remind-unit').count()).toBe(0);
    for (const list of ['overdue-list', 'upcoming-list', 'plan-units', 'remind-section']) expect((await pageBox(page, list)).top).toBeGreaterThan(action.bottom);
    await page.screenshot({ path: path.join(OUTPUT, `firstday-plan-${WIDTH}.png`), fullPage: true });
    await page.screenshot({ path: path.join(OUTPUT, `firstday-plan-first-screen-${WIDTH}.png`) });

    // After an action the message and the download are both in view, where the officer is.
    await page.getByTestId('action-statusSheets').click();
    await page.getByTestId('plan-notices').getByText('Tải tệp kết quả', { exact: false }).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(600);
    expect(await inView(page, 'plan-notices')).toBe(true);
    expect(await inView(page, 'result-download')).toBe(true);
    // Still there at the bottom of the tab.
    await page.getByTestId('remind-section').getByRole('button', { name: /Nhắc việc/ }).click();
    expect(await page.getByTestId('remind-unit').count()).toBe(units);
    await page.getByTestId('remind-sheets').scrollIntoViewIfNeeded();
    expect(await inView(page, 'result-download')).toBe(true);
    await page.screenshot({ path: path.join(OUTPUT, `firstday-plan-scrolled-${WIDTH}.png`) });
    const opened = await page.evaluate(() => document.documentElement.scrollHeight);
    process.stdout.write(`… ${opened} px tall with the ${units} reminder cards opened\n`);
    expectClean(w);
    await page.context().close();
  });

  test('3. every count says what it counts: a unit’s "lead and support" tiles, its lead-only reminder and table row agree', async () => {
    const w = await openSample();
    const { page } = w;
    const unit = 'Chi cục Thủy sản';
    const number = (text: string) => Number(/\d+/.exec(text)?.[0]);
    // The unit table counts the lead's deliverables and says so.
    await page.getByTestId('plan-units').getByRole('button', { name: /Theo đơn vị/ }).click();
    expect(await page.getByTestId('plan-units').innerText()).toContain('không tính kết quả đơn vị chỉ phối hợp');
    const row = page.getByTestId('unit-table').getByRole('row').filter({ hasText: unit });
    const [, , tableOverdue, tableDueSoon] = await row.getByRole('cell').allInnerTexts();

    await page.getByTestId('unit-picker').selectOption({ label: unit });
    expect(await page.getByTestId('status-counts-scope').innerText()).toContain(`kết quả ${unit} chủ trì và phối hợp`);
    const tile = (key: string) => page.locator(`[data-status="${key}"]`);
    const overdueAll = number(await tile('overdue').locator('> span').last().innerText());
    const overdueLed = number(await tile('overdue').getByTestId('status-led').innerText());
    const dueSoonLed = number(await tile('due-soon').getByTestId('status-led').innerText());
    expect(await tile('overdue').getByTestId('status-led').innerText()).toBe(`chủ trì ${overdueLed}`);
    // The tiles' "chủ trì" numbers are the unit table's (lead-only) numbers.
    expect(overdueLed).toBe(Number(tableOverdue));
    expect(dueSoonLed).toBe(Number(tableDueSoon));
    // The overdue list says both, and marks each line with the unit's part.
    const overdueHeader = (await page.getByTestId('overdue-list').getByRole('heading').innerText()).trim();
    expect(overdueHeader).toBe(`Quá hạn (${overdueAll}: ${overdueLed} chủ trì, ${overdueAll - overdueLed} phối hợp)`);
    expect(await page.getByTestId('overdue-list').locator('[data-role="lead"]').count()).toBe(overdueLed);
    expect(await page.getByTestId('overdue-list').locator('[data-role="support"]').count()).toBe(overdueAll - overdueLed);
    // The unit's reminder counts its lead deliverables, and says so.
    await page.getByTestId('remind-section').getByRole('button', { name: /Nhắc việc/ }).click();
    if (overdueLed + dueSoonLed > 0) {
      const counts = await page.getByTestId('remind-unit').filter({ hasText: unit }).getByTestId('remind-counts').innerText();
      expect(counts).toMatch(/^Chủ trì:/);
      if (overdueLed > 0) expect(counts).toContain(`${overdueLed} quá hạn`);
      if (dueSoonLed > 0) expect(counts).toContain(`${dueSoonLed} sắp đến hạn`);
    } else {
      expect(await page.getByTestId('remind-none').count()).toBe(1);
    }
    process.stdout.write(`${unit}: ${overdueAll} quá hạn (chủ trì và phối hợp), ${overdueLed} chủ trì; bảng theo đơn vị ${tableOverdue}\n`);
    await page.screenshot({ path: path.join(OUTPUT, `firstday-unit-counts-${WIDTH}.png`), fullPage: true });
    expectClean(w);
    await page.context().close();
  });

  test('5. the date box is dd/mm/yyyy in an en-US browser, typed day first, with a Vietnamese calendar; spin buttons and favicon', async () => {
    const w = await openSample();
    const { page } = w;
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    const asOf = page.getByTestId('as-of');
    expect(await asOf.inputValue()).toBe(formatViDate(today));

    // A whole dd/mm/yyyy counts as typed: 04/05/2020 is 4 May, said back day first.
    await asOf.fill('04/05/2020');
    await page.getByText('04/05/2020 không thuộc năm kế hoạch', { exact: false }).waitFor();
    // A short form is read on Enter: 1/6 is 1 June.
    await asOf.fill(`1/6/${year}`);
    await asOf.press('Enter');
    await page.keyboard.press('Escape');
    await page.waitForFunction((v) => (document.querySelector('[data-testid="as-of"]') as HTMLInputElement).value === v, `01/06/${year}`);
    expect(await page.getByText('không thuộc năm kế hoạch', { exact: false }).count()).toBe(0);
    // A day that does not exist is refused, saying which day is still used.
    await asOf.fill(`31/02/${year}`);
    await asOf.press('Tab');
    await page.getByText('Không đọc được ngày vừa nhập', { exact: false }).waitFor();
    expect(await page.getByText(`Đang dùng ngày 01/06/${year}`, { exact: false }).count()).toBe(1);
    expect(await asOf.inputValue()).toBe(`01/06/${year}`);

    // The calendar speaks Vietnamese and starts the week on Monday; a click picks the day.
    await asOf.click();
    const calendar = page.getByRole('dialog', { name: 'Lịch chọn ngày' });
    await calendar.waitFor();
    expect(await calendar.innerText()).toContain(`Tháng 6/${year}`);
    const weekdays = await calendar.locator('th[scope="col"]').allInnerTexts();
    expect(weekdays.slice(0, 2).map((d) => d.trim())).toEqual(['T2', 'T3']);
    await page.screenshot({ path: path.join(OUTPUT, `firstday-calendar-${WIDTH}.png`) });
    // The calendar moves focus to its selected day once it has opened: the click comes after that.
    await page.waitForFunction(() => document.activeElement?.closest('[role="dialog"]') !== null);
    await calendar.getByRole('button', { name: `12, Tháng 6, ${year}`, exact: true }).click();
    await page.waitForFunction((v) => (document.querySelector('[data-testid="as-of"]') as HTMLInputElement).value === v, `12/06/${year}`);
    expect(await asOf.inputValue()).toBe(`12/06/${year}`);

    // Spin buttons say what they do in Vietnamese (both here and on "Báo cáo quý").
    await page.getByTestId('plan-settings').getByRole('button', { name: /Cách tính/ }).click();
    const english = () => page.locator('button[aria-label="Increment value"], button[aria-label="Decrement value"]');
    expect(await page.getByRole('button', { name: 'Tăng thêm 1' }).count()).toBe(2);
    expect(await page.getByRole('button', { name: 'Giảm bớt 1' }).count()).toBe(2);
    expect(await english().count()).toBe(0);
    await page.getByRole('tab', { name: 'Báo cáo quý' }).click();
    // The tab's code arrives on first use.
    await page.getByRole('button', { name: 'Tăng thêm 1' }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Tăng thêm 1' }).count()).toBeGreaterThan(0);
    expect(await english().count()).toBe(0);

    // The page names its icon, and the icon is there (no /favicon.ico 404 in dev or production).
    const icon = await page.evaluate(() => (document.querySelector('link[rel~="icon"]') as HTMLLinkElement | null)?.href ?? null);
    expect(icon).toMatch(/\/assets\/icon-32\.png$/);
    const response = await page.request.get(icon!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    // The same template and assets/ serve `npm start` (webpack's dev server publishes assets/ at /assets).
    const iconLink = /<link rel="?icon"? [^>]*href="?assets\/icon-32\.png/;
    expect(readFileSync(path.join(ROOT, 'src', 'taskpane', 'taskpane.html'), 'utf8')).toMatch(iconLink);
    expect(existsSync(path.join(ROOT, 'assets', 'icon-32.png'))).toBe(true);
    for (const html of ['help.html', 'commands.html']) expect(readFileSync(path.join(DIST, html), 'utf8')).toMatch(iconLink);
    expectClean(w);
    await page.context().close();
  });
});
