/**
 * Reads a zip's central directory (no decompression) so a zip bomb or an absurdly large
 * workbook is refused before exceljs inflates it.
 */
export interface ZipLimits {
  /** Sum of the declared uncompressed sizes. */
  maxUncompressedBytes: number;
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxUncompressedBytes: 400 * 1024 * 1024,
  maxEntries: 10_000,
};

export type ZipCheck =
  | { ok: true; entries: number; uncompressedBytes: number; hasExcelParts: boolean; hasWordParts: boolean }
  | { ok: false; reason: 'not-zip' | 'too-many-entries' | 'too-large'; entries: number; uncompressedBytes: number };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

/**
 * Declared entry count and uncompressed size of a zip, checked against limits.
 *
 * @example
 * checkZipLimits(xlsxBytes) // { ok: true, entries: 9, uncompressedBytes: 23411 }
 */
export function checkZipLimits(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: 'not-zip', entries: 0, uncompressedBytes: 0 };
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  let total = 0;
  let entries = 0;
  let hasExcelParts = false;
  let hasWordParts = false;
  const decoder = new TextDecoder();
  for (; entries < count; entries++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) {
      return { ok: false, reason: 'not-zip', entries, uncompressedBytes: total };
    }
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    // The part names say what kind of Office file this is (a .docx renamed to .xlsx has word/, no xl/).
    const prefix = decoder.decode(bytes.subarray(offset + 46, offset + 46 + Math.min(nameLength, 5))).toLowerCase();
    if (prefix.startsWith('xl/')) hasExcelParts = true;
    else if (prefix.startsWith('word/')) hasWordParts = true;
    // 0xFFFFFFFF means a ZIP64 size: far past any limit we accept for a workbook part.
    total += size === 0xffffffff ? Number.MAX_SAFE_INTEGER / 2 : size;
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    if (total > limits.maxUncompressedBytes) return { ok: false, reason: 'too-large', entries: entries + 1, uncompressedBytes: total };
  }
  if (count > limits.maxEntries) return { ok: false, reason: 'too-many-entries', entries: count, uncompressedBytes: total };
  return { ok: true, entries: count, uncompressedBytes: total, hasExcelParts, hasWordParts };
}
