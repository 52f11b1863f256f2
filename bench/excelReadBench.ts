/**
 * Reading a sheet through Office.js on the recording fake (which enforces Excel's documented
 * limits): syncs, the largest response and the most merged areas one call returned, for plans
 * and registers of growing size and a Word-layout plan with thousands of merged areas.
 */
import type { SheetGrid } from '../src/core/grid';
import { dateToExcelSerial } from '../src/workbook/office/excelDates';
import { OfficeWorkbook } from '../src/workbook/office/officeWorkbook';
import { FakeExcel } from '../test/fakes/excelFake';
import { sampleRegisterRows } from '../test/fixtures/registers';
import { largeSeedPlanGrid } from '../test/fixtures/seedAppendix';

export interface ExcelReadEntry {
  kind: 'plan' | 'register';
  rows: number;
  mergedAreas: number;
  syncs: number;
  maxResponseBytes: number;
  maxMergedAreasPerRequest: number;
}

/** Puts a grid into a fake workbook: dates as serials with a date format, as Excel holds them. */
function seedGrid(fake: FakeExcel, grid: SheetGrid): void {
  const s = fake.seed(grid.name, [], { merges: grid.merges });
  grid.values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v === null) return;
      const cell = s.cell(r + 1, c + 1);
      if (v instanceof Date) {
        cell.value = dateToExcelSerial(v);
        cell.numberFormat = 'dd/mm/yyyy';
      } else cell.value = v;
    }),
  );
}

async function measure(kind: ExcelReadEntry['kind'], grid: SheetGrid): Promise<ExcelReadEntry> {
  const fake = new FakeExcel();
  seedGrid(fake, grid);
  fake.resetCounts();
  const read = await new OfficeWorkbook({ run: fake.run }).readSheet(grid.name);
  if (read.values.length !== grid.values.length || read.merges.length !== grid.merges.length) throw new Error(`bench: ${kind} read back ${read.values.length} rows, ${read.merges.length} merges`);
  return {
    kind,
    rows: read.values.length,
    mergedAreas: read.merges.length,
    syncs: fake.syncs,
    maxResponseBytes: Math.max(...fake.requests.map((r) => r.responseBytes)),
    maxMergedAreasPerRequest: Math.max(0, ...fake.mergedAreasPerCall),
  };
}

/** The `excelRead` entries of `npm run bench`. */
export async function excelReadBench(options: { quick: boolean; log: (line: string) => void }): Promise<ExcelReadEntry[]> {
  const sizes = options.quick ? [1_000, 10_000] : [1_000, 10_000, 50_000];
  const out: ExcelReadEntry[] = [];
  for (const size of sizes) {
    out.push(await measure('plan', largeSeedPlanGrid('word', size)));
    out.push(await measure('register', { name: 'Sổ theo dõi', values: sampleRegisterRows({ count: size, seed: 7 }), merges: [] }));
  }
  for (const e of out) {
    options.log(`excel read  ${e.kind.padEnd(8)} ${String(e.rows).padStart(7)} rows  ${String(e.mergedAreas).padStart(5)} merged  ${e.syncs} syncs  largest response ${e.maxResponseBytes} B  ≤ ${e.maxMergedAreasPerRequest} merged areas a call`);
  }
  return out;
}
