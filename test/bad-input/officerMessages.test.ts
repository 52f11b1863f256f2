import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { FastXlsx } from '../../src/workbook/file/fastXlsx';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { brokenFileMessage, sniffWorkbookBytes } from '../../src/workbook/file/workbookOpenError';
import { OFFICE_ERROR_MESSAGES, officeErrorMessage } from '../../src/workbook/office/officeErrors';
import { OfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { mergedIntoOwnColumns } from '../../src/workbook/sheetLayoutError';
import { FakeExcel } from '../fakes/excelFake';
import { memoryIo } from '../support/memoryIo';
import {
  addMerge,
  addRowZero,
  biffXlsBytes,
  docxBytes,
  editFirstSheetXml,
  encryptedBytes,
  manyEntries,
  odsBytes,
  oversized,
  planSheets,
  randomBytes,
  truncated,
  xlsBytes,
  xlsxOf,
} from './corpus';

/**
 * Every error an officer can meet (each WorkbookOpenError kind, Office errors, a layout the
 * write refuses, kstthc's error paths) is one Vietnamese sentence with no English and no stack,
 * that says what to do.
 */

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
/** Words of an English sentence (library text); Vietnamese messages never hold them. */
const ENGLISH = /(?<!\p{L})(the|is|are|of|and|not|to|with|from|invalid|error|cannot|failed|undefined|exceeds|merged|write|sheet|file|unexpected|worksheet)(?!\p{L})/iu;
const STACK = /\n\s+at \S|\w+Error\b/;
const SAYS_WHAT_TO_DO = /[Hh]ãy|Cách dùng:/;

function expectOfficerSentence(message: string): void {
  expect(message).toMatch(VIETNAMESE);
  // Option names (--as-of) are what the officer types, not English sentences.
  expect(message.replace(/--[\w-]+/g, '')).not.toMatch(ENGLISH);
  expect(message).not.toMatch(STACK);
  expect(message).toMatch(SAYS_WHAT_TO_DO);
}

/** A copy of a zip whose central directory declares `size` bytes for its first entry. */
function declaringSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  let eocd = out.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  view.setUint32(view.getUint32(eocd + 16, true) + 24, size, true);
  return out;
}

/** A copy of an .xlsx whose first sheet is named `name` in workbook.xml. */
function renamedSheet(bytes: Uint8Array, name: string): Uint8Array {
  const parts = { ...unzipSync(bytes) };
  parts['xl/workbook.xml'] = strToU8(strFromU8(parts['xl/workbook.xml']).replace(/(<sheet\b[^>]*\sname=")[^"]*"/, `$1${name}"`));
  return zipSync(parts);
}

/** A copy of an .xlsx whose first worksheet relationship points through `../`. */
function retargeted(bytes: Uint8Array): Uint8Array {
  const parts = { ...unzipSync(bytes) };
  parts['xl/_rels/workbook.xml.rels'] = strToU8(strFromU8(parts['xl/_rels/workbook.xml.rels']).replace('Target="worksheets/', 'Target="../xl/worksheets/'));
  return zipSync(parts);
}

const caught = async (f: () => unknown): Promise<string> => {
  try {
    await f();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected an error');
};

describe('every message an officer can see', () => {
  let good: Uint8Array;
  beforeAll(async () => {
    good = await xlsxOf(planSheets());
  });

  test('opening files: every kind of wrong file', async () => {
    const cases: [string, Uint8Array][] = [
      ['empty', new Uint8Array(0)],
      ['over the size cap', oversized()],
      ['random bytes', randomBytes(2048, 3)],
      ['a cut .xlsx', truncated(good)],
      ['an unknown OLE file', xlsBytes()],
      ['a BIFF .xls', biffXlsBytes()],
      ['a password-protected .xlsx', encryptedBytes()],
      ['an .ods', odsBytes()],
      ['a .docx', docxBytes()],
      ['a zip with no Excel part', zipSync({ 'ghi-chu.txt': strToU8('x') })],
      ['a zip of 10 001 parts', manyEntries(good)],
      ['a zip declaring 2 GB', declaringSize(good, 0x7fffffff)],
    ];
    for (const [name, bytes] of cases) {
      const wrong = sniffWorkbookBytes(bytes, 'don-vi.xlsx');
      const message = wrong?.message ?? (await caught(() => FileWorkbook.open(bytes, 'don-vi.xlsx')));
      try {
        expectOfficerSentence(message);
        expect(message).toContain('don-vi.xlsx');
      } catch (err) {
        throw new Error(`${name}: ${message}\n${(err as Error).message}`);
      }
    }
  });

  test('the formats that look alike are told apart: a password says so, a broken .xls or .ods names its format', async () => {
    // .xls and .ods are read (issue 19); what cannot be read says which format it is and what to do.
    const encrypted = await caught(() => FileWorkbook.open(encryptedBytes(), 'a.xlsx'));
    expectOfficerSentence(encrypted);
    expect(encrypted).toMatch(/mật khẩu/);
    for (const [bytes, format] of [
      [biffXlsBytes(), '.xls'],
      [odsBytes(), '.ods'],
    ] as const) {
      expect(sniffWorkbookBytes(bytes, 'a')).toBeNull();
      const message = await FileWorkbook.open(bytes, 'a').then(
        (book) => book.sheetNames().then(() => null),
        (err: Error) => err.message,
      );
      if (message !== null) {
        expectOfficerSentence(message);
        expect(message).toContain(format);
      }
    }
  });

  test('reading and writing sheets: cell cap, broken rows, exceljs cap, reader disagreements, a damaged file', async () => {
    const messages = [
      await caught(() => FastXlsx.open(good, 'kh.xlsx', { maxCells: 10 }).readSheet('Phụ lục')),
      await caught(() => FastXlsx.open(editFirstSheetXml(good, addRowZero), 'kh.xlsx').readSheet('Phụ lục')),
      await caught(async () => (await FileWorkbook.open(editFirstSheetXml(good, (x) => addMerge(x.replace('</sheetData>', '<row r="3000"><c r="ALL3000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'), 'A100:ALL3000')), 'kh.xlsx')).excelBook()),
      await caught(() => FileWorkbook.open(editFirstSheetXml(good, (x) => x.replace('?>', '?><!DOCTYPE worksheet>')), 'kh.xlsx')),
      await caught(() => FileWorkbook.open(renamedSheet(good, 'History'), 'kh.xlsx')),
      await caught(() => FileWorkbook.open(renamedSheet(good, 'Kế hoạch kiểm soát TTHC năm 2024 (bản sửa)'), 'kh.xlsx')),
      await caught(() => FileWorkbook.open(retargeted(good), 'kh.xlsx')),
      brokenFileMessage('kh.xlsx'),
    ];
    for (const m of messages) expectOfficerSentence(m);
  });

  test('Excel: every Office error code, an unknown one, none, a sheet too large to read', async () => {
    const codes = [...Object.keys(OFFICE_ERROR_MESSAGES), 'SomethingNew', null];
    for (const code of codes) expectOfficerSentence(officeErrorMessage(code === null ? new Error('x') : { code }));
    const fake = new FakeExcel();
    fake.seed('Xa', [['STT']]).cell(1_048_576, 16_384).value = 'x';
    expectOfficerSentence(await caught(() => new OfficeWorkbook({ run: fake.run }).readSheet('Xa')));
  });

  test('a layout the write refuses', () => {
    expectOfficerSentence(mergedIntoOwnColumns('Kế hoạch', [{ top: 5, left: 4, bottom: 6, right: 9 }], { top: 4, left: 8, bottom: 60, right: 12 }).message);
  });

  test.each<[string, string[], Partial<CliIo>]>([
    ['an unknown command', ['frobnicate'], {}],
    ['a missing file argument', ['plan'], {}],
    ['an unknown option', ['plan', 'k.xlsx', '--bogus'], {}],
    ['an option without its value', ['plan', 'k.xlsx', '--as-of'], {}],
    ['a missing file', ['plan', 'khong-co.xlsx'], {}],
    ['a folder given as a file', ['plan', 'thu-muc'], { readFile: async () => Promise.reject(Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR' })) }],
    ['a file it may not read', ['plan', 'k.xlsx'], { readFile: async (p: string) => Promise.reject(Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES', path: p })) }],
    ['a defect of ours', ['plan', 'k.xlsx'], { readFile: async () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'x')")) }],
  ])('kstthc: %s', async (_, argv, override) => {
    const io = Object.assign(memoryIo({}), override);
    const code = await main(argv, io);
    expect(code).toBeGreaterThan(0);
    const first = io.err.split('\n')[0];
    expectOfficerSentence(io.err.includes('Cách dùng:') ? io.err.replace(/Cách dùng:[\s\S]*/, 'Cách dùng:') : first);
    expect(io.err).not.toMatch(/Cannot read|EISDIR|EACCES|TypeError/);
  });
});
