/**
 * The self-test ("Tự kiểm tra") in Chromium, from the pane's help menu, against the recording
 * fake of Excel: a failed operation and a missing requirement set are reported with Excel's code
 * and message and what they disable, the officer's sheets stay as they were, and "Sao chép báo
 * cáo" still gives the text where the clipboard is blocked. The all-green run is
 * `npm run selftest:fake` (CI runs it). Screenshots go to test/output/.
 */
import path from 'node:path';
import { REQUIREMENT_SETS } from '../../src/taskpane/selftest/requirementSets';
import { chromiumAvailable } from './support/chromium';
import { ROOT } from './support/productionBuild';
import { paneHarness } from './support/paneHarness';
import { routeOfficeCdns } from './support/officeCdn';
import { OFFICER_SHEETS, runSelfTestInBrowser } from './support/selfTestDriver';

const OUTPUT = path.join(ROOT, 'test', 'output');
const run = chromiumAvailable() ? describe : describe.skip;

jest.setTimeout(300_000);

run('self-test in the pane (Excel through the recording fake)', () => {
  const pane = paneHarness();

  test('a failed operation and a missing requirement set: the report says which, with Excel’s code and message, and what each disables; nothing of the officer’s changes', async () => {
    const result = await runSelfTestInBrowser(pane.browser, pane.url, {
      platform: 'OfficeOnline',
      unsupported: ['ExcelApi 1.8'],
      failWrite: { kind: 'dataValidation.rule', code: 'ApiNotFound', message: 'The API you are trying to use could not be found. It may be available in a newer version of Excel.' },
    });
    const { page, lines } = result;
    const line = (start: string) => lines.find((l) => l.text.includes(start));

    const excel18 = REQUIREMENT_SETS.find((s) => s.name === 'ExcelApi' && s.version === '1.8');
    expect(excel18?.disables).toMatch(/^danh sách chọn trong ô/);
    expect(line('Bộ API ExcelApi 1.8')).toEqual({ status: 'không đạt', text: `không đạt — Bộ API ExcelApi 1.8: Excel này không hỗ trợ; không dùng được: ${excel18?.disables}` });
    // Excel on the web has no OpenBrowserWindowApi: said, not failed.
    expect(line('Bộ API OpenBrowserWindowApi 1.1')?.status).toBe('không có');
    expect(line('Danh sách chọn trong ô')).toEqual({
      status: 'không đạt',
      text: expect.stringContaining(
        ': Excel báo lỗi ApiNotFound, "The API you are trying to use could not be found. It may be available in a newer version of Excel.". Phiên bản Excel này chưa hỗ trợ chức năng cần dùng.',
      ),
    });
    // The failed line names the set this Excel lacks.
    expect(line('Danh sách chọn trong ô')?.text).toMatch(/Excel này không có bộ API ExcelApi 1\.8\.$/);
    expect(line('Xoá trang tính: trang cũ được thay')?.status).toBe('chưa chạy');
    expect(lines.filter((l) => l.status === 'không đạt').map((l) => l.text.split(':')[0])).toEqual([
      'không đạt — Bộ API ExcelApi 1.8',
      'không đạt — Danh sách chọn trong ô',
    ]);
    expect(line('Xoá trang "Tự kiểm tra"')?.status).toBe('đạt');
    expect(result.summary).toMatch(/mục đạt, 2 mục không đạt, 1 mục chưa chạy\. Hãy bấm "Sao chép báo cáo"/);
    expect(result.after).toBe(result.before);
    expect(result.sheetNames).toEqual(OFFICER_SHEETS.map((s) => s.name));
    expect(result.pageErrors).toEqual([]);
    await page.screenshot({ path: path.join(OUTPUT, 'selftest-failed-360.png'), fullPage: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(OUTPUT, 'selftest-failed-top-360.png') });

    // A web view that blocks both the Clipboard API and the copy command: the text is shown, selected.
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) }, configurable: true });
      document.execCommand = () => false;
    });
    await page.getByRole('button', { name: 'Sao chép báo cáo' }).click();
    await page.getByTestId('selftest-copy-blocked').waitFor();
    const box = page.getByTestId('selftest-text');
    const shown = await box.inputValue();
    expect(shown.split('\n')[0]).toMatch(/^Kiểm soát TTHC \d+\.\d+\.\d+ — báo cáo tự kiểm tra lúc \d\d\/\d\d\/\d{4} \d\d:\d\d$/);
    for (const l of lines) expect(shown).toContain(l.text);
    await page.waitForFunction(() => {
      const area = document.querySelector('textarea[data-testid="selftest-text"]') as HTMLTextAreaElement | null;
      return area !== null && area.selectionStart === 0 && area.selectionEnd === area.value.length && document.activeElement === area;
    });
    await page.context().close();
  });

  test('outside Excel the help menu has the guide and no self-test', async () => {
    const context = await pane.browser.newContext({ viewport: { width: 360, height: 700 } });
    const page = await context.newPage();
    await routeOfficeCdns(page, (r) => r.abort('internetdisconnected'));
    await page.goto(`${pane.url}/taskpane.html`);
    await page.getByTestId('help-menu').click();
    await expect(page.getByRole('menuitem').allInnerTexts()).resolves.toEqual(['Hướng dẫn sử dụng']);
    expect(await page.getByRole('menuitem', { name: 'Hướng dẫn sử dụng' }).getAttribute('href')).toBe('help.html');
    await context.close();
  });
});
