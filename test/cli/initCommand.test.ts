import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { readPlanTable } from '../../src/core/plan/readPlanTable';
import { readTracking, TRACKING_HEADERS, TRACKING_SHEET } from '../../src/core/status/tracking';
import { DEFAULT_UNIT_DIRECTORY, readUnitDirectory, UNIT_DIRECTORY_SHEET } from '../../src/core/units/directory';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { buildSeedPlanWorkbook } from '../fixtures/seedAppendix';
import { memoryIo } from '../support/memoryIo';


describe('kstthc init', () => {
  let seed: Uint8Array;
  beforeAll(async () => {
    seed = await buildSeedPlanWorkbook('word');
  });

  test('writes a copy with the default directory and an empty tracking sheet with drop-downs', async () => {
    const io = memoryIo({ 'ke-hoach.xlsx': seed });
    expect(await main(['init', 'ke-hoach.xlsx', '--out', 'theo-doi.xlsx'], io)).toBe(0);
    expect(io.out).toBe('');
    expect(io.err).toMatch(/Đã thêm trang tính "Danh mục đơn vị" và "Theo dõi thực hiện"/);
    expect(io.err).toMatch(/mặc định: cần kiểm tra/);

    const book = await FileWorkbook.open(io.files.get('theo-doi.xlsx')!, 'theo-doi.xlsx');
    const names = await book.sheetNames();
    expect(names).toEqual(expect.arrayContaining([UNIT_DIRECTORY_SHEET, TRACKING_SHEET]));
    const grids = await Promise.all(names.map((n) => book.readSheet(n)));
    // The plan is still there and still reads the same.
    const { plan } = readPlanTable(grids.filter((g) => g.name !== UNIT_DIRECTORY_SHEET && g.name !== TRACKING_SHEET));
    expect(plan?.tasks).toHaveLength(37);

    const dir = readUnitDirectory(await book.readSheet(UNIT_DIRECTORY_SHEET));
    expect(dir.findings).toEqual([]);
    expect(dir.directory.units).toEqual(DEFAULT_UNIT_DIRECTORY.units);

    const trackingGrid = await book.readSheet(TRACKING_SHEET);
    expect(trackingGrid.values[0]).toEqual([...TRACKING_HEADERS]);
    expect(readTracking(trackingGrid, plan!, dir.directory)).toEqual({ entries: [], findings: [] });

    // The drop-downs are in the file.
    const xl = new ExcelJS.Workbook();
    await xl.xlsx.load(io.files.get('theo-doi.xlsx')! as unknown as ArrayBuffer);
    const ws = xl.getWorksheet(TRACKING_SHEET)!;
    for (const col of ['A', 'C', 'D']) expect(ws.getCell(`${col}2`).dataValidation?.type).toBe('list');
    expect(ws.getCell('D2').dataValidation?.formulae?.[0]).toContain('Quý I/2024');
  });

  test('a second init keeps both sheets and what the officer typed', async () => {
    const first = memoryIo({ 'ke-hoach.xlsx': seed });
    await main(['init', 'ke-hoach.xlsx', '--out', 'a.xlsx'], first);
    const xl = new ExcelJS.Workbook();
    await xl.xlsx.load(first.files.get('a.xlsx')! as unknown as ArrayBuffer);
    xl.getWorksheet(TRACKING_SHEET)!.getCell('A2').value = 7;
    xl.getWorksheet(UNIT_DIRECTORY_SHEET)!.getCell('B5').value = 'Văn phòng Sở NN&PTNT';
    const edited = new Uint8Array((await xl.xlsx.writeBuffer()) as ArrayBuffer);

    const io = memoryIo({ 'a.xlsx': edited });
    expect(await main(['init', 'a.xlsx', '--out', 'b.xlsx'], io)).toBe(0);
    expect(io.err).toMatch(/Giữ nguyên trang tính đã có/);
    expect(io.err).not.toMatch(/mặc định/);
    const book = await FileWorkbook.open(io.files.get('b.xlsx')!, 'b.xlsx');
    expect((await book.readSheet(TRACKING_SHEET)).values[1][0]).toBe(7);
    expect((await book.readSheet(UNIT_DIRECTORY_SHEET)).values[4][1]).toBe('Văn phòng Sở NN&PTNT');
  });

  test.each([[['init']], [['init', 'ke-hoach.xlsx']], [['init', 'a.xlsx', 'b.xlsx', '--out', 'c.xlsx']], [['init', 'ke-hoach.xlsx', '--out', 'x.xlsx', '--year', '24']], [['init', '--bogus']]])(
    'usage error %j → exit 2',
    async (argv) => {
      const io = memoryIo({ 'ke-hoach.xlsx': seed });
      expect(await main(argv, io)).toBe(2);
      expect(io.out).toBe('');
    },
  );

  test('a file that is not a workbook, or missing → exit 1 with a Vietnamese sentence', async () => {
    const io = memoryIo({ 'x.xlsx': new TextEncoder().encode('not a workbook') });
    expect(await main(['init', 'x.xlsx', '--out', 'y.xlsx'], io)).toBe(1);
    expect(io.err).toMatch(/không phải sổ tính Excel/);
    const missing = memoryIo({});
    expect(await main(['init', 'none.xlsx', '--out', 'y.xlsx'], missing)).toBe(1);
    expect(missing.err).toMatch(/không tồn tại/);
  });

  test('a workbook without a plan table → exit 1', async () => {
    const xl = new ExcelJS.Workbook();
    xl.addWorksheet('Trống').getCell('A1').value = 'xin chào';
    const io = memoryIo({ 'e.xlsx': new Uint8Array((await xl.xlsx.writeBuffer()) as ArrayBuffer) });
    expect(await main(['init', 'e.xlsx', '--out', 'y.xlsx'], io)).toBe(1);
    expect(io.files.has('y.xlsx')).toBe(false);
  });
});
