import type { WordPlanSheet } from '../../core/docx/wordPlanSheet';
import { readPlanTable } from '../../core/plan/readPlanTable';
import type { Workbook } from '../../workbook/workbook';
import type { PlanReading } from './plan';
import type { PickedFile, WorkbookSession } from './session';

/**
 * A plan read straight from a Word file (SPEC §13), not yet written into the workbook: the
 * pane shows it, and "Ghi bảng vào trang tính" writes it as a new sheet.
 */
export interface OpenedWordPlan {
  fileName: string;
  sheet: WordPlanSheet;
}

/** The .docx reader and its write plan: a lazy chunk of their own, loaded on the first Word file. */
function docxModules() {
  return Promise.all([
    import(/* webpackChunkName: "docx" */ '../../workbook/docx/docxPlan'),
    import(/* webpackChunkName: "docx" */ '../../core/docx/appendixSheetWrite'),
  ]);
}

const WORD_EXTENSION = /\.docx?$/i;

/**
 * Whether a picked or dropped file is a Word document (.docx; a .doc is told what to do).
 *
 * @example
 * isWordFileName('ke-hoach.docx') // true
 */
export function isWordFileName(name: string): boolean {
  return WORD_EXTENSION.test(name);
}

/** `accept` of the Word file input. */
export const WORD_FILE_ACCEPT = ['.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'].join(',');

/**
 * Reads a picked .docx into its plan sheet. Throws `WorkbookOpenError` (one Vietnamese
 * sentence) for a file that cannot be read or holds no plan table.
 */
export async function openWordPlan(file: PickedFile): Promise<OpenedWordPlan> {
  const [{ readDocxPlanSheet }] = await docxModules();
  return { fileName: file.name, sheet: readDocxPlanSheet(file.bytes, file.name) };
}

/**
 * File mode: a new empty workbook for a Word plan, named after the document (the result
 * downloads as "<tên> (Kiểm soát TTHC).xlsx").
 */
export async function wordPlanSession(word: OpenedWordPlan): Promise<WorkbookSession> {
  const { FileWorkbook } = await import(/* webpackChunkName: "file-workbook" */ '../../workbook/file/fileWorkbook');
  const workbook = FileWorkbook.create(word.fileName);
  return { mode: 'file', workbook, fileName: word.fileName, save: () => workbook.save() };
}

/** The plan of a Word file, read as the sheet a paste gives (with the reader's notes on the choice of table). */
export function readWordPlan(word: OpenedWordPlan): PlanReading {
  const { plan, findings } = readPlanTable([word.sheet.grid]);
  return { plan, findings: [...word.sheet.findings, ...findings], grids: [word.sheet.grid] };
}

/**
 * Writes the Word plan's table into a new sheet of the workbook ("Phụ lục", or "Phụ lục (2)" …
 * when taken): one write plan with the merges, borders, wrap and column widths; nothing else
 * changes. Returns the sheet's name.
 */
export async function writeWordPlan(workbook: Workbook, word: OpenedWordPlan): Promise<string> {
  const [, { appendixSheetWritePlan, freeSheetName }] = await docxModules();
  const name = freeSheetName(await workbook.sheetNames());
  await workbook.apply(appendixSheetWritePlan(word.sheet, { name }));
  return name;
}
