/**
 * The files the pane's pickers offer: .xlsx and the formats read through SheetJS (.xls from
 * Excel 97-2003 and one-stop systems, .ods from LibreOffice, .xlsb). The reader decides by
 * content; the name only keeps a photo or a PDF out of the dialog.
 */

/** `accept` of the pane's file inputs: extensions and their MIME types. */
export const WORKBOOK_FILE_ACCEPT = [
  '.xlsx',
  '.xls',
  '.ods',
  '.xlsb',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.ms-excel.sheet.binary.macroEnabled.12',
].join(',');

const WORKBOOK_EXTENSION = /\.(xlsx|xls|ods|xlsb)$/i;

/**
 * Whether a file name has a workbook extension the pane opens.
 *
 * @example
 * isWorkbookFileName('bao-cao.xls') // true
 * isWorkbookFileName('bao-cao.pdf') // false
 */
export function isWorkbookFileName(name: string): boolean {
  return WORKBOOK_EXTENSION.test(name);
}

/**
 * A file name without its workbook extension (or .docx: a plan read from Word gives a workbook too).
 *
 * @example
 * workbookStem('ke-hoach.xls') // 'ke-hoach'
 * workbookStem('ke-hoach.docx') // 'ke-hoach'
 */
export function workbookStem(name: string): string {
  return name.replace(/\.(xlsx|xls|ods|xlsb|docx)$/i, '');
}
