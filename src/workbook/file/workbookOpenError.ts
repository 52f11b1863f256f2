import { workbookFormatOf } from './workbookFormat';
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

/**
 * The sentence for an .xlsx that cannot be read (a download cut short, a damaged file).
 *
 * @example
 * brokenFileMessage('kh.xlsx') // 'Không đọc được tệp "kh.xlsx": tệp .xlsx bị hỏng …'
 */
export function brokenFileMessage(file: string): string {
  return `Không đọc được tệp "${file}": tệp .xlsx bị hỏng hoặc không phải sổ tính Excel. Hãy mở tệp bằng Excel và lưu lại, hoặc xin lại tệp từ người gửi, rồi thử lại.`;
}

/** Largest file the add-in opens (bigger files are almost surely not a unit's report). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/**
 * Checks the bytes before a reader sees them, so each kind of wrong file gets its own sentence.
 * Returns null when the bytes look like a workbook a reader opens: an .xlsx, .ods or .xlsb zip
 * within the size limits, or an OLE file (.xls or encrypted: its reader tells which).
 */
export function sniffWorkbookBytes(bytes: Uint8Array, file: string): WorkbookOpenError | null {
  if (bytes.length === 0) return new WorkbookOpenError(file, `Tệp "${file}" rỗng (0 byte), không phải sổ tính Excel: hãy chọn lại đúng tệp .xlsx.`);
  if (bytes.length > MAX_FILE_BYTES) {
    return new WorkbookOpenError(file, `Tệp "${file}" quá lớn (${Math.round(bytes.length / 1048576)} MB; tối đa ${MAX_FILE_BYTES / 1048576} MB): hãy chọn đúng tệp, hoặc xoá các trang tính, hình ảnh không cần rồi lưu lại.`);
  }
  if (startsWith(bytes, OLE_MAGIC)) return null;
  if (!startsWith(bytes, ZIP_MAGIC)) return new WorkbookOpenError(file, `Tệp "${file}" không phải sổ tính Excel (.xlsx, .xls, .ods): hãy chọn đúng tệp.`);
  const zip = checkZipLimits(bytes);
  if (!zip.ok && zip.reason === 'not-zip') {
    return new WorkbookOpenError(file, brokenFileMessage(file));
  }
  if (!zip.ok) {
    // A workbook that inflates past the limit is a zip bomb or far bigger than any plan or report.
    const limit = Math.round(DEFAULT_ZIP_LIMITS.maxUncompressedBytes / 1048576);
    return new WorkbookOpenError(
      file,
      zip.reason === 'too-large'
        ? `Tệp "${file}" khi giải nén vượt quá ${limit} MB: quá lớn để mở an toàn (có thể là tệp độc hại). Hãy xin lại tệp từ người gửi.`
        : `Tệp "${file}" chứa quá nhiều thành phần (${zip.entries}): không mở. Hãy xin lại tệp từ người gửi.`,
    );
  }
  if (!zip.hasExcelParts && workbookFormatOf(bytes) !== 'ods') {
    return new WorkbookOpenError(
      file,
      zip.hasWordParts
        ? `Tệp "${file}" là văn bản Word (.docx) được đổi tên, không phải sổ tính Excel: hãy đổi đuôi tệp về .docx rồi mở bằng "Mở kế hoạch từ tệp Word (.docx)" (hoặc kstthc plan tệp.docx).`
        : `Tệp "${file}" không phải sổ tính Excel (.xlsx): trong tệp nén không có phần nào của Excel. Hãy chọn đúng tệp .xlsx.`,
    );
  }
  return null;
}
