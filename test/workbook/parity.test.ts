import ExcelJS from 'exceljs';
import type { SheetWrite, WritePlan } from '../../src/core/write/writePlan';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { OfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { FakeExcel } from '../fakes/excelFake';

/** The same plan through both workbooks reads back the same grids. */
const officer: (string | number | null)[][] = [['KẾ HOẠCH 2024'], [], ['STT', 'Nội dung', 'Chủ trì'], [1, 'Rà soát TTHC', 'Văn phòng'], [2, 'Công khai TTHC', 'Chi cục Thủy sản']];

const plan: WritePlan = {
  sheets: [
    {
      sheet: 'Kế hoạch',
      mode: 'update',
      ownColumns: { from: 5, to: 6, rows: [3, 5] },
      values: [{ row: 3, col: 5, values: [['Hạn kế tiếp', 'Tình trạng'], [new Date(Date.UTC(2024, 2, 31)), '! Quá hạn'], [null, '✓ Đã xong']] }],
      formats: [{ range: { top: 4, left: 1, bottom: 4, right: 6 }, format: { fill: '#F8CBAD' } }],
      merges: [],
      columnWidths: [],
    },
    {
      sheet: 'Tổng hợp',
      mode: 'create',
      values: [
        { row: 1, col: 1, values: [['TỔNG HỢP'], [], ['Tệp', 'Số', 'Ngày', 'Đúng hạn']] },
        { row: 4, col: 1, values: [['=HYPERLINK("http://x","y")', 12, new Date(Date.UTC(2024, 0, 15)), true], ['+84 905 123 456', -3.5, null, false], ['@SUM(A1)', 0, new Date(Date.UTC(1900, 0, 1)), null]] },
      ],
      formats: [{ range: { top: 3, left: 1, bottom: 3, right: 4 }, format: { bold: true, fill: '#1F4E78', fontColor: '#FFFFFF' } }],
      merges: [{ top: 1, left: 1, bottom: 1, right: 4 }],
      columnWidths: [{ col: 1, width: 30 }],
    } satisfies SheetWrite,
  ],
};

test('FileWorkbook and OfficeWorkbook apply a plan to the same cells', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kế hoạch');
  officer.forEach((line, r) => line.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
  const file = await FileWorkbook.open(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'kh.xlsx');
  await file.apply(plan);
  const reopened = await FileWorkbook.open(await file.save(), 'kh.xlsx');

  const fake = new FakeExcel();
  fake.seed('Kế hoạch', officer);
  const office = new OfficeWorkbook({ run: fake.run });
  await office.apply(plan);

  expect(await office.sheetNames()).toEqual(await reopened.sheetNames());
  for (const name of ['Kế hoạch', 'Tổng hợp']) {
    const fromFile = await reopened.readSheet(name);
    const fromOffice = await office.readSheet(name);
    expect(fromOffice).toEqual(fromFile);
  }
  expect((await office.readSheet('Tổng hợp')).values[3]?.[0]).toBe('=HYPERLINK("http://x","y")');
});
