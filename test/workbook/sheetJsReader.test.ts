import { CFB, read, write } from '@e965/xlsx';
import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SheetGrid } from '../../src/core/grid';
import { FileWorkbook, WorkbookOpenError } from '../../src/workbook/file/fileWorkbook';
import { SheetJsReader } from '../../src/workbook/file/sheetJsReader';
import { workbookFormatOf } from '../../src/workbook/file/workbookFormat';
import { day } from '../fixtures/registers';
import { docxBytes, xlsBytes } from '../fixtures/unitForms';

/**
 * The .xls/.ods/.xlsb reader. The fixtures under test/fixtures/legacy are one workbook each,
 * saved by LibreOffice 7.4 as .xlsx, .xls (BIFF8) and .ods from the test builders' .xlsx.
 */
const LEGACY = path.join(__dirname, '..', 'fixtures', 'legacy');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(LEGACY, name)));
const WORKBOOKS = ['ke-hoach-2024', 'so-ho-so', 'thuy-san', 'chan-nuoi-thu-y', 'trong-trot-bvtv', 'kiem-lam'];

async function gridsOf(bytes: Uint8Array, file: string): Promise<SheetGrid[]> {
  const book = await FileWorkbook.open(bytes, file);
  return Promise.all((await book.sheetNames()).map((n) => book.readSheet(n)));
}

/** The same workbook as .xlsb, written by SheetJS (LibreOffice does not write .xlsb). */
function xlsbOf(xls: Uint8Array): Uint8Array {
  return new Uint8Array(write(read(xls, { type: 'array', cellNF: true }), { type: 'array', bookType: 'xlsb' }) as ArrayBuffer);
}

/** An OLE container holding the given streams (what Excel writes around an encrypted workbook, a .doc …). */
function oleWith(streams: Record<string, Uint8Array>): Uint8Array {
  const container = CFB.utils.cfb_new();
  for (const [name, data] of Object.entries(streams)) CFB.utils.cfb_add(container, name, data);
  return new Uint8Array(CFB.write(container, { type: 'array' }) as ArrayLike<number>);
}

describe('workbook format told by content', () => {
  test.each([
    ['an .xlsx', () => fixture('so-ho-so.xlsx'), 'xlsx'],
    ['an .xls', () => fixture('so-ho-so.xls'), 'ole'],
    ['an .xls renamed .xlsx', () => fixture('so-ho-so.xls'), 'ole'],
    ['an .ods', () => fixture('so-ho-so.ods'), 'ods'],
    ['an .xlsb', () => xlsbOf(fixture('so-ho-so.xls')), 'xlsb'],
    ['a .docx', () => docxBytes(), 'xlsx'],
    ['a broken zip', () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]), 'xlsx'],
  ])('%s is %s', (_name, bytes, format) => {
    expect(workbookFormatOf(bytes())).toBe(format);
  });
});

describe('.xls and .ods read as the same grids as the .xlsx LibreOffice saved', () => {
  test.each(WORKBOOKS.flatMap((name) => [[name, 'xls'] as const, [name, 'ods'] as const]))('%s.%s', async (name, ext) => {
    const expected = await gridsOf(fixture(`${name}.xlsx`), `${name}.xlsx`);
    expect(expected.some((g) => g.values.length > 5)).toBe(true);
    expect(await gridsOf(fixture(`${name}.${ext}`), `${name}.${ext}`)).toEqual(expected);
  });

  test('dates are the calendar days and times shown, merges and numbers kept (register row 7 and 19)', async () => {
    for (const ext of ['xls', 'ods']) {
      const [grid] = await gridsOf(fixture(`so-ho-so.${ext}`), `so.${ext}`);
      expect(grid.values[6].slice(0, 8)).toEqual([1, 'A1', 'Trồng trọt', expect.any(String), 'Trực tuyến', day(2023, 12, 15), day(2023, 12, 20), day(2023, 12, 19)]);
      expect(grid.values[18].slice(5, 8)).toEqual([day(2024, 1, 20, 9, 15), day(2024, 2, 5, 10, 0), day(2024, 2, 5, 17, 30)]);
      // A serial number without a date format stays a number.
      expect(grid.values[8][5]).toBe(45323);
    }
    const [plan] = await gridsOf(fixture('ke-hoach-2024.ods'), 'kh.ods');
    expect(plan.merges.length).toBeGreaterThan(3);
  });

  test('the days do not depend on the machine time zone', async () => {
    const here = await gridsOf(fixture('so-ho-so.ods'), 'so.ods');
    const saved = process.env.TZ;
    try {
      for (const tz of ['America/New_York', 'UTC', 'Pacific/Kiritimati']) {
        process.env.TZ = tz;
        expect(await gridsOf(fixture('so-ho-so.ods'), 'so.ods')).toEqual(here);
        expect(await gridsOf(fixture('so-ho-so.xls'), 'so.xls')).toEqual(here);
      }
    } finally {
      process.env.TZ = saved;
    }
  });

  test('an .xls in the 1904 date system gives the same days as its .xlsx', async () => {
    const [xls] = await gridsOf(fixture('ngay-1904.xls'), 'ngay.xls');
    expect(xls.values.slice(1, 3)).toEqual([[day(2024, 2, 20)], [day(2024, 3, 14, 16, 45)]]);
    expect(xls).toEqual((await gridsOf(fixture('ngay-1904.xlsx'), 'ngay.xlsx'))[0]);
  });

  test('an .xlsb (written by SheetJS from the .xls) reads the same', async () => {
    expect(await gridsOf(xlsbOf(fixture('so-ho-so.xls')), 'so.xlsb')).toEqual(await gridsOf(fixture('so-ho-so.xlsx'), 'so.xlsx'));
  });

  test("the parser's console notes never reach the console", async () => {
    const spies = (['log', 'warn', 'error', 'info', 'debug'] as const).map((m) => jest.spyOn(console, m));
    try {
      // This .ods makes SheetJS print "ODS number format may be incorrect" several times.
      await gridsOf(fixture('ke-hoach-2024.ods'), 'kh.ods');
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    // The console is given back as it was.
    // eslint-disable-next-line no-console -- the console is given back
    expect(jest.isMockFunction(console.warn)).toBe(false);
  });
});

describe('files that cannot be read say why, in Vietnamese', () => {
  test.each([
    [
      'an encrypted workbook (OLE with EncryptionInfo/EncryptedPackage)',
      () => oleWith({ EncryptionInfo: new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]), EncryptedPackage: new Uint8Array(4096).fill(7) }),
      /^Tệp "x\.xlsx" có mật khẩu: hãy mở bằng Excel, gỡ mật khẩu/,
    ],
    ['a Word .doc renamed', () => oleWith({ WordDocument: new Uint8Array(4096).fill(1) }), /tài liệu Office khác.*không có trang tính Excel/],
    ['a broken .xls', () => xlsBytes(), /tệp Excel cũ \(\.xls\) bị hỏng: hãy mở bằng Excel và lưu lại dưới dạng \.xlsx/],
    [
      'a broken .ods',
      () => zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8('<office:document-content><table:table') }),
      /\(\.ods\) bị hỏng/,
    ],
  ])('%s', async (_name, bytes, message) => {
    const opening = FileWorkbook.open(bytes(), 'x.xlsx');
    await expect(opening).rejects.toThrow(WorkbookOpenError);
    await expect(FileWorkbook.open(bytes(), 'x.xlsx')).rejects.toThrow(message);
  });

  test('an encrypted file is not called an .xls, and an .xls is not called encrypted', async () => {
    const encrypted = oleWith({ EncryptionInfo: new Uint8Array(8), EncryptedPackage: new Uint8Array(4096) });
    await expect(FileWorkbook.open(encrypted, 'a.xlsx')).rejects.toThrow(/^(?!.*\.xls\b).*mật khẩu/);
    await expect(FileWorkbook.open(fixture('so-ho-so.xls'), 'so.xls')).resolves.toBeInstanceOf(FileWorkbook);
  });

  test('an .ods of a few bytes whose repeats expand to 10 million cells is refused before it is parsed', async () => {
    const ns = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
    const row = '<table:table-row table:number-rows-repeated="100000"><table:table-cell table:number-columns-repeated="100" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>';
    const bomb = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
      'content.xml': strToU8(`<office:document-content ${ns}><office:body><office:spreadsheet><table:table table:name="Bảng"><table:table-row><table:table-cell table:number-columns-repeated="1024"/></table:table-row>${row}</table:table></office:spreadsheet></office:body></office:document-content>`),
      'styles.xml': strToU8(`<office:document-styles ${ns}/>`),
      'META-INF/manifest.xml': strToU8('<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'),
    });
    expect(bomb.length).toBeLessThan(2000);
    await expect(FileWorkbook.open(bomb, 'bom.ods')).rejects.toThrow(/^Trang tính "Bảng" của tệp "bom\.ods" có hơn 5\.000\.000 ô: quá lớn để đọc\.$/);
  });

  test('a sheet past the cell cap is refused, naming the sheet and the file', () => {
    const reader = SheetJsReader.open(fixture('so-ho-so.xls'), 'so.xls', 'ole', { maxCells: 50 });
    expect(() => reader.readSheet('Sổ hồ sơ')).toThrow(/^Trang tính "Sổ hồ sơ" của tệp "so\.xls" có hơn 50 ô: quá lớn để đọc\.$/);
  });
});

describe('an .xls is written as .xlsx', () => {
  test('a write plan applied to an .xls saves an .xlsx holding the original sheet and the new one', async () => {
    const book = await FileWorkbook.open(fixture('so-ho-so.xls'), 'so.xls');
    expect(book.format).toBe('xls');
    const before = await book.readSheet('Sổ hồ sơ');
    await book.apply({
      sheets: [{ sheet: 'Kết quả', mode: 'create', values: [{ row: 1, col: 1, values: [['mới', 3]] }], formats: [], merges: [], columnWidths: [] }],
    });
    const saved = await book.save();
    expect(workbookFormatOf(saved)).toBe('xlsx');
    const reopened = await FileWorkbook.open(saved, 'so.xlsx');
    expect(reopened.format).toBe('xlsx');
    expect(await reopened.sheetNames()).toEqual(['Sổ hồ sơ', 'Kết quả']);
    expect(await reopened.readSheet('Sổ hồ sơ')).toEqual(before);
  });
});
