/**
 * A stand-in for office.js in the browser test of the Excel path: `Office` says the pane runs
 * in Excel (display language from `window.__kstthcFake.language`), and `Excel.run` is the
 * recording Excel fake of test/fakes, seeded with the sheets in `window.__kstthcFake.sheets`
 * (and the document settings in `window.__kstthcFake.settings`).
 * Bundled by esbuild into a script the test serves in place of Microsoft's office.js.
 */
import type { CellRange } from '../../../src/core/grid';
import { FakeExcel, type FakeValue } from '../../fakes/excelFake';

interface FakeSeed {
  language: string;
  /** `Office.context.platform` (default "OfficeOnline"): "Mac" or "iOS" for Excel for Mac or iPad. */
  platform?: string;
  sheets: { name: string; values: (FakeValue | null)[][]; merges: CellRange[] }[];
  /** Document settings the workbook was saved with (`workbook.settings`), if any. */
  settings?: Record<string, string>;
}

const w = window as unknown as { __kstthcFake: FakeSeed; __kstthcExcel: FakeExcel; Office: unknown; Excel: unknown };
const seed = w.__kstthcFake;
const excel = new FakeExcel();
for (const s of seed.sheets) excel.seed(s.name, s.values, { merges: s.merges });
for (const [key, value] of Object.entries(seed.settings ?? {})) excel.settings.set(key, value);
w.__kstthcExcel = excel;
w.Excel = { run: excel.run };
const platform = seed.platform ?? 'OfficeOnline';
w.Office = {
  HostType: { Excel: 'Excel', Word: 'Word' },
  PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS' },
  context: { displayLanguage: seed.language, platform, diagnostics: { host: 'Excel', platform, version: '16.0' } },
  onReady: () => Promise.resolve({ host: 'Excel', platform }),
  actions: { associate: () => undefined },
};

// Excel for Mac and iPad host the pane in WKWebView, where a download link does nothing
// (office-js issue 2700, closed "by design"): such a click is swallowed and counted.
if (platform === 'Mac' || platform === 'iOS') {
  const ignored = window as unknown as { __kstthcIgnoredDownloads: number };
  ignored.__kstthcIgnoredDownloads = 0;
  const swallow = (e: Event) => {
    const a = (e.target as Element | null)?.closest?.('a[download]');
    if (a) {
      e.preventDefault();
      ignored.__kstthcIgnoredDownloads += 1;
    }
  };
  document.addEventListener('click', swallow, true);
  // `link.click()` on a detached-then-appended anchor dispatches a click too: caught above.
}
