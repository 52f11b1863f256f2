/**
 * The plan tab's "Nhắc việc" section in Chromium (production build, file mode, and Excel
 * through the faked Office): the units to remind and their counts are the core's, "Soạn thư"
 * opens a short mailto: draft (window.open outside Excel, Office's openBrowserWindow inside),
 * "Tải thư" downloads a draft a real MIME parser reads, "Tạo phiếu nhắc việc" writes one sheet
 * per unit. Screenshot at 350 px in test/output/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readPlanTable } from '../../src/core/plan/readPlanTable';
import { planReminders } from '../../src/core/remind/planReminders';
import { MAILTO_LIMIT } from '../../src/core/remind/reminderText';
import { computePlanStatus } from '../../src/core/status/computeStatus';
import { DEFAULT_UNIT_DIRECTORY } from '../../src/core/units/directory';
import { buildSeedPlanWorkbook, seedPlanFixture } from '../fixtures/seedAppendix';
import { CHROMIUM, CHROMIUM_ARGS, chromiumAvailable } from './support/chromium';
import { fakeOfficeScript } from './support/fakeOffice';
import { DIST, ROOT, ensureProductionBuild } from './support/productionBuild';
import { serveFolder } from './support/staticServer';
import { routeOfficeCdns } from './support/officeCdn';

const OUTPUT = path.join(ROOT, 'test', 'output');
const AS_OF = '2024-03-10';
const run = chromiumAvailable() ? describe : describe.skip;

jest.setTimeout(240_000);

/** Records what the page asks to open instead of opening it (a mail program is not there). */
async function recordOpened(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __opened: string[] };
    w.__opened = [];
    window.open = ((url?: string | URL) => {
      w.__opened.push(String(url));
      return null;
    }) as typeof window.open;
  });
}

const opened = (page: Page) => page.evaluate(() => (window as unknown as { __opened: string[] }).__opened);

run('"Nhắc việc" in the plan tab (Chromium)', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let planFile: string;
  const fixture = seedPlanFixture('pdf');
  const expected = (() => {
    const { plan } = readPlanTable(fixture.sheets);
    if (!plan) throw new Error('fixture has no plan');
    return planReminders(plan, computePlanStatus(plan, { asOf: AS_OF, window: 7 }), DEFAULT_UNIT_DIRECTORY);
  })();

  beforeAll(async () => {
    ensureProductionBuild();
    mkdirSync(OUTPUT, { recursive: true });
    planFile = path.join(OUTPUT, 'ke-hoach-2024-pdf-nhac-viec.xlsx');
    writeFileSync(planFile, await buildSeedPlanWorkbook('pdf'));
    server = await serveFolder(DIST);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('file mode at 350 px: the units and counts, a mailto: draft, the .eml, the notices', async () => {
    const context = await browser.newContext({ viewport: { width: 350, height: 900 }, acceptDownloads: true, locale: 'vi-VN' });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await recordOpened(page);
    await routeOfficeCdns(page, (r) => r.abort('internetdisconnected'));
    await page.goto(`${server.url}/taskpane.html`);
    await page.setInputFiles('#plan-file', planFile);
    await page.getByTestId('plan-summary').getByText('37 nhiệm vụ / 40 kết quả').waitFor({ timeout: 60_000 });
    await page.getByTestId('as-of').fill(AS_OF);
    const section = page.getByTestId('remind-section');
    // Folded behind its count until opened.
    expect(await section.getByRole('heading').innerText()).toContain(`Nhắc việc (${expected.length} đơn vị)`);
    await section.getByRole('button', { name: /Nhắc việc/ }).click();
    await section.getByText(`${expected.length} đơn vị chủ trì`).waitFor();

    // The cards: the core's units, in its order, with its counts.
    const cards = section.getByTestId('remind-unit');
    expect(await cards.count()).toBe(expected.length);
    for (let i = 0; i < expected.length; i++) {
      const text = await cards.nth(i).innerText();
      expect(text).toContain(expected[i].unit);
      if (expected[i].counts.overdue > 0) expect(text).toContain(`${expected[i].counts.overdue} quá hạn`);
      if (expected[i].counts.dueSoon > 0) expect(text).toContain(`${expected[i].counts.dueSoon} sắp đến hạn`);
      expect(text).toContain(expected[i].emails.length > 0 ? expected[i].emails[0] : 'Chưa có email');
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await section.screenshot({ path: path.join(OUTPUT, 'taskpane-remind-350.png') });

    // "Soạn thư": a short draft through mailto:, within the limit.
    const first = expected[0];
    await cards.nth(0).getByRole('button', { name: `Soạn thư nhắc việc gửi ${first.unit}` }).click();
    await page.getByText(`Đã mở thư nháp gửi ${first.unit}`).waitFor();
    const [url] = await opened(page);
    expect(url.startsWith(`mailto:${first.emails[0]}?subject=`)).toBe(true);
    expect(url.length).toBeLessThanOrEqual(MAILTO_LIMIT);
    const body = decodeURIComponent(/[?&]body=([^&]*)/.exec(url)![1]);
    expect(body).toContain(`Kính gửi: ${first.unit}.`);
    expect(body).toContain(`- Nhiệm vụ ${first.items[0].label}: `);

    // "Tải thư": the full draft, read by a real MIME parser.
    const [download] = await Promise.all([page.waitForEvent('download'), cards.nth(0).getByRole('button', { name: `Tải thư nhắc việc (.eml) gửi ${first.unit}` }).click()]);
    expect(download.suggestedFilename()).toBe(`${first.unit}.eml`);
    const saved = path.join(OUTPUT, 'taskpane-remind.eml');
    await download.saveAs(saved);
    const mail = await simpleParser(readFileSync(saved));
    expect(mail.subject).toBe(first.letter.subject);
    expect(mail.headers.get('x-unsent')).toBe('1');
    for (const item of first.items) expect(mail.text).toContain(`Nhiệm vụ ${item.label}: `);

    // "Tạo phiếu nhắc việc": one sheet per unit in the result workbook.
    await section.getByTestId('remind-sheets').click();
    await page.getByText(`Đã tạo ${expected.length} phiếu nhắc việc`, { exact: false }).waitFor({ timeout: 60_000 });
    const [result] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp kết quả' }).click()]);
    const xlsx = path.join(OUTPUT, 'taskpane-remind.xlsx');
    await result.saveAs(xlsx);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer);
    const notices = book.worksheets.filter((w) => w.name.startsWith('Nhắc việc - '));
    expect(notices.map((w) => w.name)).toEqual(expected.map((r) => `Nhắc việc - ${r.shortName}`));
    expect(notices[0].pageSetup.orientation).toBe('portrait');
    expect(notices[0].getCell('A8').value).toBe(`Kính gửi: ${first.unit}.`);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  test('inside Excel (faked Office): "Soạn thư" goes through Office.context.ui.openBrowserWindow', async () => {
    const seed = {
      language: 'vi-VN',
      sheets: fixture.sheets.map((g) => ({ name: g.name, values: g.values.map((line) => line.map((v) => (v instanceof Date ? v.toISOString() : v))), merges: g.merges })),
    };
    const context = await browser.newContext({ viewport: { width: 350, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await recordOpened(page);
    await page.addInitScript((s) => {
      (window as unknown as { __kstthcFake: unknown }).__kstthcFake = s;
    }, seed);
    // office.js stand-in, plus the documented Office.context.ui.openBrowserWindow(url), which desktop
    // Excel declares through its requirement set OpenBrowserWindowApi 1.1 (Excel on the web does not).
    const script = `${fakeOfficeScript()}\n;(function(){var w=window;w.__browserWindows=[];w.Office.context.ui={openBrowserWindow:function(u){w.__browserWindows.push(String(u));}};w.Office.context.requirements={isSetSupported:function(n,v){return n==='OpenBrowserWindowApi'&&(v===undefined||v==='1.1');}};})();`;
    await routeOfficeCdns(page, (r) => r.fulfill({ contentType: 'text/javascript', body: script }));
    // Desktop Excel on Windows opens the pane with its host in the address; the pane waits for office.js only then.
    await page.goto(`${server.url}/taskpane.html?_host_Info=Excel$Win32$16.01$vi-VN$$$$0`);
    await page.getByTestId('plan-summary').getByText('37 nhiệm vụ / 40 kết quả').waitFor({ timeout: 60_000 });
    await page.getByTestId('as-of').fill(AS_OF);
    await page.getByTestId('remind-section').getByRole('button', { name: /Nhắc việc/ }).click();
    const card = page.getByTestId('remind-unit').first();
    await card.getByRole('button', { name: `Soạn thư nhắc việc gửi ${expected[0].unit}` }).click();
    await page.getByText(`Đã mở thư nháp gửi ${expected[0].unit}`).waitFor();
    const windows = await page.evaluate(() => (window as unknown as { __browserWindows: string[] }).__browserWindows);
    expect(windows).toHaveLength(1);
    expect(windows[0]).toMatch(/^mailto:/);
    expect(await opened(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
