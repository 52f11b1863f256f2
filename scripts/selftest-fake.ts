/**
 * `npm run selftest:fake`: the pane's self-test ("Tự kiểm tra") run in headless Chromium against
 * the recording fake of Excel (Excel for Windows, every requirement set there), as the IT
 * officer runs it in Excel. Prints one line per report line, then whether the officer's sheets
 * are unchanged and the report copies, and ends with "N passed, M failed" (exit code 1 when M > 0).
 */
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/browser/support/chromium';
import { DIST, ensureProductionBuild } from '../test/browser/support/productionBuild';
import { runSelfTestInBrowser } from '../test/browser/support/selfTestDriver';
import { serveFolder } from '../test/browser/support/staticServer';

async function main(): Promise<number> {
  ensureProductionBuild();
  const server = await serveFolder(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const run = await runSelfTestInBrowser(browser, server.url, { platform: 'PC' });
    const results = run.lines.map((l) => ({ ok: l.status === 'đạt' || l.status === 'không có', text: l.text }));
    results.push({ ok: run.before === run.after, text: `${run.before === run.after ? 'đạt' : 'không đạt'} — Các trang của cán bộ không đổi sau khi tự kiểm tra` });
    const leftover = run.sheetNames.filter((n) => !['Kế hoạch', 'Sổ hồ sơ'].includes(n));
    results.push({ ok: leftover.length === 0, text: `${leftover.length === 0 ? 'đạt' : 'không đạt'} — Không còn trang nào của tự kiểm tra${leftover.length ? `: ${leftover.join(', ')}` : ''}` });
    await run.page.getByRole('button', { name: 'Sao chép báo cáo' }).click();
    await run.page.getByTestId('selftest-copied').waitFor({ timeout: 10_000 });
    const copied = await run.page.evaluate(() => navigator.clipboard.readText());
    const copiedOk = copied.startsWith('Kiểm soát TTHC') && run.lines.every((l) => copied.includes(l.text));
    results.push({ ok: copiedOk, text: `${copiedOk ? 'đạt' : 'không đạt'} — "Sao chép báo cáo" chép đủ các dòng của báo cáo` });
    results.push({ ok: run.pageErrors.length === 0, text: `${run.pageErrors.length === 0 ? 'đạt' : 'không đạt'} — Trang không có lỗi JavaScript${run.pageErrors.length ? `: ${run.pageErrors.join('; ')}` : ''}` });
    for (const r of results) console.log(r.text);
    const failed = results.filter((r) => !r.ok).length;
    console.log(`${results.length - failed} passed, ${failed} failed`);
    return failed === 0 ? 0 : 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
