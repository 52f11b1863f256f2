import ExcelJS from 'exceljs';
import { computePlanStatus } from '../../core/status/computeStatus';
import { FileWorkbook } from '../../workbook/file/fileWorkbook';
import { buildSeedPlanWorkbook } from '../../../test/fixtures/seedAppendix';
import { applyForExcel } from './applyForExcel';
import { readPlan } from './plan';
import { runPlanAction } from './planActions';

describe('the pane writes what Excel can hold, beside the officer\'s cells', () => {
  test('highlight puts its columns past an officer\'s note right of the table, and keeps the note', async () => {
    const source = new ExcelJS.Workbook();
    await source.xlsx.load((await buildSeedPlanWorkbook('word')) as unknown as ArrayBuffer);
    const sheet = source.getWorksheet('Phụ lục')!;
    const noteColumn = sheet.columnCount + 1;
    sheet.getCell(10, noteColumn).value = 'Ghi chú của chuyên viên';
    const book = await FileWorkbook.open(new Uint8Array((await source.xlsx.writeBuffer()) as ArrayBuffer), 'k.xlsx');

    const reading = await readPlan(book);
    const status = computePlanStatus(reading.plan!, { asOf: '2024-03-10' });
    const written = await runPlanAction('highlight', book, { reading, status });

    expect(written).toEqual({ sheets: ['Phụ lục'], notes: [] });
    const after = (await book.readSheet('Phụ lục')).values;
    expect(after[9][noteColumn - 1]).toBe('Ghi chú của chuyên viên');
    const headings = after.slice(0, 6).flatMap((line) => line.slice(noteColumn));
    expect(headings).toContain('Trạng thái');
  });

  test('status sheets carry the issuing body the officer edited (issue 14)', async () => {
    const book = await FileWorkbook.open(await buildSeedPlanWorkbook('word'), 'k.xlsx');
    const reading = await readPlan(book);
    const status = computePlanStatus(reading.plan!, { asOf: '2024-03-10' });
    await runPlanAction('statusSheets', book, { reading, status, issuer: 'UBND TỈNH QUẢNG NGÃI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG' });
    expect((await book.readSheet('Tiến độ')).values[0][0]).toBe('UBND TỈNH QUẢNG NGÃI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG');
  });

  test('a 40 000-character cell is cut to Excel\'s limit and said in a note', async () => {
    const book = FileWorkbook.create('out.xlsx');
    const long = 'x'.repeat(40_000);
    const notes = await applyForExcel(book, {
      sheets: [{ sheet: 'Tổng hợp', mode: 'create', values: [{ row: 2, col: 3, values: [[long]] }], formats: [], merges: [], columnWidths: [] }],
    });
    expect(notes).toEqual([expect.stringMatching(/^Trang tính 'Tổng hợp', ô C2: nội dung dài 40000 ký tự/)]);
    const cell = (await book.readSheet('Tổng hợp')).values[1][2] as string;
    expect(cell).toHaveLength(32_767);
    expect(cell.endsWith('…')).toBe(true);
  });
});
