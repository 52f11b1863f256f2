import { read, write } from '@e965/xlsx';
import { performance } from 'node:perf_hooks';
import { buildRegisterXlsx, sampleRegisterRows } from '../test/fixtures/registers';
import { FileWorkbook } from '../src/workbook/file/fileWorkbook';

/**
 * Reading a dossier register saved as .xlsx, .xls (BIFF8), .ods and .xlsb: open the file and
 * read its sheets, as every job does first. The .xls/.ods/.xlsb copies are written by SheetJS
 * from the generated .xlsx (the same cells, dates and formats).
 */
export async function legacyFormatsBench(options: { sizes: number[]; runs: number; log: (text: string) => void }) {
  const out = [];
  for (const dossiers of options.sizes) {
    const xlsx = await buildRegisterXlsx({ header: [], rows: sampleRegisterRows({ count: dossiers, seed: 7 }) });
    const book = read(xlsx, { type: 'array', cellNF: true });
    const copies: Record<string, Uint8Array> = { xlsx };
    for (const [ext, bookType] of [['xls', 'biff8'], ['ods', 'ods'], ['xlsb', 'xlsb']] as const) {
      copies[ext] = new Uint8Array(write(book, { type: 'array', bookType }) as ArrayBuffer);
    }
    const row: Record<string, number> = { dossiers };
    for (const [ext, bytes] of Object.entries(copies)) {
      const times: number[] = [];
      for (let i = 0; i <= options.runs; i++) {
        const t0 = performance.now();
        const opened = await FileWorkbook.open(bytes, `so.${ext}`);
        for (const name of await opened.sheetNames()) await opened.readSheet(name);
        if (i > 0) times.push(performance.now() - t0);
      }
      row[`${ext}Ms`] = Math.round(times.sort((a, b) => a - b)[Math.floor(times.length / 2)] * 10) / 10;
      row[`${ext}KB`] = Math.round(bytes.length / 1024);
    }
    out.push(row);
    options.log(`formats     ${String(dossiers).padStart(7)} dossiers  ${['xlsx', 'xls', 'ods', 'xlsb'].map((e) => `${e} ${row[`${e}Ms`]} ms`).join('  ')}`);
  }
  return out;
}
