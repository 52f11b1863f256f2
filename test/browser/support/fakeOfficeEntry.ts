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
w.Office = {
  HostType: { Excel: 'Excel', Word: 'Word' },
  PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline' },
  context: { displayLanguage: seed.language },
  onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }),
  actions: { associate: () => undefined },
};
