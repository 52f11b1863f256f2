/**
 * Excel for Mac (and iPad) hosts the pane in WKWebView, where `<a download>` does nothing
 * (office-js issue 2700, closed "by design"; the browser stand-in swallows such clicks when its
 * platform is "Mac"). "Tải thư" there must not claim a download: it says why and shows the full
 * draft to copy; "Soạn thư" still opens the short draft through Office.
 */
import { chromium, type Browser } from 'playwright-core';
import { readPlanTable } from '../../src/core/plan/readPlanTable';
import { planReminders } from '../../src/core/remind/planReminders';
import { computePlanStatus } from '../../src/core/status/computeStatus';
import { DEFAULT_UNIT_DIRECTORY } from '../../src/core/units/directory';
import { seedPlanFixture } from '../fixtures/seedAppendix';
import { CHROMIUM, CHROMIUM_ARGS, chromiumAvailable } from './support/chromium';
import { fakeOfficeScript } from './support/fakeOffice';
import { DIST, ensureProductionBuild } from './support/productionBuild';
import { serveFolder } from './support/staticServer';
import { routeOfficeCdns } from './support/officeCdn';

const AS_OF = '2024-03-10';
const run = chromiumAvailable() ? describe : describe.skip;

jest.setTimeout(240_000);

run('Excel for Mac: nothing downloads, the reminder is offered as text to copy', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  const fixture = seedPlanFixture('pdf');
  const expected = (() => {
    const { plan } = readPlanTable(fixture.sheets);
    if (!plan) throw new Error('fixture has no plan');
    return planReminders(plan, computePlanStatus(plan, { asOf: AS_OF, window: 7 }), DEFAULT_UNIT_DIRECTORY);
  })();

  beforeAll(async () => {
    ensureProductionBuild();
    server = await serveFolder(DIST);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('"Tải thư" says why nothing downloads and shows the draft; no download is attempted', async () => {
    const seed = {
      language: 'vi-VN',
      platform: 'Mac',
      sheets: fixture.sheets.map((g) => ({ name: g.name, values: g.values.map((line) => line.map((v) => (v instanceof Date ? v.toISOString() : v))), merges: g.merges })),
    };
    const context = await browser.newContext({ viewport: { width: 350, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await page.addInitScript((s) => {
      (window as unknown as { __kstthcFake: unknown }).__kstthcFake = s;
    }, seed);
    const script = fakeOfficeScript();
    await routeOfficeCdns(page, (r) => r.fulfill({ contentType: 'text/javascript', body: script }));
    // Excel for Mac opens the pane with its host in the address.
    await page.goto(`${server.url}/taskpane.html?_host_Info=Excel$Mac$16.01$vi-VN$$$$0`);
    await page.getByTestId('plan-summary').getByText('37 nhiệm vụ / 40 kết quả').waitFor({ timeout: 60_000 });
    await page.getByTestId('as-of').fill(AS_OF);
    const unit = expected[0].unit;
    // The reminders fold behind their count: open them.
    await page.getByTestId('remind-section').getByRole('button', { name: /Nhắc việc/ }).click();
    await page.getByTestId('remind-unit').first().getByRole('button', { name: `Tải thư nhắc việc (.eml) gửi ${unit}` }).click();
    await page.getByText('Excel cho Mac và iPad không cho phần bổ trợ tải tệp về máy', { exact: false }).waitFor({ timeout: 10_000 });
    const draft = page.getByTestId('remind-draft');
    const text = await draft.getByRole('textbox').inputValue();
    expect(text).toContain(`Tiêu đề: ${expected[0].letter.subject}`);
    expect(text).toContain(`Kính gửi: ${unit}.`);
    expect(await page.getByText('Đã tải thư nháp', { exact: false }).count()).toBe(0);
    const ignored = await page.evaluate(() => (window as unknown as { __kstthcIgnoredDownloads: number }).__kstthcIgnoredDownloads);
    expect([ignored, downloads]).toEqual([0, 0]);
    await draft.getByRole('button', { name: 'Đóng thư nháp' }).click();
    expect(await page.getByTestId('remind-draft').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
