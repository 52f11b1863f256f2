/**
 * Spreadsheet files that are not .xlsx, told apart by their bytes, and the one sentence each
 * gets. The sentences are a table in one place so a later reader of .xls/.ods (issue 19)
 * changes them here.
 */

export type OtherFormat = 'xls' | 'encrypted' | 'ole' | 'ods';

/** What the officer reads for each kind (`{file}` is the file's name). */
export const OTHER_FORMAT_MESSAGES: Record<OtherFormat, string> = {
  xls: 'Tệp "{file}" là sổ tính Excel cũ (.xls): hãy mở bằng Excel, chọn Tệp → Lưu thành → Sổ làm việc Excel (.xlsx) rồi dùng tệp .xlsx đó.',
  encrypted:
    'Tệp "{file}" đã được đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hoá bằng mật khẩu, xoá mật khẩu), lưu lại rồi thử lại.',
  ole: 'Tệp "{file}" là định dạng Excel cũ (.xls) hoặc đã được đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu nếu có và lưu lại dưới dạng .xlsx.',
  ods: 'Tệp "{file}" là bảng tính OpenDocument (.ods, của LibreOffice/OpenOffice): hãy mở bằng LibreOffice Calc hoặc Excel, lưu lại dưới dạng .xlsx rồi dùng tệp .xlsx đó.',
};

/**
 * The sentence for a file of another format.
 *
 * @example
 * otherFormatMessage('ods', 'bao-cao.ods') // 'Tệp "bao-cao.ods" là bảng tính OpenDocument (.ods, …'
 */
export function otherFormatMessage(kind: OtherFormat, file: string): string {
  return OTHER_FORMAT_MESSAGES[kind].replace('{file}', file);
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';
const END_OF_CHAIN = 0xfffffffe;
/** Directory sectors followed at most (a workbook's directory is a few sectors). */
const MAX_DIRECTORY_SECTORS = 256;

/**
 * The stream and storage names in an OLE compound file's directory (MS-CFB: header, FAT sectors
 * listed in the header, directory chain from the header's first directory sector; 128-byte
 * entries whose name is UTF-16LE). Empty when the structure does not hold.
 */
export function oleStreamNames(bytes: Uint8Array): string[] {
  if (bytes.length < 512 || !OLE_MAGIC.every((b, i) => bytes[i] === b)) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return [];
  const size = 1 << shift;
  const sectorAt = (n: number) => (n + 1) * size;
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = view.getUint32(0x4c + i * 4, true);
    if (s >= 0xfffffffa) break;
    fatSectors.push(s);
  }
  const next = (sector: number): number => {
    const perSector = size / 4;
    const fat = fatSectors[Math.floor(sector / perSector)];
    const at = fat === undefined ? -1 : sectorAt(fat) + (sector % perSector) * 4;
    return at < 0 || at + 4 > bytes.length ? END_OF_CHAIN : view.getUint32(at, true);
  };
  const names: string[] = [];
  let sector = view.getUint32(0x30, true);
  for (let k = 0; k < MAX_DIRECTORY_SECTORS && sector < 0xfffffffa; k++) {
    const start = sectorAt(sector);
    if (start + size > bytes.length) break;
    for (let e = start; e < start + size; e += 128) {
      const length = view.getUint16(e + 0x40, true);
      const type = bytes[e + 0x42];
      if (type === 0 || length < 2 || length > 64) continue;
      let name = '';
      for (let i = 0; i < length - 2; i += 2) name += String.fromCharCode(view.getUint16(e + i, true));
      names.push(name);
    }
    sector = next(sector);
  }
  return names;
}

/**
 * Which other spreadsheet format the bytes are, or null: an OLE file holding
 * "EncryptionInfo"/"EncryptedPackage" is a password-protected .xlsx, one holding
 * "Workbook"/"Book" a BIFF .xls; a zip whose `mimetype` is OpenDocument's spreadsheet type an .ods.
 *
 * @example
 * detectOtherFormat(odsBytes) // 'ods'
 */
export function detectOtherFormat(bytes: Uint8Array): OtherFormat | null {
  if (bytes.length >= 8 && OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    const names = new Set(oleStreamNames(bytes));
    if (names.has('EncryptedPackage') || names.has('EncryptionInfo')) return 'encrypted';
    if (names.has('Workbook') || names.has('Book')) return 'xls';
    return 'ole';
  }
  // An .ods starts with its stored `mimetype` entry (OpenDocument 1.2, §3.3).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 128));
  if (head.startsWith('PK') && head.includes('mimetype') && head.includes(ODS_MIMETYPE)) return 'ods';
  return null;
}
