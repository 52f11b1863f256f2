import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { FileWorkbook, WorkbookOpenError } from '../../src/workbook/file/fileWorkbook';

async function bytesOf(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('FileWorkbook reading', () => {
  test('reads values, dates, formula results, rich text and merges anchored at A1', async () => {
    const bytes = await bytesOf((wb) => {
      const ws = wb.addWorksheet('Phụ lục');
      ws.getCell('B3').value = 'STT';
      ws.getCell('C3').value = 7;
      ws.getCell('D3').value = new Date(Date.UTC(2024, 1, 20));
      ws.getCell('E3').value = { formula: 'C3*2', result: 14 };
      ws.getCell('F3').value = { richText: [{ text: 'Văn ' }, { font: { bold: true }, text: 'phòng' }] };
      ws.getCell('B4').value = 'gộp';
      ws.mergeCells('B4:B6');
    });
    const book = await FileWorkbook.open(bytes, 'a.xlsx');
    expect(await book.sheetNames()).toEqual(['Phụ lục']);
    const grid = await book.readSheet('Phụ lục');
    expect(grid.values[2]).toEqual([null, 'STT', 7, new Date(Date.UTC(2024, 1, 20)), 14, 'Văn phòng']);
    expect(grid.values[0]).toEqual([]);
    expect(grid.values[4]?.[1] ?? null).toBeNull();
    expect(grid.merges).toEqual([{ top: 4, left: 2, bottom: 6, right: 2 }]);
  });

  test.each([
    ['empty bytes', new Uint8Array(), /rỗng/],
    ['random bytes', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), /không phải sổ tính/],
    ['an OLE (.xls) header', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /\.xls/],
    ['a broken zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9]), /bị hỏng/],
    ['a zip bomb (500 MB of zeros)', zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(500 * 1024 * 1024) }, { level: 9 }), /vượt quá 400 MB/],
  ])('%s gives a Vietnamese WorkbookOpenError', async (_name, bytes, message) => {
    await expect(FileWorkbook.open(bytes, 'x.xlsx')).rejects.toThrow(WorkbookOpenError);
    await expect(FileWorkbook.open(bytes, 'x.xlsx')).rejects.toThrow(message);
  });
});
