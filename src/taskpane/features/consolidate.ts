import { startConsolidation, type ConsolidationResult, type FileOutcome } from '../../core/consolidate/consolidateForms';
import { consolidationWritePlan } from '../../core/consolidate/consolidationWritePlan';
import type { ReportPeriod } from '../../core/periods/periods';
import type { UnitDirectory } from '../../core/units/directory';
import type { Workbook } from '../../workbook/workbook';
import { applyForExcel } from './applyForExcel';
import type { PickedFile } from './session';

/**
 * Consolidates the units' files for a period, one file at a time: each is opened (exceljs,
 * loaded on first use), checked, and its outcome reported through `onFile` before the next is
 * read. A file that cannot be opened is rejected with its reason; it never stops the others.
 */
export async function consolidateFiles(
  files: readonly PickedFile[],
  options: { period: ReportPeriod; directory?: UnitDirectory; onFile?: (outcome: FileOutcome, index: number) => void },
): Promise<ConsolidationResult> {
  const { FileWorkbook } = await import(/* webpackChunkName: "file-workbook" */ '../../workbook/file/fileWorkbook');
  const run = startConsolidation({ period: options.period, directory: options.directory });
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    let outcome: FileOutcome;
    try {
      const book = await FileWorkbook.open(file.bytes, file.name);
      const grids = [];
      for (const name of await book.sheetNames()) grids.push(await book.readSheet(name));
      outcome = run.add({ file: file.name, grids });
    } catch (err) {
      const reason = err instanceof Error && err.name === 'WorkbookOpenError' ? err.message : `Không đọc được tệp "${file.name}".`;
      outcome = run.add({ file: file.name, openError: reason });
    }
    options.onFile?.(outcome, i);
  }
  return run.result();
}

/** Writes the department's sheets (II.05a, II.06a, check sheet) into a workbook; resolves to notes on cut cells. */
export async function writeConsolidation(workbook: Workbook, result: ConsolidationResult): Promise<string[]> {
  return applyForExcel(workbook, consolidationWritePlan(result));
}

/**
 * File mode: the department's sheets in a new workbook, as .xlsx bytes and a file name.
 *
 * @example
 * (await consolidationWorkbook(result)).fileName // 'Tong hop 2024-Q1.xlsx'
 */
export async function consolidationWorkbook(result: ConsolidationResult): Promise<{ fileName: string; bytes: Uint8Array }> {
  const { FileWorkbook } = await import(/* webpackChunkName: "file-workbook" */ '../../workbook/file/fileWorkbook');
  const fileName = `Tong hop ${result.period.code}.xlsx`;
  const book = FileWorkbook.create(fileName);
  await writeConsolidation(book, result);
  return { fileName, bytes: await book.save() };
}
