/**
 * A first-time officer at 350 px outside Excel, on the sample only: "Dùng dữ liệu mẫu", then
 * each tab in turn (Kế hoạch, Báo cáo quý, Tổng hợp) with no error, the feedback next to the
 * action, the write buttons waiting with their reason, the result names with their accents.
 * Screenshots of every tab go to test/output/ (look at them).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { todayIso } from '../../src/core/calendar/isoDate';
import { defaultFormsPeriod } from '../../src/core/forms/defaultPeriod';
import { ROOT, DIST, ensureProductionBuild } from './support/productionBuild';
import { serveFolder } from './support/staticServer';
import { CHROMIUM, CHROMIUM_ARGS, chromiumAvailable } from './support/chromium';
import { routeOfficeCdns } from './support/officeCdn';

const OUTPUT = path.join(ROOT, 'test', 'output');
const WIDTH = 350;
const run = chromiumAvailable() ? describe : describe.skip;

jest.setTimeout(300_000);

run('the sample, walked through every tab at 350 px', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  const today = todayIso();
  const period = defaultFormsPeriod(today);

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

  async function noSidewaysScroll(page: Page): Promise<void> {
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  }

  /** The element's box is inside the viewport (the officer sees it without scrolling). */
  async function inView(page: Page, testId: string): Promise<boolean> {
    return page.getByTestId(testId).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight + 1;
    });
  }

  test('Kế hoạch, Báo cáo quý and Tổng hợp all work on the sample, with feedback in view', async () => {
    // The officers' time zone, as the tests' own "today" (jest runs in Asia/Ho_Chi_Minh).
    const context = await browser.newContext({ viewport: { width: WIDTH, height: 800 }, acceptDownloads: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await routeOfficeCdns(page, (r) => r.abort('internetdisconnected'));
    const started = Date.now();
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole('button', { name: 'Chọn tệp Excel' }).waitFor({ timeout: 10_000 });
    // No host: the pane does not wait for office.js.
    expect(Date.now() - started).toBeLessThan(2000);
    // Excel shows the add-in's name above the pane: the pane repeats no big title.
    expect((await page.getByRole('heading', { level: 1 }).boundingBox())!.height).toBeLessThanOrEqual(1);

    // Kế hoạch: the plan of this year, every status present.
    await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
    await page.getByTestId('plan-summary').getByText('37 nhiệm vụ / 40 kết quả').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('plan-summary').innerText()).toContain(`Năm kế hoạch ${today.slice(0, 4)}`);
    expect(await page.getByTestId('pane-notices').innerText()).toContain('Đã mở dữ liệu mẫu');
    for (const key of ['overdue', 'due-soon', 'ongoing', 'done', 'unscheduled']) {
      expect(Number(/\d+/.exec(await page.locator(`[data-status="${key}"]`).innerText())?.[0])).toBeGreaterThan(0);
    }
    // Heading and empty text are two lines, never "Quá hạn (0)Không có…" (nothing is overdue on 1 January).
    await page.getByTestId('as-of').fill(`${today.slice(0, 4)}-01-01`);
    const overdue = page.getByTestId('overdue-list');
    await overdue.getByText('Không có kết quả nào quá hạn.').waitFor();
    expect((await overdue.getByRole('heading').innerText()).trim()).toBe('Quá hạn (0)');
    const heading = await overdue.getByRole('heading').boundingBox();
    const empty = await overdue.getByText('Không có kết quả nào quá hạn.').boundingBox();
    expect(empty!.y).toBeGreaterThanOrEqual(heading!.y + heading!.height);
    await page.screenshot({ path: path.join(OUTPUT, `sample-plan-empty-${WIDTH}.png`), fullPage: true });
    // An as-of day in another year is said next to the date.
    await page.getByTestId('as-of').fill('2020-05-04');
    await page.getByText('04/05/2020 không thuộc năm kế hoạch', { exact: false }).waitFor();
    await page.getByTestId('as-of').fill(today);
    await noSidewaysScroll(page);
    await page.screenshot({ path: path.join(OUTPUT, `sample-plan-${WIDTH}.png`), fullPage: true });

    // The success message of an action shows next to it, in view.
    await page.getByTestId('action-highlight').click();
    await page.getByTestId('plan-notices').getByText('Đã tô màu các dòng', { exact: false }).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(600);
    expect(await inView(page, 'plan-notices')).toBe(true);
    await page.screenshot({ path: path.join(OUTPUT, `sample-plan-highlighted-${WIDTH}.png`) });

    // Báo cáo quý: the sample register, the write button waits for a unit and says why.
    await page.getByRole('tab', { name: 'Báo cáo quý' }).click();
    expect(await page.getByTestId('plan-notices').count()).toBe(0);
    const write = page.getByTestId('forms-write');
    expect(await write.isDisabled()).toBe(true);
    expect(await page.getByTestId('forms-write-reason').innerText()).toContain('Xem số liệu');
    await page.getByTestId('forms-preview').click();
    await page.getByTestId('forms-summary').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('forms-summary').innerText()).toContain(period.label);
    expect(await page.getByTestId('forms-summary').innerText()).toContain('Sổ theo dõi hồ sơ');
    // "Năm" lines up with "Kỳ báo cáo".
    const kindBox = await page.getByTestId('forms-period-kind').boundingBox();
    const yearBox = await page.getByTestId('forms-period-year').boundingBox();
    expect(Math.abs(kindBox!.y - yearBox!.y)).toBeLessThanOrEqual(2);
    // The sample register's title names its unit: it is chosen already (issue 14), so the write is ready.
    expect(await page.getByTestId('forms-unit').inputValue()).toBe('Chi cục Thủy sản');
    expect(await write.isDisabled()).toBe(false);
    // Without a unit the write waits and says why (issue 15).
    await page.getByTestId('forms-unit').selectOption({ label: '— Chọn đơn vị —' });
    expect(await write.isDisabled()).toBe(true);
    expect(await page.getByTestId('forms-write-reason').innerText()).toContain('Đơn vị báo cáo');
    await page.getByTestId('forms-unit').selectOption({ label: 'Chi cục Thủy sản' });
    expect(await write.isDisabled()).toBe(false);
    await write.click();
    await page.getByTestId('forms-notices').getByText('Đã ghi biểu II.05a và II.06a.', { exact: false }).waitFor({ timeout: 60_000 });
    // The preview stays after writing.
    expect(await page.getByTestId('forms-figures').isVisible()).toBe(true);
    await noSidewaysScroll(page);
    await page.screenshot({ path: path.join(OUTPUT, `sample-forms-${WIDTH}.png`), fullPage: true });

    // The result downloads under the sample's name with its accents.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp kết quả' }).click()]);
    expect(download.suggestedFilename()).toBe('ke-hoach-mau (Kiểm soát TTHC).xlsx');

    // Tổng hợp: the units' sample files, one rejected, the missing ones apart; a new workbook.
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    expect(await page.getByTestId('consolidate-run').isDisabled()).toBe(true);
    await page.getByTestId('consolidate-sample').click();
    await page.getByTestId('consolidate-count').getByText('5 tệp', { exact: false }).waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('consolidate-period-kind').inputValue()).toBe(period.kind);
    await page.getByTestId('consolidate-run').click();
    await page.getByTestId('consolidate-deliver').waitFor({ timeout: 120_000 });
    const outcomes = page.getByTestId('consolidate-outcomes').locator(':scope > li');
    expect(await outcomes.count()).toBe(5);
    expect(await outcomes.filter({ hasText: 'Không nhận' }).count()).toBe(1);
    expect(await outcomes.filter({ hasText: 'Không nhận' }).innerText()).toContain('Chi cục Thủy lợi');
    expect(await page.getByTestId('consolidate-rejected-units').innerText()).toContain('Chi cục Thủy lợi');
    expect(await page.getByTestId('consolidate-missing').innerText()).not.toContain('Chi cục Thủy lợi');
    expect(await page.getByTestId('consolidate-missing').innerText()).toContain('Chi cục Phát triển nông thôn');
    // The "Không nhận" badge keeps to one line in its pill.
    const badge = outcomes.filter({ hasText: 'Không nhận' }).locator('.fui-Badge');
    const box = await badge.boundingBox();
    expect(box!.height).toBeLessThan(30);
    await noSidewaysScroll(page);
    await page.screenshot({ path: path.join(OUTPUT, `sample-consolidate-${WIDTH}.png`), fullPage: true });

    const [book] = await Promise.all([page.waitForEvent('download'), page.getByTestId('consolidate-deliver').click()]);
    expect(book.suggestedFilename()).toBe(`Tổng hợp ${period.label.replace('/', '-')}.xlsx`);
    const saved = path.join(OUTPUT, 'sample-tong-hop.xlsx');
    await book.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    // A new workbook: the department's sheets only, not the open sample's.
    expect(wb.worksheets.map((s) => s.name)).not.toContain('Phụ lục');
    await page.getByTestId('consolidate-notices').getByText('Đã tạo sổ tính tổng hợp mới', { exact: false }).waitFor();

    // Opening another file over an undownloaded result asks first.
    await page.getByRole('tab', { name: 'Kế hoạch' }).click();
    await page.getByTestId('action-statusSheets').click();
    await page.getByTestId('plan-notices').getByText('Đã tạo trang in tiến độ.', { exact: false }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
    await page.getByTestId('unsaved-result').waitFor();
    expect(await page.getByTestId('unsaved-result').innerText()).toContain('chưa được tải về');
    await page.screenshot({ path: path.join(OUTPUT, `sample-unsaved-${WIDTH}.png`) });
    // Exact and inside the question: the reminder buttons' "Thủy …" names contain "hủy" too.
    await page.getByTestId('unsaved-result').getByRole('button', { name: 'Hủy', exact: true }).click();
    expect(await page.getByTestId('unsaved-result').count()).toBe(0);
    // Asked again, the officer drops the result: the sample opens anew, nothing left to download.
    await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
    await page.getByRole('button', { name: 'Bỏ kết quả, mở tệp mới' }).click();
    await page.getByTestId('pane-notices').getByText('Đã mở dữ liệu mẫu', { exact: false }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('button', { name: 'Tải tệp kết quả' }).count()).toBe(0);
    expect(await page.getByTestId('unsaved-result').count()).toBe(0);

    expect(pageErrors).toEqual([]);
    expect(consoleErrors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await context.close();
  });
});
