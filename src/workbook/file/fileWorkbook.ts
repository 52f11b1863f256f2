import type ExcelJS from 'exceljs';
import type { CellRange, CellValue, SheetGrid, SheetSizes } from '../../core/grid';
import type { WritePlan } from '../../core/write/writePlan';
import type { TemplateFill } from '../../core/forms/templateFill';
import type { TemplateSheets, Workbook } from '../workbook';
import { isListSheet } from '../listSources';
import { checkSetting, isSettingsSheet, SETTINGS_SHEET } from '../settingsSheet';
import { applyWritePlan, chartsOf } from './applyWritePlan';
import { addChartsToXlsx } from './xlsxCharts';
import { boundForExceljs } from './exceljsGuard';
import { copyTemplateSheets, fillTemplateBook } from './fillTemplate';
import { validateTemplateFill } from '../validateTemplateFill';
import { modifiedAtOf } from './coreProperties';
import { FastXlsx, UnexpectedXlsxError } from './fastXlsx';
import type { GridReader } from './gridReader';
import { gridOfWorksheet, sizesOfWorksheet } from './readXlsx';
import { workbookFormatOf } from './workbookFormat';
import { brokenFileMessage, sniffWorkbookBytes, WorkbookOpenError } from './workbookOpenError';

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
 * A workbook file in memory. Reading goes through a {@link GridReader} (values only, no
 * workbook model): {@link FastXlsx} for .xlsx, SheetJS for .xls, .ods and .xlsb (loaded
 * only for those). exceljs loads the file only when it is written (`apply`, `save`,
 * `excelBook`), and from then on reads go through exceljs so they show what was written;
 * an .xls, .ods or .xlsb is handed to it converted to .xlsx, so results are always .xlsx.
 */
export class FileWorkbook implements Workbook {
  private excel: ExcelJS.Workbook | undefined;
  private excelLoading: Promise<ExcelJS.Workbook> | undefined;
  private readonly grids = new Map<string, SheetGrid>();

  private constructor(
    readonly file: string,
    private readonly bytes: Uint8Array | undefined,
    private reader: GridReader | undefined,
    /** The file's format: anything but `xlsx` was converted to .xlsx for writing. */
    readonly format: 'xlsx' | 'xls' | 'ods' | 'xlsb' = 'xlsx',
    /** The workbook as .xlsx bytes, for a file in another format. */
    private readonly convertToXlsx?: () => Uint8Array,
  ) {}

  /**
   * Opens .xlsx bytes. Throws {@link WorkbookOpenError} with a Vietnamese sentence when the
   * bytes are not a readable workbook.
   */
  static async open(bytes: Uint8Array, file: string): Promise<FileWorkbook> {
    const wrong = sniffWorkbookBytes(bytes, file);
    if (wrong) throw wrong;
    const format = workbookFormatOf(bytes);
    if (format !== 'xlsx') {
      const { SheetJsReader } = await import(/* webpackChunkName: "sheetjs" */ './sheetJsReader');
      const reader = SheetJsReader.open(bytes, file, format);
      // exceljs reads the .xlsx the reader writes, only if the officer's result is written.
      return new FileWorkbook(file, undefined, reader, format === 'ole' ? 'xls' : format, () => reader.toXlsx());
    }
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
    this.reader = undefined;
    this.grids.clear();
    return this.excel;
  }

  private async loadExcel(): Promise<ExcelJS.Workbook> {
    const { Workbook: ExcelWorkbook } = await loadExcelJS();
    const book = new ExcelWorkbook();
    const bytes = this.bytes ?? this.convertToXlsx?.();
    if (!bytes) return book;
    // Merged areas cut to the cells, huge sheets refused: exceljs has no cap of its own.
    const bounded = boundForExceljs(bytes, this.file);
    // exceljs writes warnings to the console (a sheet name cut to 31 characters): library text
    // an officer would see on kstthc's stderr. They are dropped while it loads.
    /* eslint-disable no-console -- silencing exceljs' console, not logging */
    const warn = console.warn;
    console.warn = () => undefined;
    /* eslint-enable no-console */
    try {
      await book.xlsx.load(bounded as unknown as ArrayBuffer);
    } catch {
      throw new WorkbookOpenError(this.file, brokenFileMessage(this.file));
    } finally {
      // eslint-disable-next-line no-console -- restoring the console after exceljs
      console.warn = warn;
    }
    return book;
  }

  /** Sheet names in tab order, without the add-in's hidden list sheets. */
  async sheetNames(): Promise<string[]> {
    const names = this.excel ? this.excel.worksheets.map((ws) => ws.name) : (this.reader?.sheetNames() ?? []);
    return names.filter((name) => !isListSheet(name) && !isSettingsSheet(name));
  }

  async readSheet(name: string): Promise<SheetGrid> {
    if (this.reader) {
      const cached = this.grids.get(name);
      if (cached) return copyGrid(cached);
      try {
        const grid = this.reader.readSheet(name);
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

  /**
   * The sheet's column widths and row heights as the file sets them (through exceljs, which
   * the write that needs them loads anyway); null for a sheet that does not exist.
   */
  async sheetSizes(name: string): Promise<SheetSizes | null> {
    const ws = (await this.excelBook()).getWorksheet(name);
    return ws ? sizesOfWorksheet(ws) : null;
  }

  /** Applies a write plan in memory (see {@link applyWritePlan}); `save()` gives the bytes. A file takes every setting: no notes. */
  async apply(plan: WritePlan): Promise<string[]> {
    applyWritePlan(await this.excelBook(), plan);
    return [];
  }

  /** Copies the template's sheets in (when given) and fills them, in memory; `save()` gives the bytes. */
  async fillTemplate(fill: TemplateFill, copy?: TemplateSheets): Promise<void> {
    const book = await this.excelBook();
    // Checked against the names it will have before any sheet is copied in.
    validateTemplateFill(fill, [...book.worksheets.map((ws) => ws.name), ...(copy?.sheets.map((s) => s.to) ?? [])]);
    if (copy) {
      const template = await (await FileWorkbook.open(copy.bytes, 'bieu-mau.xlsx')).excelBook();
      copyTemplateSheets(book, template, copy.sheets);
    }
    // A copied template's formulas can only refer to its own copied sheets; the officer's other sheets are not walked.
    fillTemplateBook(book, fill, copy ? { formulaSheets: copy.sheets.map((s) => s.to) } : {});
  }

  /** The opened file's own last-saved time (a created workbook has none). */
  async modifiedAt(): Promise<string | null> {
    return this.bytes ? modifiedAtOf(this.bytes) : null;
  }

  async select(sheet: string, range: CellRange): Promise<void> {
    void sheet;
    void range;
  }

  /** A setting from the add-in's very hidden settings sheet (key in A, value in B). */
  async getSetting(key: string): Promise<string | null> {
    return (await this.getSettings([key]))[0];
  }

  /** Settings from the settings sheet, read once for all of them. */
  async getSettings(keys: readonly string[]): Promise<(string | null)[]> {
    for (const key of keys) checkSetting(key, null);
    let values: CellValue[][] = [];
    if (this.reader) {
      const name = this.reader.sheetNames().find(isSettingsSheet);
      if (name !== undefined) values = (await this.readSheet(name)).values;
    } else {
      const ws = (await this.excelBook()).worksheets.find((w) => isSettingsSheet(w.name));
      if (ws) values = gridOfWorksheet(ws).values;
    }
    return keys.map((key) => {
      const line = values.find((l) => l[0] === key);
      if (!line) return null;
      const value = line[1];
      return value === null || value === undefined ? '' : String(value);
    });
  }

  /** Writes (or removes) a setting in the settings sheet, made very hidden on first use; saved with the file. */
  async setSetting(key: string, value: string | null): Promise<void> {
    checkSetting(key, value);
    const book = await this.excelBook();
    let ws = book.worksheets.find((w) => isSettingsSheet(w.name));
    if (!ws) {
      if (value === null) return;
      ws = book.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
    }
    let row = 0;
    for (let r = 1; r <= ws.rowCount; r++) {
      if (ws.getCell(r, 1).value === key) {
        row = r;
        break;
      }
    }
    if (value === null) {
      if (row > 0) ws.spliceRows(row, 1);
      return;
    }
    if (row === 0) row = ws.rowCount + 1;
    // Plain strings: exceljs writes them as shared strings, never as formulas.
    ws.getCell(row, 1).value = key;
    ws.getCell(row, 2).value = value;
    this.grids.clear();
  }

  /** The workbook as .xlsx bytes, with the charts the write plans drew (exceljs writes none). */
  async save(): Promise<Uint8Array> {
    const book = await this.excelBook();
    const buf = await book.xlsx.writeBuffer();
    return addChartsToXlsx(new Uint8Array(buf as ArrayBuffer), chartsOf(book));
  }
}
