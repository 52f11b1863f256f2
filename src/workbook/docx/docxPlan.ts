import { wordPlanSheet, type WordPlanSheet } from '../../core/docx/wordPlanSheet';
import { WorkbookOpenError } from '../file/workbookOpenError';
import { readDocx } from './readDocx';

/**
 * Whether a file is a Word document to read as a plan, by its name: .docx, or .doc (which gets
 * its own sentence). A .docx renamed to .xlsx keeps the workbook readers' sentence naming it.
 *
 * @example
 * isWordDocumentName('ke-hoach.docx') // true
 */
export function isWordDocumentName(file: string): boolean {
  return /\.docx?$/i.test(file);
}

/**
 * The sentence for a Word document without a plan table.
 *
 * @example
 * noPlanTableMessage('cong-van.docx') // 'Không tìm thấy bảng kế hoạch trong văn bản Word "cong-van.docx": …'
 */
export function noPlanTableMessage(file: string): string {
  return `Không tìm thấy bảng kế hoạch trong văn bản Word "${file}": cần một bảng có dòng tiêu đề gồm cột nhiệm vụ (Nội dung, Nhiệm vụ …) và cột chủ trì (Chủ trì, Cơ quan chủ trì, Đơn vị thực hiện …). Nếu kế hoạch ở dạng khác, hãy chép bảng sang Excel.`;
}

/**
 * Reads a .docx file's plan sheet (SPEC §13): the appendix table and the title block, as the
 * sheet a paste into Excel gives. Throws `WorkbookOpenError` (one Vietnamese sentence) when
 * the file cannot be read or holds no plan table.
 *
 * @example
 * const sheet = readDocxPlanSheet(bytes, 'ke-hoach.docx');
 * readPlanTable([sheet.grid])
 */
export function readDocxPlanSheet(bytes: Uint8Array, file: string): WordPlanSheet {
  const sheet = wordPlanSheet(readDocx(bytes, file));
  if (!sheet) throw new WorkbookOpenError(file, noPlanTableMessage(file));
  return sheet;
}
