/**
 * Drives the pane's self-test ("Tự kiểm tra") in Chromium against the recording fake of Excel:
 * opens the production build with the faked office.js, the officer's workbook seeded, clicks
 * Trợ giúp → Tự kiểm tra → Chạy tự kiểm tra, and returns the report lines as the pane shows
 * them, the copied report, and the officer's sheets before and after. Used by
 * `npm run selftest:fake` (scripts/selftest-fake.ts) and test/browser/selfTest.test.ts.
 */
import type { Browser, Page } from 'playwright-core';
import type { CellRange } from '../../../src/core/grid';
import { fakeOfficeScript } from './fakeOffice';
import { routeOfficeCdns } from './officeCdn';

export interface SelfTestSeed {
  platform?: 'OfficeOnline' | 'PC' | 'Mac';
  unsupported?: string[];
  failWrite?: { kind: string; code: string; message: string };
  date1904?: boolean;
}

export interface SelfTestRun {
  page: Page;
  /** The report's lines as the pane lists them: status and text. */
  lines: { status: string; text: string }[];
  /** The pane's summary sentence. */
  summary: string;
  /** The officer's sheets (everything the fake holds of them) before and after the run, as JSON. */
  before: string;
  after: string;
  /** Names of the workbook's sheets after the run. */
  sheetNames: string[];
  pageErrors: string[];
}

/** The officer's workbook: a plan with a merged title, a register, a very hidden list sheet of the add-in's. */
export const OFFICER_SHEETS: { name: string; values: (string | number | null)[][]; merges: CellRange[] }[] = [
  {
    name: 'Kế hoạch',
    values: [['KẾ HOẠCH KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2026'], [], ['STT', 'Nội dung', 'Kết quả', 'Chủ trì', 'Thời gian'], [1, 'Rà soát, đơn giản hoá thủ tục', 'Báo cáo', 'Văn phòng Sở', 'Quý II']],
    merges: [{ top: 1, left: 1, bottom: 1, right: 5 }],
  },
  { name: 'Sổ hồ sơ', values: [['Mã hồ sơ', 'Ngày nhận'], ['000.00.12.H48-260001', 46000]], merges: [] },
];

/** Everything the fake keeps of a sheet, as JSON, for the officer's sheets only. */
async function officerSheets(page: Page, names: string[]): Promise<string> {
  return page.evaluate((wanted) => {
    const excel = (window as unknown as { __kstthcExcel: { sheets: Record<string, unknown>[] } }).__kstthcExcel;
    const sheets = excel.sheets.filter((s) => wanted.includes(s.name as string));
    return JSON.stringify(
      sheets.map((s) => ({ ...s, cells: [...(s.cells as Map<string, unknown>)], columnWidths: [...(s.columnWidths as Map<number, number>)], rowHeights: [...(s.rowHeights as Map<number, number>)] })),
    );
  }, names);
}

/** Opens the pane in Excel (faked), runs the self-test from the help menu and reads its report. */
export async function runSelfTestInBrowser(browser: Browser, baseUrl: string, seed: SelfTestSeed = {}): Promise<SelfTestRun> {
  const context = await browser.newContext({ viewport: { width: 360, height: 900 }, locale: 'vi-VN' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.addInitScript((s) => {
    (window as unknown as { __kstthcFake: unknown }).__kstthcFake = s;
  }, { language: 'vi-VN', sheets: OFFICER_SHEETS, active: 'Sổ hồ sơ', ...seed });
  const script = fakeOfficeScript();
  await routeOfficeCdns(page, (r) => r.fulfill({ contentType: 'text/javascript', body: script }));
  const host = seed.platform === 'Mac' ? 'Mac' : seed.platform === 'PC' ? 'Win32' : 'Web';
  await page.goto(`${baseUrl}/taskpane.html?_host_Info=Excel$${host}$16.01$vi-VN$$$$0`);
  await page.getByText('Đang làm việc trên sổ tính đang mở trong Excel.').waitFor({ timeout: 30_000 });
  const names = OFFICER_SHEETS.map((s) => s.name);
  const before = await officerSheets(page, names);

  await page.getByTestId('help-menu').click();
  await page.getByRole('menuitem', { name: /Tự kiểm tra/ }).click();
  await page.getByRole('button', { name: 'Chạy tự kiểm tra' }).click();
  const summary = page.getByTestId('selftest-summary');
  await summary.waitFor({ timeout: 180_000 });
  const lines = await page.getByTestId('selftest-line').evaluateAll((items) => items.map((li) => ({ status: li.getAttribute('data-status') ?? '', text: (li.textContent ?? '').trim() })));
  const after = await officerSheets(page, names);
  const sheetNames = await page.evaluate(() => (window as unknown as { __kstthcExcel: { sheets: { name: string }[] } }).__kstthcExcel.sheets.map((s) => s.name));
  return { page, lines, summary: (await summary.innerText()).trim(), before, after, sheetNames, pageErrors };
}
