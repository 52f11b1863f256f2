import { startConsolidation, type ConsolidationResult, type FileOutcome, type UnitFileInput } from '../../core/consolidate/consolidateForms';
import { consolidationWritePlan } from '../../core/consolidate/consolidationWritePlan';
import type { ReportPeriod } from '../../core/periods/periods';
import { matchKey } from '../../core/text/normalize';
import type { UnitDirectory } from '../../core/units/directory';
import type { Workbook } from '../../workbook/workbook';
import { applyForExcel } from './applyForExcel';
import type { PickedFile } from './session';

/**
 * Consolidates the units' files for a period, one file at a time: each is opened, checked, and
 * its outcome reported through `onFile` before the next is read. A file that cannot be opened
 * is rejected with its reason; it never stops the others. `previous` (last quarter's department
 * report or unit files) feeds the carry-over check.
 */
export async function consolidateFiles(
  files: readonly PickedFile[],
  options: { period: ReportPeriod; directory?: UnitDirectory; previous?: readonly PickedFile[]; onFile?: (outcome: FileOutcome, index: number) => void },
): Promise<ConsolidationResult> {
  const previous: UnitFileInput[] = [];
  for (const file of options.previous ?? []) previous.push(await inputOf(file));
  const run = startConsolidation({ period: options.period, directory: options.directory, previous });
  for (let i = 0; i < files.length; i++) {
    // Added before onFile is looked at: `onFile?.(…)` would skip its arguments when there is no onFile.
    const outcome = run.add(await inputOf(files[i]));
    options.onFile?.(outcome, i);
  }
  return run.result();
}

/** A picked file as the core reads it: its sheets, or the reason it could not be opened. */
async function inputOf(file: PickedFile): Promise<UnitFileInput> {
  const { FileWorkbook } = await import(/* webpackChunkName: "file-workbook" */ '../../workbook/file/fileWorkbook');
  try {
    const book = await FileWorkbook.open(file.bytes, file.name);
    const grids = [];
    for (const name of await book.sheetNames()) grids.push(await book.readSheet(name));
    return { file: file.name, grids, modified: await book.modifiedAt() };
  } catch (err) {
    const reason = err instanceof Error && err.name === 'WorkbookOpenError' ? err.message : `Không đọc được tệp "${file.name}".`;
    return { file: file.name, openError: reason };
  }
}

/** Writes the department's sheets (II.05a, II.06a, check sheet) into a workbook; resolves to notes on cut cells. */
export async function writeConsolidation(workbook: Workbook, result: ConsolidationResult): Promise<string[]> {
  return applyForExcel(workbook, consolidationWritePlan(result));
}

/**
 * File mode: the department's sheets in a new workbook, as .xlsx bytes and a file name.
 *
 * @example
 * (await consolidationWorkbook(result)).fileName // 'Tổng hợp Quý I-2024.xlsx'
 */
export async function consolidationWorkbook(result: ConsolidationResult): Promise<{ fileName: string; bytes: Uint8Array }> {
  const { FileWorkbook } = await import(/* webpackChunkName: "file-workbook" */ '../../workbook/file/fileWorkbook');
  const fileName = consolidationFileName(result.period);
  const book = FileWorkbook.create(fileName);
  await writeConsolidation(book, result);
  return { fileName, bytes: await book.save() };
}

/**
 * Name of the downloaded department workbook, accents kept ("/" is not allowed in file names).
 *
 * @example
 * consolidationFileName(reportPeriod(2024, 'Q1')) // 'Tổng hợp Quý I-2024.xlsx'
 */
export function consolidationFileName(period: ReportPeriod): string {
  return `Tổng hợp ${period.label.replace(/\//g, '-')}.xlsx`;
}

/**
 * The directory's TTHC units with no accepted file, told apart: those whose file was rejected
 * (they sent something, it must be corrected) and those that sent nothing.
 */
export function unitsWithoutReport(result: Pick<ConsolidationResult, 'files' | 'missingUnits'>): { rejected: string[]; missing: string[] } {
  const rejectedKeys = new Set(result.files.filter((f) => f.status === 'rejected' && f.unit).map((f) => matchKey(f.unit as string)));
  const rejected = result.missingUnits.filter((u) => rejectedKeys.has(matchKey(u)));
  return { rejected, missing: result.missingUnits.filter((u) => !rejectedKeys.has(matchKey(u))) };
}
