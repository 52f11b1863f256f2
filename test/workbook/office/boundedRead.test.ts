/**
 * Reading a sheet in Excel within Excel's documented limits, as the recording fake encodes them
 * (5 MB response, 5 000 000 cells, 512 merged areas per getMergedAreasOrNullObject, 8 192-character
 * address lists), and the 1904 date system.
 */
import type { CellRange } from '../../../src/core/grid';
import { officeErrorMessage, OfficeOperationError } from '../../../src/workbook/office/officeErrors';
import { excelSerialToDate } from '../../../src/workbook/office/excelDates';
import { OfficeWorkbook } from '../../../src/workbook/office/officeWorkbook';
import { EXCEL_MERGED_AREAS_LIMIT, EXCEL_WEB_PAYLOAD_LIMIT, FakeContext, FakeExcel, FakeOfficeError } from '../../fakes/excelFake';

/** A dossier register: a header and `rows` lines of about 300 bytes plus `notes` characters of notes. */
function seedRegister(fake: FakeExcel, rows: number, notes = 0): void {
  const values: (string | number | null)[][] = [['STT', 'Mã hồ sơ', 'Tên thủ tục', 'Lĩnh vực', 'Ngày nhận', 'Hạn trả', 'Ngày trả', 'Kênh', 'Trạng thái', 'Ghi chú']];
  for (let i = 1; i <= rows; i++) {
    values.push([i, `000.00.12.H48-240${String(i).padStart(6, '0')}`, 'Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'Thú y', 45300 + (i % 60), 45320 + (i % 60), 45310 + (i % 60), 'Trực tuyến', 'Đã giải quyết', `Đúng hạn, trả qua dịch vụ bưu chính công ích${' – đã gọi điện báo'.repeat(Math.ceil(notes / 19)).slice(0, notes)}`]);
  }
  fake.seed('Sổ theo dõi', values, { numberFormats: { [`E2:G${rows + 1}`]: 'dd/mm/yyyy' } });
}

/** A plan pasted from Word: every task's Nội dung merged over three rows. */
function seedMergedPlan(fake: FakeExcel, tasks: number): CellRange[] {
  const values: (string | number | null)[][] = [['STT', 'Nội dung', 'Kết quả', 'Chủ trì', 'Thời gian']];
  const merges: CellRange[] = [];
  for (let t = 0; t < tasks; t++) {
    const top = 2 + t * 3;
    values.push([t + 1, `Nhiệm vụ ${t + 1}`, 'Báo cáo', 'Văn phòng Sở', 'Quý I'], [null, null, 'Kế hoạch', null, null], [null, null, 'Danh mục', null, null]);
    merges.push({ top, left: 1, bottom: top + 2, right: 1 }, { top, left: 2, bottom: top + 2, right: 2 });
  }
  fake.seed('Kế hoạch', values, { merges });
  return merges;
}

/** The read before issue 13: the whole used range, its formats and merged areas in one request. */
async function oneShotRead(fake: FakeExcel, name: string): Promise<void> {
  await fake.run(async (context) => {
    const used = context.workbook.worksheets.getItem(name).getUsedRange();
    used.load('values, numberFormat, rowIndex, columnIndex');
    const merged = used.getMergedAreasOrNullObject();
    merged.load('areas/items/address');
    await context.sync();
  });
}

const maxResponse = (fake: FakeExcel) => Math.max(...fake.requests.map((r) => r.responseBytes));

describe('reading a sheet in Excel within the documented limits', () => {
  // 6 000 rows with long notes weigh what a 20 000-row register does (≈ 6 MB), in a quarter of the cells.
  test('a register of about 6 MB: the one-shot read is refused (response over 5 MB), the block read is not', async () => {
    const fake = new FakeExcel();
    seedRegister(fake, 6_000, 600);
    await expect(oneShotRead(fake, 'Sổ theo dõi')).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    fake.resetCounts();
    const grid = await new OfficeWorkbook({ run: fake.run }).readSheet('Sổ theo dõi');
    expect(grid.values).toHaveLength(6_001);
    expect(grid.values[6_000]).toEqual([6_000, '000.00.12.H48-240006000', expect.any(String), 'Thú y', excelSerialToDate(45300), excelSerialToDate(45320), excelSerialToDate(45310), 'Trực tuyến', 'Đã giải quyết', expect.any(String)]);
    expect(grid.values[1][0]).toBe(1);
    // Under the 5 MB limit with room (blocks aim at 3 MB from what the last block weighed).
    expect(maxResponse(fake)).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT * 0.7);
    // Syncs grow with rows / 5 000: sizing, blocks, the last formats.
    expect(fake.syncs).toBeLessThanOrEqual(3 + Math.ceil(20_000 / 5_000) + 2);
    expect(fake.requests.length).toBe(fake.syncs);
  });

  test('2 400 merged areas: the one-shot read fails (over 512 per call), the block read finds them all', async () => {
    const fake = new FakeExcel();
    const merges = seedMergedPlan(fake, 1_200);
    await expect(oneShotRead(fake, 'Kế hoạch')).rejects.toMatchObject({ code: 'GeneralException' });
    fake.resetCounts();
    const grid = await new OfficeWorkbook({ run: fake.run }).readSheet('Kế hoạch');
    expect(grid.merges).toEqual(merges);
    expect(Math.max(...fake.mergedAreasPerCall)).toBeLessThanOrEqual(EXCEL_MERGED_AREAS_LIMIT);
    // Merged areas are asked in slices within a block's sync, so they cost no extra syncs.
    expect(fake.syncs).toBeLessThanOrEqual(3 + Math.ceil(3_601 / 5_000) + 2);
    expect(grid.values[2 + 3 * 1_199 - 1]).toEqual([1_200, 'Nhiệm vụ 1200', 'Báo cáo', 'Văn phòng Sở', 'Quý I']);
  });

  test('a block that still fails is halved (long texts, small targets), the grid is whole', async () => {
    const fake = new FakeExcel();
    const values = Array.from({ length: 400 }, (_, i) => [i + 1, 'x'.repeat(i % 7 === 0 ? 20_000 : 10)]);
    fake.seed('Dài', values);
    fake.payloadLimit = 200_000;
    const grid = await new OfficeWorkbook({ run: fake.run }).readSheet('Dài');
    expect(grid.values).toEqual(values);
    // Some block was refused by the fake and read again in halves.
    expect(fake.requests.some((r) => r.responseBytes > 200_000)).toBe(true);
  });

  test('formatting down a whole column does not make a million-row read (values-only used range)', async () => {
    const fake = new FakeExcel();
    const s = fake.seed('S', [['STT', 'Tên'], [1, 'a']]);
    for (let row = 1; row <= 1_048_576; row += 4_096) s.cell(row, 3).fill = '#FFFF00';
    s.merges.push({ top: 1, left: 4, bottom: 1_048_576, right: 4 });
    const grid = await new OfficeWorkbook({ run: fake.run }).readSheet('S');
    expect(grid.values).toEqual([['STT', 'Tên'], [1, 'a']]);
    expect(fake.syncs).toBeLessThanOrEqual(3);
  });

  test('an empty sheet reads as an empty grid', async () => {
    const fake = new FakeExcel();
    fake.seed('Trống', []);
    expect(await new OfficeWorkbook({ run: fake.run }).readSheet('Trống')).toEqual({ name: 'Trống', values: [], merges: [] });
  });

  test('a stray cell far from the table is refused in Vietnamese, with what to do', async () => {
    const fake = new FakeExcel();
    const s = fake.seed('Xa', [['STT']]);
    s.cell(1_048_576, 16_384).value = 'x';
    const err = await new OfficeWorkbook({ run: fake.run }).readSheet('Xa').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeOperationError);
    expect((err as Error).message).toMatch(/Trang tính "Xa".*Ctrl\+End.*thử lại/);
  });
});

describe('the 1904 date system in Excel', () => {
  test('dates read and write the right day in a 1904 workbook, and in a 1900 one', async () => {
    for (const date1904 of [false, true]) {
      const fake = new FakeExcel();
      fake.date1904 = date1904;
      const serial = date1904 ? 45361 - 1462 : 45361; // 10/03/2024 in each system
      fake.seed('S', [['Hạn'], [serial]], { numberFormats: { A2: 'dd/mm/yyyy' } });
      const book = new OfficeWorkbook({ run: fake.run });
      const grid = await book.readSheet('S');
      expect(grid.values[1][0]).toEqual(new Date(Date.UTC(2024, 2, 10)));
      await book.apply({ sheets: [{ sheet: 'Ra', mode: 'create', values: [{ row: 1, col: 1, values: [[new Date(Date.UTC(2024, 2, 31))]] }], formats: [], merges: [], columnWidths: [] }] });
      expect(fake.sheet('Ra').peek(1, 1)?.value).toBe(date1904 ? 45382 - 1462 : 45382);
    }
  });

  test("the fake's DATE follows the workbook's system (1904-01-01 is 0 or 1462; 1900-03-01 is 61)", async () => {
    const fake = new FakeExcel();
    const probe = async () =>
      fake.run(async (context) => {
        const a = context.workbook.functions.date(1904, 1, 1);
        const b = context.workbook.functions.date(1900, 3, 1);
        a.load('value');
        b.load('value');
        await context.sync();
        return [a.value, b.value];
      });
    expect(await probe()).toEqual([1462, 61]);
    fake.date1904 = true;
    expect((await probe())[0]).toBe(0);
  });
});

describe('the fake encodes Excel rules on its own', () => {
  test.each([
    ['x'.repeat(32), 'over 31 characters'],
    ['Kế hoạch [2024]', 'brackets'],
    ['a/b', 'slash'],
    ['History', 'reserved'],
    ["'Tên", 'leading apostrophe'],
    ['  ', 'blank'],
  ])('refuses the sheet name %j (%s)', async (name) => {
    const context = new FakeContext(new FakeExcel());
    context.workbook.worksheets.add(name);
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test.each([['x'.repeat(31)], ['Tiến độ - Chi cục Thủy sản'], ["Kế hoạch's"]])('accepts %j', async (name) => {
    const context = new FakeContext(new FakeExcel());
    context.workbook.worksheets.add(name);
    await expect(context.sync()).resolves.toBeUndefined();
  });

  test('getRanges refuses an address list over 8 192 characters; loading over five million cells is refused', async () => {
    const fake = new FakeExcel();
    fake.seed('S', [[1]]);
    const context = new FakeContext(fake);
    const list = Array.from({ length: 1_200 }, (_, i) => `A${i + 1}:B${i + 1}`).join(',');
    expect(() => context.workbook.worksheets.getItem('S').getRanges(list)).toThrow(FakeOfficeError);
    context.workbook.worksheets.getItem('S').getRange('A1:E1000001').load('values');
    await expect(context.sync()).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
  });
});

describe('Office size errors say what to do, in Vietnamese', () => {
  test.each(['RangeExceedsLimit', 'ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded', 'OperationCellsExceedLimit'])('%s', (code) => {
    const message = officeErrorMessage({ code });
    expect(message).toMatch(/Hãy/);
    expect(message).not.toMatch(/[A-Za-z]{4,} [A-Za-z]{4,} [A-Za-z]{4,}/);
  });
});
