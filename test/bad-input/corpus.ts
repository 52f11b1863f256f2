import ExcelJS from 'exceljs';
import { Zip, ZipDeflate, ZipPassThrough, strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { CellValue, SheetGrid } from '../../src/core/grid';
import { sampleRegisterRows } from '../fixtures/registers';
import { seedPlanFixture } from '../fixtures/seedAppendix';
import { docxBytes, gridsOfBytes, randomBytes, unitWorkbookBytes, xlsBytes } from '../fixtures/unitForms';
import { GOOD_SPECS } from '../fixtures/unitFormsSet';

/**
 * The bad-input corpus: every kind of wrong file an officer receives, made by code from the
 * good fixtures (seed plan, sample register, a unit's forms) so each case differs from a
 * working file by exactly the fault it is about.
 */

/** A cell as it can sit in a real .xlsx: grid values plus Excel error values. */
export type RawCell = CellValue | { error: string };

export interface RawSheet {
  name: string;
  values: RawCell[][];
  merges?: SheetGrid['merges'];
}

/** Writes sheets as a real .xlsx with exceljs (dates as date cells, errors as error cells). */
export async function xlsxOf(sheets: readonly RawSheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v as ExcelJS.CellValue;
        if (v instanceof Date) cell.numFmt = 'dd/mm/yyyy';
      }),
    );
    for (const m of s.merges ?? []) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A deep copy of grids as raw sheets, to be mutated by a case. */
function copy(grids: readonly SheetGrid[]): RawSheet[] {
  return grids.map((g) => ({ name: g.name, values: g.values.map((l) => [...l]), merges: g.merges.map((m) => ({ ...m })) }));
}

export function set(sheet: RawSheet, row: number, col: number, v: RawCell): void {
  while (sheet.values.length < row) sheet.values.push([]);
  const line = sheet.values[row - 1];
  while (line.length < col) line.push(null);
  line[col - 1] = v;
}

/** 1-based row of the first line whose cell in `col` satisfies `test`. */
export function rowWhere(sheet: RawSheet, col: number, test: (v: RawCell) => boolean): number {
  const i = sheet.values.findIndex((l) => test(l[col - 1] ?? null));
  if (i < 0) throw new Error(`corpus: no row in "${sheet.name}" matches`);
  return i + 1;
}


// ---------------------------------------------------------------- plan (seed, Word layout)

/** The seed plan's sheets (Word layout, table on "Phụ lục", header at row 4). */
export function planSheets(): RawSheet[] {
  return copy(seedPlanFixture('word').sheets);
}
export const PLAN_SHEET = 'Phụ lục';
/** Row of seed task `no` in the Word layout. */
export function planTaskRow(sheet: RawSheet, no: number): number {
  return rowWhere(sheet, 1, (v) => v === no);
}

// ---------------------------------------------------------------- register

export const REGISTER_SHEET = 'Sổ theo dõi';
/** A 40-dossier register, header at row 1 (STT, Mã hồ sơ, Lĩnh vực, Tên TTHC, Hình thức nộp, Ngày tiếp nhận, Ngày hẹn trả, Ngày có kết quả, Trạng thái, Lý do). */
export function registerSheet(count = 40): RawSheet {
  return { name: REGISTER_SHEET, values: sampleRegisterRows({ count, seed: 3 }) };
}

// ---------------------------------------------------------------- unit forms

export const FORM_SHEET = 'II.05a';
/** Chi cục Kiểm lâm's forms as grids: II.05a lĩnh vực rows 17-18, total row 19, (3)…(13) in columns C…M. */
export async function unitSheets(): Promise<RawSheet[]> {
  return copy(await gridsOfBytes(await unitWorkbookBytes(GOOD_SPECS['kiem-lam.xlsx'])));
}
export const FORM_FIRST_ROW = 17;

// ---------------------------------------------------------------- files that are not workbooks

/** The first half of a real .xlsx (a download cut short). */
export function truncated(bytes: Uint8Array): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length / 2));
}

/**
 * A minimal OLE compound file (MS-CFB, 512-byte sectors): header, one FAT sector, one
 * directory sector with the root entry and one stream entry per name, one data sector.
 */
export function oleFile(streams: string[]): Uint8Array {
  const b = new Uint8Array(512 * 4);
  const view = new DataView(b.buffer);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x3e, true); // minor version
  view.setUint16(0x1a, 3, true); // major version 3
  view.setUint16(0x1c, 0xfffe, true); // little-endian
  view.setUint16(0x1e, 9, true); // 512-byte sectors
  view.setUint16(0x20, 6, true); // 64-byte mini sectors
  view.setUint32(0x2c, 1, true); // one FAT sector
  view.setUint32(0x30, 1, true); // directory at sector 1
  view.setUint32(0x38, 4096, true); // mini stream cutoff
  view.setUint32(0x3c, 0xfffffffe, true);
  view.setUint32(0x44, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true);
  const fat = 512; // sector 0: FAT
  view.setUint32(fat, 0xfffffffd, true);
  view.setUint32(fat + 4, 0xfffffffe, true); // directory: one sector
  view.setUint32(fat + 8, 0xfffffffe, true); // data: one sector
  for (let i = 3; i < 128; i++) view.setUint32(fat + i * 4, 0xffffffff, true);
  const entries = ['Root Entry', ...streams].slice(0, 4);
  entries.forEach((name, k) => {
    const e = 1024 + k * 128; // sector 1: directory
    for (let i = 0; i < name.length; i++) view.setUint16(e + i * 2, name.charCodeAt(i), true);
    view.setUint16(e + 0x40, (name.length + 1) * 2, true);
    b[e + 0x42] = k === 0 ? 5 : 2;
    view.setUint32(e + 0x44, 0xffffffff, true);
    view.setUint32(e + 0x48, k + 1 < entries.length ? k + 1 : 0xffffffff, true);
    view.setUint32(e + 0x4c, k === 0 && entries.length > 1 ? 1 : 0xffffffff, true);
    view.setUint32(e + 0x74, k === 0 ? 0xfffffffe : 2, true);
    view.setUint32(e + 0x78, k === 0 ? 0 : 16, true);
  });
  return b;
}

/**
 * An encrypted workbook: Excel saves a password-protected .xlsx as an OLE compound file
 * holding the streams "EncryptionInfo" and "EncryptedPackage".
 */
export function encryptedBytes(): Uint8Array {
  return oleFile(['EncryptionInfo', 'EncryptedPackage']);
}

/** An Excel 97-2003 workbook: an OLE compound file holding the BIFF8 stream "Workbook". */
export function biffXlsBytes(): Uint8Array {
  return oleFile(['Workbook', '\u0005SummaryInformation']);
}

/** An OpenDocument spreadsheet: a zip whose first entry is the stored `mimetype`. */
export function odsBytes(): Uint8Array {
  return zipSync(
    {
      mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
      'content.xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'),
      'META-INF/manifest.xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'),
    },
    { level: 6 },
  );
}

/**
 * A real zip bomb: a good workbook plus one part of `megabytes` inflated bytes, deflated
 * (≈ 1000:1), built streaming so the test never holds the inflated data. Honest, the part is
 * an image whose declared size gives it away; `lie`, it is the first worksheet (an XML start,
 * then letters) and the central directory claims 2 000 bytes.
 */
export async function zipBomb(good: Uint8Array, megabytes: number, options: { lie?: boolean } = {}): Promise<Uint8Array> {
  const target = options.lie ? 'xl/worksheets/sheet1.xml' : 'xl/media/image1.bin';
  const chunks: Uint8Array[] = [];
  await new Promise<void>((resolve, reject) => {
    const zip = new Zip((err, chunk, final) => {
      if (err) return reject(err);
      chunks.push(chunk);
      if (final) resolve();
    });
    for (const [name, data] of Object.entries(unzipSync(good))) {
      if (name === target) continue;
      const part = new ZipPassThrough(name);
      zip.add(part);
      part.push(data, true);
    }
    const bomb = new ZipDeflate(target, { level: 1 });
    zip.add(bomb);
    if (options.lie) {
      bomb.push(strToU8('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'));
    }
    const mb = new Uint8Array(1024 * 1024).fill(options.lie ? 0x41 : 0);
    for (let i = 0; i < megabytes; i++) bomb.push(mb, i === megabytes - 1);
    zip.end();
  });
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  if (options.lie) declareSize(out, target, 2000);
  return out;
}

/** Rewrites the uncompressed size the central directory declares for one part. */
export function declareSize(zip: Uint8Array, name: string, size: number): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  let at = view.getUint32(eocd + 16, true);
  for (let k = view.getUint16(eocd + 10, true); k > 0; k--) {
    const nameLength = view.getUint16(at + 28, true);
    if (strFromU8(zip.subarray(at + 46, at + 46 + nameLength)) === name) view.setUint32(at + 24, size, true);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}

export { docxBytes, randomBytes, xlsBytes };

// ---------------------------------------------------------------- odd text

export const ZWSP = '\u200b';
export const NBSP = '\u00a0';
export const HUGE = 'Nội dung rất dài '.repeat(2500).slice(0, 40_000);
/** Text in decomposed Unicode (as old Mac / VNI-converted copies are). */
export const nfd = (s: string) => s.normalize('NFD');

/** `count` rows of junk: numbers, text, booleans, Excel errors, in `width` columns. */
export function junkRows(count: number, width = 6): RawCell[][] {
  const rows: RawCell[][] = [];
  for (let r = 0; r < count; r++) {
    const line: RawCell[] = [];
    for (let c = 0; c < width; c++) {
      const k = (r * 7 + c * 13) % 6;
      line.push(k === 0 ? r : k === 1 ? `rác ${r}-${c}` : k === 2 ? r % 2 === 0 : k === 3 ? null : k === 4 ? '=SUM(A1:A2)' : `${(r * 31) % 97}.`);
    }
    rows.push(line);
  }
  return rows;
}

/** A zip with more parts than any workbook has (10 001 empty ones). */
export function manyEntries(good: Uint8Array): Uint8Array {
  const parts: Record<string, Uint8Array> = { ...unzipSync(good) };
  for (let i = 0; i < 10_001; i++) parts[`xl/media/p${i}.bin`] = new Uint8Array(0);
  return zipSync(parts, { level: 0 });
}

/** A file past the size cap: zip magic, then 51 MB of nothing. */
export function oversized(): Uint8Array {
  const b = new Uint8Array(51 * 1024 * 1024);
  b.set([0x50, 0x4b, 0x03, 0x04]);
  return b;
}

/** A sheet with its used range stretched to the last cell Excel has (XFD1048576). */
export async function farCell(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.getCell(1, 1).value = 'STT';
  ws.getCell(1_048_576, 16_384).value = 'ô cuối cùng';
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

// ---------------------------------------------------------------- crafted sheet XML (issue 13)

/** A copy of an .xlsx whose first worksheet part's XML is rewritten by `edit`. */
export function editFirstSheetXml(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const parts: Record<string, Uint8Array> = { ...unzipSync(bytes) };
  const path = Object.keys(parts).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p)).sort()[0];
  parts[path] = strToU8(edit(strFromU8(parts[path])));
  return zipSync(parts, { level: 6 });
}

/** Adds a merged area to a worksheet's XML (in its `<mergeCells>`, or a new one after `</sheetData>`). */
export function addMerge(xml: string, ref: string): string {
  if (xml.includes('</mergeCells>')) return xml.replace('</mergeCells>', `<mergeCell ref="${ref}"/></mergeCells>`);
  return xml.replace('</sheetData>', `</sheetData><mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`);
}

/** A row numbered 0 (no such row in Excel) holding one text cell, before the sheet's first row. */
export function addRowZero(xml: string): string {
  return xml.replace(/<sheetData>/, '<sheetData><row r="0"><c r="A0" t="inlineStr"><is><t>dòng 0</t></is></c></row>');
}
