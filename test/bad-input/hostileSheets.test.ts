import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../src/cli/main';
import { FastXlsx } from '../../src/workbook/file/fastXlsx';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { MAX_EXCELJS_CELLS } from '../../src/workbook/file/exceljsGuard';
import { memoryIo } from '../support/memoryIo';
import { addMerge, addRowZero, editFirstSheetXml, planSheets, unitSheets, xlsxOf } from './corpus';

/**
 * Crafted sheet XML (issue 13): a row numbered 0 with a sheet-sized merge used to send the
 * sheet to exceljs, which has no cell cap (> 60 s); one whole-column merge made `plan --out`
 * build a million exceljs cells (37 s, 2.6 GB). Each is now refused at once or written with
 * its merged areas cut to the sheet's cells.
 */

let goodPlan: Uint8Array;
let goodUnit: Uint8Array;
beforeAll(async () => {
  goodPlan = await xlsxOf(planSheets());
  goodUnit = await xlsxOf(await unitSheets());
});

const mergesOf = (bytes: Uint8Array) => [...strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']).matchAll(/<mergeCell ref="([^"]+)"/g)].map((m) => m[1]);

async function kstthc(argv: string[], files: Record<string, Uint8Array>) {
  const io = memoryIo(files);
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err, written: io.files };
}

describe('hostile sheets through kstthc', () => {
  test('a row numbered 0 plus a sheet-sized merge: refused at once, in Vietnamese, by plan and by consolidate', async () => {
    const bytes = editFirstSheetXml(goodPlan, (xml) => addMerge(addRowZero(xml), 'A1:Z1048576'));
    const plan = await kstthc(['plan', 'in.xlsx', '--as-of', '2024-03-10'], { 'in.xlsx': bytes });
    expect(plan.code).toBe(1);
    expect(plan.err).toMatch(/Trang tính "Phụ lục" của tệp "in.xlsx" có dữ liệu không hợp lệ \(dòng số 0\): hãy mở tệp bằng Excel, để Excel sửa lỗi, lưu lại rồi thử lại\./);
    const unit = editFirstSheetXml(goodUnit, (xml) => addMerge(addRowZero(xml), 'A1:Z1048576'));
    const consolidate = await kstthc(['consolidate', 'kiem-lam.xlsx', '--period', '2024-Q1', '--json'], { 'kiem-lam.xlsx': unit });
    expect(JSON.parse(consolidate.out).files[0]).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/dòng số 0/) });
  });

  test.each([
    ['one whole-column merge', ['Z1:Z1048576'], ['Z1:Z57']],
    ['three wide sheet-high merges', ['Z1:AB1048576', 'AD1:AF1048576', 'AH1:AJ1048576'], ['Z1:AB57', 'AD1:AF57', 'AH1:AJ57']],
  ])('plan --out with %s: written, the merges cut at the last row of the sheet', async (_, refs, cut) => {
    const bytes = editFirstSheetXml(goodPlan, (xml) => refs.reduce(addMerge, xml));
    const r = await kstthc(['plan', 'in.xlsx', '--as-of', '2024-03-10', '--out', 'out.xlsx'], { 'in.xlsx': bytes });
    expect(r.code).toBe(0);
    const merges = mergesOf(r.written.get('out.xlsx') as Uint8Array);
    for (const m of cut) expect(merges).toContain(m);
    expect(merges.some((m) => m.endsWith('1048576'))).toBe(false);
  });

  test('both readers cut a whole-column merge alike: the grid is as long as the sheet, not a million rows', async () => {
    const bytes = editFirstSheetXml(goodPlan, (xml) => addMerge(xml, 'Z1:Z1048576'));
    const plain = FastXlsx.open(goodPlan, 'in.xlsx').readSheet('Phụ lục');
    const fast = FastXlsx.open(bytes, 'in.xlsx').readSheet('Phụ lục');
    expect(fast.values).toEqual(plain.values);
    expect(fast.merges).toContainEqual({ top: 1, left: 26, bottom: plain.values.length, right: 26 });
    const book = await FileWorkbook.open(bytes, 'in.xlsx');
    await book.excelBook();
    expect(await book.readSheet('Phụ lục')).toEqual(fast);
  });

  test('a sheet whose cells and merges would need more exceljs cells than the cap: refused before exceljs, saying what to do', async () => {
    // One cell far down and right keeps the merge from being cut: 1 000 × 2 000 merged cells.
    const bytes = editFirstSheetXml(goodPlan, (xml) =>
      addMerge(xml.replace('</sheetData>', '<row r="2000"><c r="ALL2000" t="inlineStr"><is><t>xa</t></is></c></row></sheetData>'), 'A100:ALL2000'),
    );
    expect(2_000 * 1_000).toBeGreaterThan(MAX_EXCELJS_CELLS);
    const book = await FileWorkbook.open(bytes, 'in.xlsx');
    await expect(book.excelBook()).rejects.toThrow(/Tệp "in.xlsx" quá lớn để ghi \(hơn 500\.000 ô, kể cả ô gộp; vượt ở trang tính "Phụ lục"\): hãy bỏ gộp các vùng ô rất lớn/);
  });
});
