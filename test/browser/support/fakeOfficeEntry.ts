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
  sheets: { name: string; values: (FakeValue | null)[][]; merges: CellRange[] }[];
  /** `Office.context.platform` (default "OfficeOnline", which has no OpenBrowserWindowApi): "PC", or "Mac" / "iOS" for Excel for Mac or iPad. */
  platform?: 'OfficeOnline' | 'PC' | 'Mac' | 'iOS';
  /** Requirement sets `isSetSupported` denies (`ExcelApi 1.13`), besides the platform's. */
  unsupported?: string[];
  /** Makes every write of this kind fail with Excel's code and message. */
  failWrite?: { kind: string; code: string; message: string };
  date1904?: boolean;
  active?: string;
  /** Document settings the workbook was saved with (`workbook.settings`), if any. */
  settings?: Record<string, string>;
}

const w = window as unknown as { __kstthcFake: FakeSeed; __kstthcExcel: FakeExcel; __browserWindows: string[]; Office: unknown; Excel: unknown };
const seed = w.__kstthcFake;
const excel = new FakeExcel();
for (const s of seed.sheets) excel.seed(s.name, s.values, { merges: s.merges });
if (seed.active) excel.activeSheet = seed.active;
excel.date1904 = seed.date1904 === true;
const failing = seed.failWrite;
if (failing) excel.failWrite = (write) => (write.kind === failing.kind ? { code: failing.code, message: failing.message } : undefined);
for (const [key, value] of Object.entries(seed.settings ?? {})) excel.settings.set(key, value);
w.__kstthcExcel = excel;
w.__browserWindows = [];
const platform = seed.platform ?? 'OfficeOnline';
// Microsoft: OpenBrowserWindowApi is not in Office on the web.
const unsupported = new Set([...(seed.unsupported ?? []), ...(platform === 'OfficeOnline' ? ['OpenBrowserWindowApi 1.1'] : [])]);
w.Excel = { run: excel.run };
w.Office = {
  HostType: { Excel: 'Excel', Word: 'Word' },
  PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS' },
  context: {
    displayLanguage: seed.language,
    platform,
    diagnostics: { host: 'Excel', platform, version: '16.0.17928.20114' },
    requirements: { isSetSupported: (name: string, version?: string) => !unsupported.has(`${name} ${version ?? '1.1'}`) },
    ui: { openBrowserWindow: (url: string) => w.__browserWindows.push(String(url)) },
  },
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
