import { CFB, read, write, type ParsingOptions, type WorkBook, type WorkSheet } from '@e965/xlsx';
import type { SheetGrid } from '../../core/grid';
import { MAX_SHEET_CELLS } from './fastXlsx';
import type { GridReader } from './gridReader';
import { oversizedOdsSheet } from './odsSheetSize';
import { gridOfSheetJs } from './sheetJsGrid';
import type { WorkbookFormat } from './workbookFormat';
import { WorkbookOpenError } from './workbookOpenError';

/**
 * Reads the workbook formats the .xlsx reader does not: BIFF8 .xls (Excel 97-2003, what
 * many one-stop systems export), .ods (LibreOffice) and .xlsb, through SheetJS Community
 * Edition (`@e965/xlsx`). This module is loaded only when such a file arrives (its own lazy
 * chunk in the task pane), so the .xlsx path never pays for the parser.
 */

type OtherFormat = Exclude<WorkbookFormat, 'xlsx'>;

/** How each format is named to the officer, and what to do when its file is broken. */
const BROKEN: Record<OtherFormat, string> = {
  ole: 'tệp Excel cũ (.xls) bị hỏng: hãy mở bằng Excel và lưu lại dưới dạng .xlsx',
  ods: 'tệp LibreOffice (.ods) bị hỏng: hãy mở bằng LibreOffice Calc và lưu lại dưới dạng .xlsx',
  xlsb: 'tệp Excel nhị phân (.xlsb) bị hỏng: hãy mở bằng Excel và lưu lại dưới dạng .xlsx',
};

/** Streams of an OLE container that say an OOXML workbook inside is encrypted (MS-OFFCRYPTO). */
const ENCRYPTION_STREAMS = ['encryptioninfo', 'encryptedpackage'];
/** The stream holding a BIFF workbook: `Workbook` (BIFF8, Excel 97+) or `Book` (BIFF5, Excel 95). */
const WORKBOOK_STREAMS = ['workbook', 'book'];

const READ_OPTIONS: ParsingOptions = {
  type: 'array',
  dense: true,
  // Numbers stay numbers with their format, so dates go through one conversion for every format.
  cellDates: false,
  cellNF: true,
  cellText: false,
  cellHTML: false,
  cellFormula: false,
  cellStyles: false,
  bookVBA: false,
};

function passwordMessage(file: string): string {
  return `Tệp "${file}" có mật khẩu: hãy mở bằng Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi chọn lại tệp.`;
}

/** Whether the bytes hold a directory entry name (UTF-16LE, any letter case). */
function containsUtf16Name(bytes: Uint8Array, name: string): boolean {
  const lower = name.toLowerCase();
  const upper = name.toUpperCase();
  outer: for (let i = 0; i + 2 * name.length <= bytes.length; i++) {
    for (let k = 0; k < name.length; k++) {
      const b = bytes[i + 2 * k];
      if ((b !== lower.charCodeAt(k) && b !== upper.charCodeAt(k)) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * What an OLE container holds, from its stream names: an encrypted workbook, a BIFF
 * workbook, or some other Office document (a Word .doc renamed).
 */
function oleKind(bytes: Uint8Array): 'encrypted' | 'biff' | 'other' | 'broken' {
  let names: string[];
  try {
    names = (CFB.read(bytes, { type: 'array' }) as { FileIndex: { name: string }[] }).FileIndex.map((e) => e.name.toLowerCase());
  } catch {
    // A damaged or cut-off container: its directory may still name the encryption streams.
    return ENCRYPTION_STREAMS.some((n) => containsUtf16Name(bytes, n)) ? 'encrypted' : 'broken';
  }
  if (names.some((n) => ENCRYPTION_STREAMS.includes(n))) return 'encrypted';
  if (names.some((n) => WORKBOOK_STREAMS.includes(n))) return 'biff';
  return 'other';
}

/** The cell cap's sentence, worded as the .xlsx reader's. */
function tooLarge(file: string, sheet: string, maxCells: number): WorkbookOpenError {
  return new WorkbookOpenError(file, `Trang tính "${sheet}" của tệp "${file}" có hơn ${maxCells.toLocaleString('vi-VN')} ô: quá lớn để đọc.`);
}

const CONSOLE_METHODS = ['log', 'warn', 'error', 'info', 'debug'] as const;

/** Runs the parser with its console output withheld: it notes things in English for developers. */
function quietly<T>(run: () => T): T {
  const target = console;
  const saved = CONSOLE_METHODS.map((m) => target[m]);
  for (const m of CONSOLE_METHODS) target[m] = () => undefined;
  try {
    return run();
  } finally {
    CONSOLE_METHODS.forEach((m, i) => (target[m] = saved[i]));
  }
}

/** An .xls, .ods or .xlsb workbook read into memory, giving grids like the .xlsx reader. */
export class SheetJsReader implements GridReader {
  private readonly names: string[];
  private readonly byName = new Map<string, string>();

  private constructor(
    private readonly file: string,
    private readonly book: WorkBook,
    private readonly maxCells: number,
  ) {
    this.names = [];
    for (const original of book.SheetNames) {
      const sheet = book.Sheets[original];
      // Chart, macro and dialog sheets have no grid (the .xlsx reader leaves chart sheets out too).
      if (!sheet || (sheet['!type'] !== undefined && sheet['!type'] !== 'sheet')) continue;
      // Excel's 31-character limit, as the .xlsx reader applies it: writes through exceljs need it.
      const name = original.slice(0, 31);
      this.names.push(name);
      this.byName.set(name, original);
    }
  }

  /**
   * Parses the bytes. Throws {@link WorkbookOpenError} with a Vietnamese sentence for an
   * encrypted file, an Office file that is no workbook, or a broken one.
   */
  static open(bytes: Uint8Array, file: string, format: OtherFormat, options: { maxCells?: number } = {}): SheetJsReader {
    if (format === 'ole') {
      const kind = oleKind(bytes);
      if (kind === 'encrypted') throw new WorkbookOpenError(file, passwordMessage(file));
      if (kind === 'other') {
        throw new WorkbookOpenError(file, `Tệp "${file}" là một tài liệu Office khác (ví dụ văn bản Word .doc), không có trang tính Excel: hãy chọn đúng tệp sổ tính.`);
      }
      if (kind === 'broken') throw new WorkbookOpenError(file, `Không đọc được tệp "${file}": ${BROKEN.ole}.`);
    }
    const maxCells = options.maxCells ?? MAX_SHEET_CELLS;
    const oversized = format === 'ods' ? oversizedOdsSheet(bytes, maxCells) : null;
    if (oversized) throw tooLarge(file, oversized.name, maxCells);
    let book: WorkBook;
    try {
      book = quietly(() => read(bytes, READ_OPTIONS));
    } catch (err) {
      // An .xls can be encrypted inside its Workbook stream (a FILEPASS record) rather than as OOXML.
      if (err instanceof Error && /password/i.test(err.message)) throw new WorkbookOpenError(file, passwordMessage(file));
      throw new WorkbookOpenError(file, `Không đọc được tệp "${file}": ${BROKEN[format]}.`);
    }
    return new SheetJsReader(file, book, maxCells);
  }

  sheetNames(): string[] {
    return this.names.slice();
  }

  readSheet(name: string): SheetGrid {
    const original = this.byName.get(name);
    const sheet = original === undefined ? undefined : this.book.Sheets[original];
    if (!sheet) throw new Error(`readSheet: no sheet named "${name}"`);
    return gridOfSheetJs(name, sheet, {
      date1904: this.book.Workbook?.WBProps?.date1904 === true,
      maxCells: this.maxCells,
      tooLarge: () => tooLarge(this.file, name, this.maxCells),
    });
  }

  /**
   * The workbook as .xlsx bytes (values, number formats and merges; SheetJS CE writes no
   * fonts, fills or borders), for exceljs when the officer's result is written.
   */
  toXlsx(): Uint8Array {
    const sheetFor = (name: string): WorkSheet => {
      const sheet = this.book.Sheets[this.byName.get(name) as string];
      // SheetJS's .xlsx writer stops at a row missing from a dense sheet: give it empty rows.
      return { ...sheet, '!data': Array.from(sheet['!data'] ?? [], (row) => row ?? []) };
    };
    const renamed: WorkBook = {
      SheetNames: this.names,
      Sheets: Object.fromEntries(this.names.map((n) => [n, sheetFor(n)])),
      Workbook: { WBProps: { date1904: this.book.Workbook?.WBProps?.date1904 === true } },
    };
    return new Uint8Array(quietly(() => write(renamed, { type: 'array', bookType: 'xlsx', compression: true })) as ArrayBuffer);
  }
}
