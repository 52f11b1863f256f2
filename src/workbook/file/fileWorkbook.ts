import type ExcelJS from 'exceljs';
import type { CellRange, SheetGrid } from '../../core/grid';
import type { WritePlan } from '../../core/write/writePlan';
import type { Workbook } from '../workbook';
import { isListSheet } from '../listSources';
import { applyWritePlan } from './applyWritePlan';
import { modifiedAtOf } from './coreProperties';
import { FastXlsx, UnexpectedXlsxError } from './fastXlsx';
import { gridOfWorksheet } from './readXlsx';
import { sniffWorkbookBytes, WorkbookOpenError } from './workbookOpenError';

export { MAX_FILE_BYTES, sniffWorkbookBytes, WorkbookOpenError } from './workbookOpenError';

type ExcelJSModule = typeof ExcelJS;

let excelJS: ExcelJSModule | undefined;

/** exceljs, loaded on the first write (in the task pane it is a lazy chunk of its own). */
async function loadExcelJS(): Promise<ExcelJSModule> {
  excelJS ??= (await import(/* webpackChunkName: "exceljs" */ 'exceljs')).default;
  return excelJS;
}

function copyGrid(grid: SheetGrid): SheetGrid {
  return { name: grid.name, values: grid.values.map((line) => line.slice()), merges: grid.merges.map((m) => ({ ...m })) };
}

/**
 * An .xlsx workbook in memory. Reading goes through {@link FastXlsx} (values only, no
 * workbook model); exceljs loads the file only when it is written (`apply`, `save`,
 * `excelBook`), and from then on reads go through exceljs so they show what was written.
 */
export class FileWorkbook implements Workbook {
  private excel: ExcelJS.Workbook | undefined;
  private excelLoading: Promise<ExcelJS.Workbook> | undefined;
  private readonly grids = new Map<string, SheetGrid>();

  private constructor(
    readonly file: string,
    private readonly bytes: Uint8Array | undefined,
    private fast: FastXlsx | undefined,
  ) {}

  /**
   * Opens .xlsx bytes. Throws {@link WorkbookOpenError} with a Vietnamese sentence when the
   * bytes are not a readable workbook.
   */
  static async open(bytes: Uint8Array, file: string): Promise<FileWorkbook> {
    const wrong = sniffWorkbookBytes(bytes, file);
    if (wrong) throw wrong;
    let fast: FastXlsx | undefined;
    try {
      fast = FastXlsx.open(bytes, file);
    } catch (err) {
      if (!(err instanceof UnexpectedXlsxError)) throw err;
    }
    const book = new FileWorkbook(file, bytes, fast);
    // A layout the fast reader does not know: exceljs reads it (or says it is broken).
    if (!fast) await book.excelBook();
    return book;
  }

  /** A new empty workbook (for output files). */
  static create(file: string): FileWorkbook {
    const book = new FileWorkbook(file, undefined, undefined);
    if (excelJS) book.excel = new excelJS.Workbook();
    return book;
  }

  /**
   * The exceljs workbook, once loaded (after `create` with exceljs already loaded, or after
   * `apply`, `save` or `excelBook`). Throws before: use {@link excelBook}.
   */
  get book(): ExcelJS.Workbook {
    if (!this.excel) throw new Error('FileWorkbook.book: exceljs is not loaded yet; await workbook.excelBook() first');
    return this.excel;
  }

  /** The exceljs workbook, loading exceljs and the file's bytes into it on the first call. */
  async excelBook(): Promise<ExcelJS.Workbook> {
    if (this.excel) return this.excel;
    this.excelLoading ??= this.loadExcel();
    this.excel = await this.excelLoading;
    // Reads now go through exceljs: they must show what is written from here on.
    this.fast = undefined;
    this.grids.clear();
    return this.excel;
  }

  private async loadExcel(): Promise<ExcelJS.Workbook> {
    const { Workbook: ExcelWorkbook } = await loadExcelJS();
    const book = new ExcelWorkbook();
    if (!this.bytes) return book;
    try {
      await book.xlsx.load(this.bytes as unknown as ArrayBuffer);
    } catch {
      throw new WorkbookOpenError(this.file, `Không đọc được tệp "${this.file}": tệp .xlsx bị hỏng hoặc không phải sổ tính Excel.`);
    }
    return book;
  }

  /** Sheet names in tab order, without the add-in's hidden list sheets. */
  async sheetNames(): Promise<string[]> {
    const names = this.excel ? this.excel.worksheets.map((ws) => ws.name) : (this.fast?.sheetNames() ?? []);
    return names.filter((name) => !isListSheet(name));
  }

  async readSheet(name: string): Promise<SheetGrid> {
    if (this.fast) {
      const cached = this.grids.get(name);
      if (cached) return copyGrid(cached);
      try {
        const grid = this.fast.readSheet(name);
        this.grids.set(name, grid);
        return copyGrid(grid);
      } catch (err) {
        if (!(err instanceof UnexpectedXlsxError)) throw err;
        await this.excelBook();
      }
    }
    const ws = (await this.excelBook()).getWorksheet(name);
    if (!ws) throw new Error(`readSheet: no sheet named "${name}"`);
    return gridOfWorksheet(ws);
  }

  /** Applies a write plan in memory (see {@link applyWritePlan}); `save()` gives the bytes. */
  async apply(plan: WritePlan): Promise<void> {
    applyWritePlan(await this.excelBook(), plan);
  }

  /** The opened file's own last-saved time (a created workbook has none). */
  async modifiedAt(): Promise<string | null> {
    return this.bytes ? modifiedAtOf(this.bytes) : null;
  }

  async select(sheet: string, range: CellRange): Promise<void> {
    void sheet;
    void range;
  }

  /** The workbook as .xlsx bytes. */
  async save(): Promise<Uint8Array> {
    const buf = await (await this.excelBook()).xlsx.writeBuffer();
    return new Uint8Array(buf as ArrayBuffer);
  }
}
