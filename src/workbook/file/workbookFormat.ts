import { strFromU8, unzipSync } from 'fflate';

/**
 * Which reader a file needs, told from its bytes (never from its name: units rename files,
 * and one-stop systems export .xls content under an .xlsx name).
 * - `xlsx`: anything else; the .xlsx reader opens it or says why it cannot.
 * - `ole`: an OLE compound file: a BIFF .xls, or an encrypted (password-protected) workbook.
 * - `ods`: an OpenDocument spreadsheet (LibreOffice).
 * - `xlsb`: an Excel binary workbook.
 */
export type WorkbookFormat = 'xlsx' | 'ole' | 'ods' | 'xlsb';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/**
 * The reader a workbook's bytes need. Reads only the zip's directory and its small
 * `mimetype` entry, so the .xlsx path pays next to nothing for it.
 *
 * @example
 * workbookFormatOf(await readFile('bao-cao.xls')) // 'ole'
 */
export function workbookFormatOf(bytes: Uint8Array): WorkbookFormat {
  if (startsWith(bytes, OLE_MAGIC)) return 'ole';
  if (!startsWith(bytes, ZIP_MAGIC)) return 'xlsx';
  let binaryWorkbook = false;
  let mimetype: Uint8Array | undefined;
  try {
    const parts = unzipSync(bytes, {
      filter: (f) => {
        if (f.name === 'xl/workbook.bin') binaryWorkbook = true;
        return f.name === 'mimetype' && f.originalSize < 256;
      },
    });
    mimetype = parts.mimetype;
  } catch {
    // A broken zip: the .xlsx reader says so in its own words.
    return 'xlsx';
  }
  if (binaryWorkbook) return 'xlsb';
  if (mimetype && strFromU8(mimetype).trim().startsWith(ODS_MIMETYPE)) return 'ods';
  return 'xlsx';
}
