import type { Workbook } from '../../workbook/workbook';
import { workbookStem } from './workbookFiles';

/**
 * The workbook the pane works on. In Excel it is the open workbook; outside Excel it is a
 * workbook file (.xlsx, .xls, .ods, .xlsb) held in memory, whose result the officer
 * downloads as .xlsx.
 */
export type WorkbookSession =
  | { mode: 'excel'; workbook: Workbook }
  | { mode: 'file'; workbook: Workbook; fileName: string; save: () => Promise<Uint8Array> };

/** A file the officer picked, as its name and bytes (so features need no DOM File). */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * Opens workbook bytes as a file-mode session. exceljs is loaded here, on first use, in its own
 * chunk. Throws `WorkbookOpenError` (Vietnamese message) when the bytes are not a workbook.
 */
export async function openFileSession(file: PickedFile): Promise<WorkbookSession> {
  const { FileWorkbook } = await import(/* webpackChunkName: "file-workbook" */ '../../workbook/file/fileWorkbook');
  const workbook = await FileWorkbook.open(file.bytes, file.name);
  return { mode: 'file', workbook, fileName: file.name, save: () => workbook.save() };
}

/**
 * Name for the downloaded result: the original name's stem with a suffix, always .xlsx (an .xls
 * or .ods is read, never written back in its own format), accents kept (browsers save Unicode
 * names as they are). The suffix is not repeated on a second round.
 *
 * @example
 * resultFileName('ke-hoach.xlsx') // 'ke-hoach (Kiểm soát TTHC).xlsx'
 * resultFileName('ke-hoach.xls')  // 'ke-hoach (Kiểm soát TTHC).xlsx'
 */
export function resultFileName(original: string): string {
  const base = workbookStem(original).replace(/ \((?:Kiem soat|Kiểm soát) TTHC\)$/, '');
  return `${base} (Kiểm soát TTHC).xlsx`;
}
