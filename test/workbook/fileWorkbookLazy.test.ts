import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { FastXlsx, UnexpectedXlsxError } from '../../src/workbook/file/fastXlsx';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';

async function officerBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kế hoạch');
  ws.getCell('A1').value = 'KẾ HOẠCH';
  ws.getCell('B2').value = 7;
  ws.mergeCells('A1:C1');
  wb.addWorksheet('Ghi chú').getCell('A1').value = 'x';
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('FileWorkbook reads without exceljs and loads it to write', () => {
  test('reading leaves the exceljs model unloaded; apply loads it and later reads show what was written', async () => {
    const book = await FileWorkbook.open(await officerBytes(), 'kh.xlsx');
    expect(await book.sheetNames()).toEqual(['Kế hoạch', 'Ghi chú']);
    expect((await book.readSheet('Kế hoạch')).values).toEqual([['KẾ HOẠCH'], [null, 7]]);
    expect(() => book.book).toThrow(/excelBook/);

    await book.apply({
      sheets: [{ sheet: 'Tổng hợp', mode: 'create', values: [{ row: 1, col: 1, values: [['mới', 3]] }], formats: [], merges: [], columnWidths: [] }],
    });
    expect(book.book.getWorksheet('Tổng hợp')).toBeDefined();
    expect(await book.sheetNames()).toEqual(['Kế hoạch', 'Ghi chú', 'Tổng hợp']);
    expect((await book.readSheet('Tổng hợp')).values).toEqual([['mới', 3]]);
    expect((await book.readSheet('Kế hoạch')).merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
    const reopened = await FileWorkbook.open(await book.save(), 'kh.xlsx');
    expect((await reopened.readSheet('Tổng hợp')).values).toEqual([['mới', 3]]);
  });

  test('a grid handed out cannot change what the next read gives', async () => {
    const book = await FileWorkbook.open(await officerBytes(), 'kh.xlsx');
    const first = await book.readSheet('Kế hoạch');
    first.values[0][0] = 'đổi';
    first.merges.pop();
    const second = await book.readSheet('Kế hoạch');
    expect(second.values[0][0]).toBe('KẾ HOẠCH');
    expect(second.merges).toHaveLength(1);
  });

  test('a row numbered 0 (no such row in Excel; exceljs would skip it) is refused by both paths, in Vietnamese', async () => {
    const parts = unzipSync(await officerBytes());
    const sheet = new TextDecoder().decode(parts['xl/worksheets/sheet2.xml']);
    parts['xl/worksheets/sheet2.xml'] = strToU8(sheet.replace('<sheetData>', '<sheetData><row r="0"><c r="A0"><v>1</v></c></row>'));
    const bytes = zipSync(parts);
    const said = /Trang tính "Ghi chú" của tệp "kh.xlsx" có dữ liệu không hợp lệ \(dòng số 0\): hãy mở tệp bằng Excel/;
    expect(() => FastXlsx.open(bytes, 'kh.xlsx').readSheet('Ghi chú')).toThrow(said);
    const book = await FileWorkbook.open(bytes, 'kh.xlsx');
    expect((await book.readSheet('Kế hoạch')).values).toEqual([['KẾ HOẠCH'], [null, 7]]);
    await expect(book.readSheet('Ghi chú')).rejects.toThrow(said);
    await expect(book.excelBook()).rejects.toThrow(said);
  });

  test('a zip without xl/workbook.xml is left to exceljs, which reads it as a workbook without sheets (as before)', async () => {
    const parts = unzipSync(await officerBytes());
    delete parts['xl/workbook.xml'];
    const bytes = zipSync(parts);
    expect(() => FastXlsx.open(bytes, 'x.xlsx')).toThrow(UnexpectedXlsxError);
    const book = await FileWorkbook.open(bytes, 'x.xlsx');
    expect(book.book.worksheets).toEqual([]);
    expect(await book.sheetNames()).toEqual([]);
  });

  test('a new workbook has no sheets until a plan is applied', async () => {
    const book = FileWorkbook.create('moi.xlsx');
    expect(await book.sheetNames()).toEqual([]);
    await book.apply({ sheets: [{ sheet: 'A', mode: 'create', values: [{ row: 2, col: 2, values: [[1]] }], formats: [], merges: [], columnWidths: [] }] });
    expect((await book.readSheet('A')).values).toEqual([[], [null, 1]]);
    await expect(book.readSheet('B')).rejects.toThrow(/no sheet named "B"/);
  });
});
