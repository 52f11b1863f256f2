/**
 * "Dùng biểu mẫu của tỉnh" at 350 px outside Excel (SPEC §14): in Báo cáo quý the sample
 * register's forms go into samples/bieu-mau-tinh.xlsx inside the open file, which downloads; in
 * Tổng hợp the sample units' forms go into the template itself, which downloads. Each downloaded
 * file is read back cell by cell. A register without a channel column makes the officer choose.
 * Screenshots go to test/output/ (look at them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { consolidateForms } from '../../src/core/consolidate/consolidateForms';
import { computeForms } from '../../src/core/forms/computeForms';
import type { Ii05aCounts } from '../../src/core/forms/definitions';
import type { SheetGrid } from '../../src/core/grid';
import { reportPeriod } from '../../src/core/periods/periods';
import { pickRegister } from '../../src/core/register/pickRegister';
import { readRegister } from '../../src/core/register/readRegister';
import { SAMPLE_REGISTER_HEADER, sampleRegisterRows } from '../../src/core/sample/sampleRegister';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { buildRegisterXlsx } from '../fixtures/registers';
import { chromiumAvailable } from './support/chromium';
import { aboutOfficeCdn, routeOfficeCdns } from './support/officeCdn';
import { ROOT } from './support/productionBuild';
import { paneHarness } from './support/paneHarness';

const OUTPUT = path.join(ROOT, 'test', 'output');
const SAMPLES = path.join(ROOT, 'samples');
const WIDTH = 350;
const PERIOD = reportPeriod(2026, 'Q2');
const KEYS = ['c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11', 'c12', 'c13'] as const;
const run = chromiumAvailable() ? describe : describe.skip;

jest.setTimeout(300_000);

interface Watched {
  page: Page;
  errors: string[];
}

async function gridsOf(bytes: Uint8Array): Promise<SheetGrid[]> {
  const book = await FileWorkbook.open(bytes, 'x.xlsx');
  const grids: SheetGrid[] = [];
  for (const name of await book.sheetNames()) grids.push(await book.readSheet(name));
  return grids;
}

/**
 * A cell as the officer sees it: a formula's stored result, else the value. exceljs reads a
 * stored result of 0 (`<v>0</v>`) as no result at all, so a formula without one reads as 0.
 */
function shown(ws: ExcelJS.Worksheet, row: number, col: number): ExcelJS.CellValue {
  const v = ws.getCell(row, col).value;
  if (typeof v === 'object' && v !== null && 'formula' in v) return v.result ?? 0;
  return v;
}

/** One II.05a line of the filled sample template: STT in B, lĩnh vực in C, (3)…(13) in D…N. */
const lineAt = (ws: ExcelJS.Worksheet, row: number) => [shown(ws, row, 3), ...KEYS.map((_, i) => shown(ws, row, 4 + i))];
const expectedLine = (field: string, c: Ii05aCounts) => [field, ...KEYS.map((k) => c[k])];

run('the province’s template in the pane, at 350 px outside Excel', () => {
  const pane = paneHarness();

  async function openPane(): Promise<Watched> {
    const context = await pane.browser.newContext({ viewport: { width: WIDTH, height: 900 }, acceptDownloads: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().includes('ERR_INTERNET_DISCONNECTED') && !aboutOfficeCdn(m.text())) errors.push(m.text());
    });
    await routeOfficeCdns(page, (r) => r.abort('internetdisconnected'));
    await page.goto(`${pane.url}/taskpane.html`);
    await page.getByRole('button', { name: 'Chọn tệp Excel' }).waitFor({ timeout: 30_000 });
    return { page, errors };
  }

  async function noSidewaysScroll(page: Page): Promise<void> {
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  }

  async function choosePeriod(page: Page, prefix: string): Promise<void> {
    await page.getByTestId(`${prefix}-period-kind`).selectOption(PERIOD.kind);
    await page.getByTestId(`${prefix}-period-year`).fill(String(PERIOD.year));
    await page.getByTestId(`${prefix}-period-year`).press('Enter');
  }

  async function downloaded(page: Page, click: () => Promise<void>, name: string): Promise<{ file: string; bytes: Uint8Array; book: ExcelJS.Workbook }> {
    const [download] = await Promise.all([page.waitForEvent('download'), click()]);
    const file = download.suggestedFilename();
    const saved = path.join(OUTPUT, name);
    await download.saveAs(saved);
    const bytes = new Uint8Array(readFileSync(saved));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    return { file, bytes, book };
  }

  test('Báo cáo quý: the sample register filled into samples/bieu-mau-tinh.xlsx, downloaded with the register', async () => {
    const registerBytes = new Uint8Array(readFileSync(path.join(SAMPLES, 'so-ho-so-thuy-san.xlsx')));
    const picked = pickRegister(await gridsOf(registerBytes));
    if (!picked) throw new Error('the sample register does not read');
    const expected = computeForms(picked.read.dossiers, PERIOD, { sheet: picked.sheet });
    expect(expected.ii05a.rows.length).toBeGreaterThan(0);

    const { page, errors } = await openPane();
    await page.setInputFiles('#plan-file', path.join(SAMPLES, 'so-ho-so-thuy-san.xlsx'));
    await page.getByTestId('open-file').waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: 'Báo cáo quý' }).click();
    await choosePeriod(page, 'forms');
    await page.getByTestId('forms-preview').click();
    await page.getByTestId('forms-summary').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('forms-unit').inputValue()).toBe('Chi cục Thủy sản');
    // Before a template is picked the fill waits.
    expect(await page.getByTestId('forms-template-fill').isDisabled()).toBe(true);
    await page.setInputFiles('#forms-template-file', path.join(SAMPLES, 'bieu-mau-tinh.xlsx'));
    expect(await page.getByTestId('forms-template-chosen').innerText()).toBe('Biểu mẫu: bieu-mau-tinh.xlsx');
    await page.getByTestId('forms-template-fill').click();
    await page.getByTestId('forms-notices').getByText('Đã điền biểu mẫu của tỉnh vào trang', { exact: false }).waitFor({ timeout: 60_000 });
    const notice = await page.getByTestId('forms-notices').innerText();
    expect(notice).toContain('"Mẫu tỉnh II.05a Quý II-2026", "Mẫu tỉnh II.06a Quý II-2026"');
    expect(notice).toContain('Tải tệp kết quả');
    await noSidewaysScroll(page);
    await page.screenshot({ path: path.join(OUTPUT, `template-forms-${WIDTH}.png`), fullPage: true });
    // What the officer sees after filling: the card, the notice under it.
    await page.getByTestId('forms-notices').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUTPUT, `template-forms-filled-${WIDTH}.png`) });

    const { file, book } = await downloaded(page, () => page.getByRole('button', { name: 'Tải tệp kết quả' }).click(), 'template-forms.xlsx');
    expect(file).toBe('so-ho-so-thuy-san (Kiểm soát TTHC).xlsx');
    // The register stays first, the template's form sheets come after it; its instruction sheet stays in the template.
    expect(book.worksheets.map((w) => w.name)).toEqual([picked.sheet, 'Mẫu tỉnh II.05a Quý II-2026', 'Mẫu tỉnh II.06a Quý II-2026']);
    const ws = book.getWorksheet('Mẫu tỉnh II.05a Quý II-2026')!;
    // The template's own heading and numbered row, its header lines completed.
    expect(ws.getCell('B2').value).toBe('TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC');
    expect(ws.getCell('B3').value).toBe('Kỳ báo cáo: Quý II/2026 (Từ ngày 15/03/2026 đến ngày 14/06/2026)');
    expect(ws.getCell('B4').value).toBe('Đơn vị báo cáo: Chi cục Thủy sản');
    expect([ws.getCell('B10').value, ws.getCell('N10').value]).toEqual(['(1)', '(13)']);
    // One line per lĩnh vực from row 11, then "Tổng số" with the totals.
    const rows = expected.ii05a.rows;
    rows.forEach((r, i) => {
      expect(shown(ws, 11 + i, 2)).toBe(i + 1);
      expect(lineAt(ws, 11 + i)).toEqual(expectedLine(r.field, r));
    });
    const total = 11 + rows.length;
    expect(ws.getCell(total, 3).value).toBe('Tổng số');
    expect(KEYS.map((_, i) => shown(ws, total, 4 + i))).toEqual(KEYS.map((k) => expected.ii05a.total[k]));
    expect((ws.getCell(total, 4).value as ExcelJS.CellFormulaValue).formula).toBe(`SUM(D11:D${total - 1})`);
    // The signature block stays below the table.
    expect(ws.getCell(total + 3, 2).value).toBe('NGƯỜI LẬP BIỂU');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('Tổng hợp: the sample units’ forms filled into samples/bieu-mau-tinh.xlsx, downloaded as the template', async () => {
    const dir = path.join(SAMPLES, 'don-vi');
    const names = readdirSync(dir).sort();
    const inputs = [];
    for (const file of names) inputs.push({ file, grids: await gridsOf(new Uint8Array(readFileSync(path.join(dir, file)))) });
    const expected = consolidateForms(inputs, { period: PERIOD });
    expect(expected.files.filter((f) => f.status === 'accepted')).toHaveLength(4);

    const { page, errors } = await openPane();
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    await page.setInputFiles('#unit-files', names.map((f) => path.join(dir, f)));
    await page.getByTestId('consolidate-count').getByText('5 tệp', { exact: false }).waitFor({ timeout: 30_000 });
    await choosePeriod(page, 'consolidate');
    await page.getByTestId('consolidate-run').click();
    await page.getByTestId('consolidate-deliver').waitFor({ timeout: 120_000 });
    const fill = page.getByTestId('consolidate-template-fill');
    expect(await fill.innerText()).toBe('Điền biểu mẫu của tỉnh và tải về');
    expect(await fill.isDisabled()).toBe(true);
    await page.setInputFiles('#consolidate-template-file', path.join(SAMPLES, 'bieu-mau-tinh.xlsx'));
    const { file, book } = await downloaded(page, () => fill.click(), 'template-consolidate.xlsx');
    expect(file).toBe('Tổng hợp Quý II-2026 - bieu-mau-tinh.xlsx');
    await page.getByTestId('consolidate-notices').getByText('Đã điền số liệu tổng hợp vào biểu mẫu của tỉnh và tải về', { exact: false }).waitFor();
    await noSidewaysScroll(page);
    await page.screenshot({ path: path.join(OUTPUT, `template-consolidate-${WIDTH}.png`), fullPage: true });
    await page.getByTestId('consolidate-notices').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUTPUT, `template-consolidate-filled-${WIDTH}.png`) });

    // The template as the province sent it, every sheet kept, its forms filled.
    expect(book.worksheets.map((w) => w.name)).toEqual(['Hướng dẫn', 'Biểu II.05a', 'Biểu II.06a']);
    const ws = book.getWorksheet('Biểu II.05a')!;
    expect(ws.getCell('B3').value).toBe('Kỳ báo cáo: Quý II/2026 (Từ ngày 15/03/2026 đến ngày 14/06/2026)');
    // Quý II/2026: the department's name since 01/03/2025.
    expect(ws.getCell('B4').value).toBe('Đơn vị báo cáo: Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi');
    const rows = expected.ii05a.rows;
    rows.forEach((r, i) => expect(lineAt(ws, 11 + i)).toEqual(expectedLine(r.field, r)));
    const total = 11 + rows.length;
    expect(ws.getCell(total, 3).value).toBe('Tổng số');
    expect(KEYS.map((_, i) => shown(ws, total, 4 + i))).toEqual(KEYS.map((k) => expected.ii05a.total[k]));
    // II.06a: the overdue dossiers, the unit handling each named in Ghi chú (F).
    const overdue = book.getWorksheet('Biểu II.06a')!;
    const notes: string[] = [];
    overdue.eachRow((row) => {
      const v = row.getCell(6).value;
      if (typeof v === 'string' && v.startsWith('Chi cục')) notes.push(v);
    });
    expect(notes.length).toBe(expected.ii06a.rows.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('Báo cáo quý: a register without a channel column asks for the channel, and the figures follow the choice', async () => {
    const channelCol = SAMPLE_REGISTER_HEADER.indexOf('Hình thức nộp');
    const [, ...rows] = sampleRegisterRows({ count: 120, seed: 4, from: '2025-10-01', to: '2026-06-14' });
    const without = <T>(line: T[]): T[] => line.filter((_, i) => i !== channelCol);
    const bytes = await buildRegisterXlsx({ sheet: 'Sổ', titleLines: ['CHI CỤC THỦY SẢN', 'SỔ THEO DÕI HỒ SƠ'], header: [without(SAMPLE_REGISTER_HEADER)], rows: rows.map(without) });
    const grid = (await gridsOf(bytes))[0];
    const online = computeForms(readRegister(grid, { channel: 'online' }).dossiers, PERIOD, { sheet: 'Sổ' }).ii05a.total;
    const direct = computeForms(readRegister(grid, { channel: 'direct' }).dossiers, PERIOD, { sheet: 'Sổ' }).ii05a.total;
    expect(online.c4).toBeGreaterThan(0);

    const { page, errors } = await openPane();
    await page.setInputFiles('#plan-file', { name: 'so-khong-kenh.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(bytes) });
    await page.getByTestId('open-file').waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: 'Báo cáo quý' }).click();
    await choosePeriod(page, 'forms');
    await page.getByTestId('forms-preview').click();
    const ask = page.getByTestId('forms-channel');
    await ask.waitFor({ timeout: 60_000 });
    expect(await ask.innerText()).toContain('Sổ không có cột kênh nộp hồ sơ');
    // Never guessed: nothing is written before the officer chooses, and the pane says why.
    expect(await page.getByTestId('forms-write').isDisabled()).toBe(true);
    expect(await page.getByTestId('forms-write-reason').innerText()).toContain('kênh nộp');
    // No figures of zeros for a register that could not be read: the reason and the way out only.
    expect(await page.getByTestId('forms-figures').count()).toBe(0);
    expect(await page.getByTestId('forms-columns-missing').innerText()).toContain('kênh nộp');
    await noSidewaysScroll(page);
    await page.screenshot({ path: path.join(OUTPUT, `template-channel-ask-${WIDTH}.png`), fullPage: true });

    const totalCard = page.getByTestId('forms-figures').locator('li').last();
    for (const [radio, t] of [['forms-channel-online', online], ['forms-channel-direct', direct]] as const) {
      await page.getByTestId(radio).check();
      await page.getByTestId('forms-preview').click();
      await totalCard.getByText(`Nhận giải quyết ${t.c3} (trực tuyến ${t.c4}, trực tiếp/bưu chính ${t.c5}, kỳ trước ${t.c6})`).waitFor({ timeout: 60_000 });
    }
    expect(await page.getByTestId('forms-write').isDisabled()).toBe(false);
    await page.screenshot({ path: path.join(OUTPUT, `template-channel-chosen-${WIDTH}.png`), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
