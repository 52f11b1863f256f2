import { performance } from 'node:perf_hooks';
import { strFromU8, unzipSync } from 'fflate';
import { consolidateForms, type UnitFileInput } from '../src/core/consolidate/consolidateForms';
import type { SheetGrid } from '../src/core/grid';
import { reportPeriod } from '../src/core/periods/periods';
import { FileWorkbook } from '../src/workbook/file/fileWorkbook';
import { consistentRow, Q1_2024, unitWorkbookBytes, type UnitFormsSpec } from '../test/fixtures/unitForms';

const FIELDS = ['Trồng trọt', 'Bảo vệ thực vật', 'Thú y', 'Chăn nuôi', 'Thủy sản', 'Lâm nghiệp', 'Thủy lợi', 'Quản lý chất lượng', 'Phát triển nông thôn', 'Kinh tế hợp tác'];

/** Seeded unit reports: each unit fills 6–10 lĩnh vực with plausible, consistent counts. */
function unitSpecs(count: number): UnitFormsSpec[] {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const n = (max: number) => Math.floor(next() * max);
  return Array.from({ length: count }, (_, i) => {
    const fields = FIELDS.slice(0, 6 + (i % 5));
    const ii05a = fields.map((field) => {
      const [c4, c5, c6] = [n(200), n(120), n(30)];
      const got = c4 + c5 + c6;
      const c8 = Math.floor(got * 0.3);
      const c9 = Math.floor(got * 0.4);
      const c10 = Math.floor(got * 0.05);
      const c13 = Math.floor((got - c8 - c9 - c10) * 0.1);
      return consistentRow(field, c4, c5, c6, c8, c9, c10, c13);
    });
    const ii06a = ii05a.filter((r) => r.c13 > 0).map((r) => ({ field: r.field, procedure: `Thủ tục ${r.field.toLowerCase()}`, count: r.c13, reason: 'Chờ ý kiến cơ quan phối hợp' }));
    return { unit: `Đơn vị thử ${i + 1}`, period: Q1_2024, ii05a, ii06a, style: { coverSheet: i % 3 === 0, numbersAsText: i % 4 === 1, sumFormulas: i % 4 === 2 } };
  });
}

/** The whole consolidation as `kstthc consolidate` does it: open each file, read its sheets, consolidate. */
async function consolidateFiles(files: { file: string; bytes: Uint8Array }[]): Promise<number> {
  const inputs: UnitFileInput[] = [];
  for (const { file, bytes } of files) {
    const book = await FileWorkbook.open(bytes, file);
    const grids: SheetGrid[] = [];
    for (const name of await book.sheetNames()) grids.push(await book.readSheet(name));
    inputs.push({ file, grids });
  }
  const result = consolidateForms(inputs, { period: reportPeriod(2024, 'Q1') });
  return result.files.filter((f) => f.status === 'accepted').length;
}

/** The floor: unzip every part and scan its XML for cells, no workbook model at all. */
function floorScan(files: { bytes: Uint8Array }[]): number {
  let cells = 0;
  for (const { bytes } of files) {
    const parts = unzipSync(bytes);
    for (const [name, data] of Object.entries(parts)) {
      if (!name.endsWith('.xml')) continue;
      const xml = strFromU8(data);
      for (let i = xml.indexOf('<c '); i >= 0; i = xml.indexOf('<c ', i + 3)) cells += 1;
    }
  }
  return cells;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Consolidation time against the unzip-and-scan floor, for 10 and 50 unit workbooks.
 */
export async function consolidateBench(options: { fileCounts: number[]; runs: number; log: (text: string) => void }) {
  const out = [];
  for (const count of options.fileCounts) {
    const files = await Promise.all(unitSpecs(count).map(async (spec, i) => ({ file: `don-vi-${i + 1}.xlsx`, bytes: await unitWorkbookBytes(spec) })));
    const accepted = await consolidateFiles(files); // warm-up, and a check the inputs are good
    if (accepted !== count) throw new Error(`bench: only ${accepted} of ${count} generated unit files were accepted`);
    floorScan(files);
    const ms: number[] = [];
    const floor: number[] = [];
    for (let r = 0; r < options.runs; r++) {
      let t0 = performance.now();
      await consolidateFiles(files);
      ms.push(performance.now() - t0);
      t0 = performance.now();
      floorScan(files);
      floor.push(performance.now() - t0);
    }
    const row = { files: count, ms: Math.round(median(ms)), floorMs: Math.round(median(floor) * 10) / 10, bytes: files.reduce((n, f) => n + f.bytes.length, 0) };
    out.push(row);
    options.log(`consolidate ${String(count).padStart(7)} files  ${row.ms} ms  (floor ${row.floorMs} ms)`);
  }
  return out;
}
