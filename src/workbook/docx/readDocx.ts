import { unzipSync } from 'fflate';
import type { WordDocument } from '../../core/docx/wordDocument';
import { MAX_FILE_BYTES, WorkbookOpenError } from '../file/workbookOpenError';
import { checkZipLimits, DEFAULT_ZIP_LIMITS } from '../file/zipLimits';
import { MAX_DOCUMENT_CELLS, MAX_TABLE_NESTING, readWordBody, WordStructureError } from './wordBody';
import { WordNumbering } from './wordNumbering';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Largest main document part read (a 1 000-task plan is about 2 MB of XML). */
export const MAX_DOCUMENT_PART_BYTES = 100 * 1024 * 1024;

const MAIN_PART = 'word/document.xml';
const NUMBERING_PART = 'word/numbering.xml';
const STYLES_PART = 'word/styles.xml';

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/**
 * The sentence for a .docx that cannot be read (a download cut short, a damaged file).
 *
 * @example
 * brokenDocxMessage('kh.docx') // 'Không đọc được tệp "kh.docx": tệp .docx bị hỏng …'
 */
function brokenDocxMessage(file: string): string {
  return `Không đọc được tệp "${file}": tệp .docx bị hỏng hoặc không phải văn bản Word. Hãy mở tệp bằng Word và lưu lại, hoặc xin lại tệp từ người gửi, rồi thử lại.`;
}

/** Text of a part: UTF-8, or UTF-16 when it starts with a byte-order mark (XML allows both). */
function partText(data: Uint8Array): string {
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  return new TextDecoder().decode(data);
}

/** Refuses what the bytes cannot be before unzipping: empty, too big, a .doc, not a zip, a zip bomb. */
function refuseUnreadable(bytes: Uint8Array, file: string): void {
  if (bytes.length === 0) throw new WorkbookOpenError(file, `Tệp "${file}" rỗng (0 byte), không phải văn bản Word: hãy chọn lại đúng tệp .docx.`);
  if (bytes.length > MAX_FILE_BYTES) {
    throw new WorkbookOpenError(file, `Tệp "${file}" quá lớn (${Math.round(bytes.length / 1048576)} MB; tối đa ${MAX_FILE_BYTES / 1048576} MB): hãy chọn đúng tệp kế hoạch, hoặc xoá hình ảnh không cần rồi lưu lại.`);
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new WorkbookOpenError(
      file,
      `Tệp "${file}" là văn bản Word 97-2003 (.doc), chưa đọc trực tiếp được: hãy mở tệp bằng Word, lưu lại dưới dạng .docx rồi mở tệp .docx đó.`,
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new WorkbookOpenError(file, `Tệp "${file}" không phải văn bản Word (.docx): hãy chọn đúng tệp kế hoạch.`);
  const zip = checkZipLimits(bytes);
  if (!zip.ok && zip.reason === 'not-zip') throw new WorkbookOpenError(file, brokenDocxMessage(file));
  if (!zip.ok) {
    const limit = Math.round(DEFAULT_ZIP_LIMITS.maxUncompressedBytes / 1048576);
    throw new WorkbookOpenError(
      file,
      zip.reason === 'too-large'
        ? `Tệp "${file}" khi giải nén vượt quá ${limit} MB: quá lớn để mở an toàn (có thể là tệp độc hại). Hãy xin lại tệp từ người gửi.`
        : `Tệp "${file}" chứa quá nhiều thành phần (${zip.entries}): không mở. Hãy xin lại tệp từ người gửi.`,
    );
  }
  if (!zip.hasWordParts) {
    throw new WorkbookOpenError(
      file,
      zip.hasExcelParts
        ? `Tệp "${file}" là sổ tính Excel, không phải văn bản Word (.docx): hãy mở tệp này như một sổ tính.`
        : `Tệp "${file}" không phải văn bản Word (.docx): trong tệp nén không có phần nào của Word. Hãy chọn đúng tệp .docx.`,
    );
  }
}

/**
 * Reads a .docx file's body (SPEC §13) with its list numbers: the zip's directory is checked
 * first against the limits the workbook readers enforce (size, entries, zip bombs), then only
 * the main document, numbering and styles parts are inflated and scanned (no DOM, no entity
 * expansion: a DOCTYPE is refused). Every refusal is a `WorkbookOpenError` with one
 * Vietnamese sentence: empty, too big, a Word 97-2003 .doc, not a zip, damaged, a zip bomb,
 * an Excel workbook, a DOCTYPE (XXE), tables nested dozens deep, millions of cells.
 *
 * @example
 * readDocx(await readFile('ke-hoach.docx'), 'ke-hoach.docx').blocks.length // 214
 */
export function readDocx(bytes: Uint8Array, file: string): WordDocument {
  refuseUnreadable(bytes, file);
  let parts: Record<string, Uint8Array>;
  let tooLarge = false;
  try {
    parts = unzipSync(bytes, {
      filter: (f) => {
        if (f.name !== MAIN_PART && f.name !== NUMBERING_PART && f.name !== STYLES_PART) return false;
        if (f.originalSize > MAX_DOCUMENT_PART_BYTES) {
          tooLarge = true;
          return false;
        }
        return true;
      },
    });
  } catch {
    throw new WorkbookOpenError(file, brokenDocxMessage(file));
  }
  if (tooLarge) {
    throw new WorkbookOpenError(file, `Tệp "${file}" có nội dung văn bản lớn hơn ${MAX_DOCUMENT_PART_BYTES / 1048576} MB: không phải một kế hoạch thông thường, không mở. Hãy xin lại tệp từ người gửi.`);
  }
  const main = parts[MAIN_PART];
  if (!main) throw new WorkbookOpenError(file, brokenDocxMessage(file));
  const texts = [main, parts[NUMBERING_PART], parts[STYLES_PART]].map((p) => (p ? partText(p) : undefined));
  for (const text of texts) {
    // A DOCTYPE sits in the prolog; Word never writes one, and its entities could read or expand anything.
    if (text !== undefined && /<!DOCTYPE/i.test(text.slice(0, 4096))) {
      throw new WorkbookOpenError(
        file,
        `Tệp "${file}" chứa khai báo DOCTYPE (định nghĩa thực thể XML), điều Word không bao giờ ghi, nên có thể là tệp độc hại: không mở. Hãy mở tệp bằng Word, lưu lại rồi thử lại.`,
      );
    }
  }
  try {
    return readWordBody(texts[0] as string, new WordNumbering(texts[1], texts[2]));
  } catch (err) {
    if (err instanceof WordStructureError) {
      throw new WorkbookOpenError(
        file,
        err.reason === 'nesting'
          ? `Tệp "${file}" có bảng lồng trong bảng quá ${MAX_TABLE_NESTING} tầng: không phải văn bản kế hoạch thông thường (có thể là tệp độc hại), không mở. Hãy xin lại tệp từ người gửi.`
          : `Tệp "${file}" có hơn ${MAX_DOCUMENT_CELLS.toLocaleString('vi-VN')} ô bảng: không phải văn bản kế hoạch thông thường, không mở. Hãy xin lại tệp từ người gửi.`,
      );
    }
    throw new WorkbookOpenError(file, brokenDocxMessage(file));
  }
}
