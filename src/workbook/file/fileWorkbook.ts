import ExcelJS from 'exceljs';
import type { CellRange, SheetGrid } from '../../core/grid';
import type { WritePlan } from '../../core/write/writePlan';
import type { Workbook } from '../workbook';
import { isListSheet } from '../listSources';
import { applyWritePlan } from './applyWritePlan';
import { gridOfWorksheet } from './readXlsx';
import { checkZipLimits, DEFAULT_ZIP_LIMITS } from './zipLimits';

/**
 * A file the officer gave could not be opened as a workbook. `message` is a Vietnamese
 * sentence for the officer; `file` names the file.
 */
export class WorkbookOpenError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'WorkbookOpenError';
  }
}

/** Largest file the add-in opens (bigger files are almost surely not a unit's report). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/**
 * Checks the bytes before exceljs sees them, so each kind of wrong file gets its own sentence.
 * Returns null when the bytes look like an .xlsx zip.
 */
export function sniffWorkbookBytes(bytes: Uint8Array, file: string): WorkbookOpenError | null {
  if (bytes.length === 0) return new WorkbookOpenError(file, `Tệp "${file}" rỗng (0 byte), không phải sổ tính Excel.`);
  if (bytes.length > MAX_FILE_BYTES) {
    return new WorkbookOpenError(file, `Tệp "${file}" quá lớn (${Math.round(bytes.length / 1048576)} MB; tối đa ${MAX_FILE_BYTES / 1048576} MB).`);
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    return new WorkbookOpenError(
      file,
      `Tệp "${file}" là định dạng Excel cũ (.xls) hoặc đã được đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu nếu có và lưu lại dưới dạng .xlsx.`,
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC)) return new WorkbookOpenError(file, `Tệp "${file}" không phải sổ tính Excel (.xlsx).`);
  const zip = checkZipLimits(bytes);
  if (!zip.ok && zip.reason === 'not-zip') {
    return new WorkbookOpenError(file, `Không đọc được tệp "${file}": tệp .xlsx bị hỏng hoặc không phải sổ tính Excel.`);
  }
  if (!zip.ok) {
    // A workbook that inflates past the limit is a zip bomb or far bigger than any plan or report.
    const limit = Math.round(DEFAULT_ZIP_LIMITS.maxUncompressedBytes / 1048576);
    return new WorkbookOpenError(
      file,
      zip.reason === 'too-large'
        ? `Tệp "${file}" khi giải nén vượt quá ${limit} MB: quá lớn để mở an toàn (có thể là tệp độc hại).`
        : `Tệp "${file}" chứa quá nhiều thành phần (${zip.entries}): không mở.`,
    );
  }
  return null;
}

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
