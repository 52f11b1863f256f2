import ExcelJS from 'exceljs';
import type { CellRange, SheetGrid } from '../../core/grid';
import type { WritePlan } from '../../core/write/writePlan';
import type { Workbook } from '../workbook';
import { isListSheet } from '../listSources';
import { applyWritePlan } from './applyWritePlan';
import { gridOfWorksheet } from './readXlsx';
import { sniffWorkbookBytes, WorkbookOpenError } from './workbookOpenError';

export { MAX_FILE_BYTES, sniffWorkbookBytes, WorkbookOpenError } from './workbookOpenError';

/** An .xlsx workbook in memory, read and written through exceljs. */
export class FileWorkbook implements Workbook {
  private constructor(
    readonly file: string,
    readonly book: ExcelJS.Workbook,
  ) {}

  /**
   * Opens .xlsx bytes. Throws {@link WorkbookOpenError} with a Vietnamese sentence when the
   * bytes are not a readable workbook.
   */
  static async open(bytes: Uint8Array, file: string): Promise<FileWorkbook> {
    const wrong = sniffWorkbookBytes(bytes, file);
    if (wrong) throw wrong;
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw new WorkbookOpenError(file, `Không đọc được tệp "${file}": tệp .xlsx bị hỏng hoặc không phải sổ tính Excel.`);
    }
    return new FileWorkbook(file, book);
  }

  /** A new empty workbook (for output files). */
  static create(file: string): FileWorkbook {
    return new FileWorkbook(file, new ExcelJS.Workbook());
  }

  /** Sheet names in tab order, without the add-in's hidden list sheets. */
  async sheetNames(): Promise<string[]> {
    return this.book.worksheets.map((ws) => ws.name).filter((name) => !isListSheet(name));
  }

  async readSheet(name: string): Promise<SheetGrid> {
    const ws = this.book.getWorksheet(name);
    if (!ws) throw new Error(`readSheet: no sheet named "${name}"`);
    return gridOfWorksheet(ws);
  }

  /** Applies a write plan in memory (see {@link applyWritePlan}); `save()` gives the bytes. */
  async apply(plan: WritePlan): Promise<void> {
    applyWritePlan(this.book, plan);
  }

  async select(sheet: string, range: CellRange): Promise<void> {
    void sheet;
    void range;
  }

  /** The workbook as .xlsx bytes. */
  async save(): Promise<Uint8Array> {
    const buf = await this.book.xlsx.writeBuffer();
    return new Uint8Array(buf as ArrayBuffer);
  }
}
