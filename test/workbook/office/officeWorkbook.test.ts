import type { CellValue } from '../../../src/core/grid';
import type { SheetWrite, WritePlan } from '../../../src/core/write/writePlan';
import { listSheetName } from '../../../src/workbook/listSources';
import { OfficeOperationError } from '../../../src/workbook/office/officeErrors';
import { OfficeWorkbook } from '../../../src/workbook/office/officeWorkbook';
import { SheetLayoutError } from '../../../src/workbook/sheetLayoutError';
import { WritePlanError } from '../../../src/workbook/validateWritePlan';
import { EXCEL_WEB_PAYLOAD_LIMIT, FakeContext, FakeExcel, type FakeCell } from '../../fakes/excelFake';

function sheet(partial: Partial<SheetWrite> & Pick<SheetWrite, 'sheet' | 'mode'>): SheetWrite {
  return { values: [], formats: [], merges: [], columnWidths: [], ...partial };
}

const PALETTE = ['#F8CBAD', '#FFE699', '#C6E0B4', '#DDEBF7', '#D9D9D9'];
const LABELS = ['! Quá hạn', '◔ Sắp đến hạn', '✓ Đã xong', '↻ Thường xuyên', '– Chưa có hạn'];

/** The officer's plan sheet: a title, a header row 3, `rows` task rows from row 4. */
function seedPlan(fake: FakeExcel, rows: number): void {
  const values: (string | number | null)[][] = [['KẾ HOẠCH KIỂM SOÁT TTHC NĂM 2024'], [], ['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian']];
  for (let i = 1; i <= rows; i++) values.push([i, `Nhiệm vụ ${i}: rà soát, đánh giá thủ tục hành chính`, 'Văn phòng Sở', 'Các phòng', 'Quý I']);
  fake.seed('Kế hoạch', values, { merges: [{ top: 1, left: 1, bottom: 1, right: 5 }] });
}

/** A status plan as the core makes it: own columns G:H plus row fills, and a status sheet. */
function statusPlan(rows: number, extra: Partial<SheetWrite> = {}, tableRows = rows): WritePlan {
  const own: CellValue[][] = [['Hạn kế tiếp', 'Tình trạng']];
  const fills = [];
  const statusRows: CellValue[][] = [['STT', 'Nội dung', 'Hạn', 'Tình trạng']];
  for (let i = 0; i < rows; i++) {
    own.push([new Date(Date.UTC(2024, 2, 31)), LABELS[i % 5]]);
    fills.push({ range: { top: 4 + i, left: 1, bottom: 4 + i, right: 8 }, format: { fill: PALETTE[i % 5] } });
    statusRows.push([i + 1, `Nhiệm vụ ${i + 1}`, new Date(Date.UTC(2024, 2, 31)), LABELS[i % 5]]);
  }
  return {
    sheets: [
      sheet({ sheet: 'Kế hoạch', mode: 'update', ownColumns: { from: 7, to: 8, rows: [3, 3 + tableRows] }, values: [{ row: 3, col: 7, values: own }], formats: fills, columnWidths: [{ col: 8, width: 22 }] }),
      sheet({
        sheet: 'Tiến độ',
        mode: 'create',
        values: [{ row: 1, col: 1, values: [['TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH'], ['Ngày 10/03/2024'], ...statusRows] }],
        formats: [
          { range: { top: 3, left: 1, bottom: 3, right: 4 }, format: { bold: true, fill: '#1F4E78', fontColor: '#FFFFFF', border: 'thin', horizontal: 'center', wrap: true } },
          ...fills.map((f, i) => ({ range: { top: 4 + i, left: 1, bottom: 4 + i, right: 4 }, format: f.format })),
        ],
        merges: [{ top: 1, left: 1, bottom: 1, right: 4 }],
        columnWidths: [
          { col: 1, width: 6 },
          { col: 2, width: 60 },
        ],
        freeze: { rows: 3, cols: 0 },
        pageSetup: { orientation: 'landscape', paper: 'A4', fitToWidth: true, printTitleRows: [3, 3], printArea: { top: 1, left: 1, bottom: 3 + rows, right: 4 }, footer: '&LNgày 10/03/2024&RTrang &P/&N' },
        tabColor: '#1F4E78',
        ...extra,
      }),
    ],
    activate: 'Tiến độ',
  };
}

function text(cell: FakeCell | undefined): unknown {
  return cell?.value ?? '';
}

describe('the Excel fake behaves like Office where our code depends on it', () => {
  test('a property read before load, or after load but before sync, throws', async () => {
    const fake = new FakeExcel();
    fake.seed('S', [['a']]);
    const context = new FakeContext(fake);
    const used = context.workbook.worksheets.getItem('S').getUsedRange();
    // The two reads below are the mistakes the fake must catch.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    expect(() => used.values).toThrow(/PropertyNotLoaded/);
    used.load('values');
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
    expect(() => used.values).toThrow(/PropertyNotLoaded/);
    await context.sync();
    expect(used.values).toEqual([['a']]);
    expect(fake.syncs).toBe(1);
  });

  test('text written without the "@" format turns into a formula or a number, as typed in Excel', async () => {
    const fake = new FakeExcel();
    fake.seed('S', []);
    const context = new FakeContext(fake);
    context.workbook.worksheets.getItem('S').getRange('A1:C1').values = [['=HYPERLINK("http://x")', '007', '+1']];
    await context.sync();
    const s = fake.sheet('S');
    expect(s.peek(1, 1)?.formula).toBe('=HYPERLINK("http://x")');
    expect(s.peek(1, 2)?.value).toBe(7);
    expect(s.peek(1, 3)?.formula).toBe('=+1');
  });

  test('a batch stops at the failing item and a request over 5 MB is refused whole', async () => {
    const fake = new FakeExcel();
    fake.seed('S', []);
    let context = new FakeContext(fake);
    const ws = context.workbook.worksheets.getItem('S');
    ws.getRange('A1').values = [['một']];
    context.workbook.worksheets.getItem('Không có').getRange('A1').values = [['x']];
    ws.getRange('A2').values = [['hai']];
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(text(fake.sheet('S').peek(1, 1))).toBe('một');
    expect(fake.sheet('S').peek(2, 1)).toBeUndefined();
    context = new FakeContext(fake);
    context.workbook.worksheets.getItem('S').getRange('A1').values = [['x'.repeat(EXCEL_WEB_PAYLOAD_LIMIT)]];
    await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(text(fake.sheet('S').peek(1, 1))).toBe('một');
  });
});

describe('OfficeWorkbook.readSheet', () => {
  test('values, dates, used range offset and merges of a small sheet: one sync to size it, one to read it whole', async () => {
    const fake = new FakeExcel();
    const s = fake.seed('Phụ lục', [[], [], [null, 'STT', 'Thời gian', 'Số'], [null, 1, 45361, 3.5], [null, 'gộp', '', true]], {
      numberFormats: { C4: 'dd/mm/yyyy' },
      merges: [{ top: 5, left: 2, bottom: 6, right: 2 }],
    });
    expect(s.usedRange(false)).toEqual({ top: 3, left: 2, bottom: 6, right: 4 });
    const book = new OfficeWorkbook({ run: fake.run });
    const grid = await book.readSheet('Phụ lục');
    expect(fake.syncs).toBe(2);
    expect(grid.values).toEqual([[], [], [null, 'STT', 'Thời gian', 'Số'], [null, 1, new Date(Date.UTC(2024, 2, 10)), 3.5], [null, 'gộp', null, true]]);
    expect(grid.merges).toEqual([{ top: 5, left: 2, bottom: 6, right: 2 }]);
  });

  test('a missing sheet gives a Vietnamese OfficeOperationError', async () => {
    const fake = new FakeExcel();
    fake.seed('A', [['x']]);
    const book = new OfficeWorkbook({ run: fake.run });
    const err = await book.readSheet('Không có').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeOperationError);
    expect((err as OfficeOperationError).code).toBe('ItemNotFound');
    expect((err as OfficeOperationError).message).toMatch(/Không tìm thấy trang tính/);
  });

  test('sheetNames lists tabs in order without the list sheets, in one sync', async () => {
    const fake = new FakeExcel();
    fake.seed('B', []);
    fake.seed('A', []);
    fake.seed(listSheetName('A'), []).visibility = 'VeryHidden';
    const book = new OfficeWorkbook({ run: fake.run });
    expect(await book.sheetNames()).toEqual(['B', 'A']);
    expect(fake.syncs).toBe(1);
  });
});

describe('OfficeWorkbook.apply', () => {
  const counts: Record<number, { syncs: number; maxRequest: number; writes: number }> = {};

  test.each([40, 1000, 10000])('%i rows: the same few syncs, fills through chunked getRanges, requests under 5 MB', async (rows) => {
    const fake = new FakeExcel();
    seedPlan(fake, rows);
    const book = new OfficeWorkbook({ run: fake.run });
    await book.apply(statusPlan(rows));
    counts[rows] = { syncs: fake.syncs, maxRequest: Math.max(...fake.requests.map((r) => r.bytes)), writes: fake.writes.length };
    expect(fake.syncs).toBeLessThanOrEqual(4);
    expect(fake.requests.every((r) => r.bytes < EXCEL_WEB_PAYLOAD_LIMIT)).toBe(true);
    expect(fake.rangesCalls.length).toBeGreaterThan(0);
    expect(fake.rangesCalls.every((a) => a.length < 8000)).toBe(true);
    expect(fake.suspensions.screen).toBeGreaterThan(0);
    // The result is right, not just cheap: last row of each sheet.
    const plan = fake.sheet('Kế hoạch');
    expect(plan.peek(3 + rows, 8)?.value).toBe(LABELS[(rows - 1) % 5]);
    expect(plan.peek(3 + rows, 1)?.fill).toBe(PALETTE[(rows - 1) % 5]);
    expect(plan.peek(3 + rows, 7)).toMatchObject({ value: 45382, numberFormat: 'dd/mm/yyyy' });
    const status = fake.sheet('Tiến độ');
    expect(status.peek(3 + rows, 2)?.value).toBe(`Nhiệm vụ ${rows}`);
    expect(status.peek(3 + rows, 4)?.fill).toBe(PALETTE[(rows - 1) % 5]);
    expect(status.page).toMatchObject({ orientation: 'Landscape', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 3 + rows }, printTitleRows: '$3:$3', printArea: `A1:D${3 + rows}` });
    expect(status.page.headersFooters).toMatchObject({ leftFooter: 'Ngày 10/03/2024', centerFooter: '', rightFooter: 'Trang &P/&N' });
    expect(status.freeze).toEqual({ rows: 3, cols: 0 });
    expect(status.tabColor).toBe('#1F4E78');
    expect(fake.activeSheet).toBe('Tiến độ');
    // One sync reads, one per write request, one recalculates (the update may feed the officer's formulas).
    expect(book.lastStats.requestBytes.length).toBe(fake.syncs - 2);
    expect(fake.calculations).toEqual(['Recalculate']);
  });

  test('the sync count does not grow with the rows', () => {
    expect(counts[40].syncs).toBe(counts[1000].syncs);
    expect(counts[1000].syncs).toBe(counts[10000].syncs);
    expect(counts[10000].syncs).toBe(3);
  });

  test('font family, colour and weight reach the cells', async () => {
    const fake = new FakeExcel();
    const book = new OfficeWorkbook({ run: fake.run });
    const format = { fontName: 'Times New Roman', bold: true, fontColor: '#1F4E78' };
    await book.apply({ sheets: [sheet({ sheet: 'Biểu', mode: 'create', values: [{ row: 1, col: 1, values: [['Tổng cộng']] }], formats: [{ range: { top: 1, left: 1, bottom: 1, right: 2 }, format }] })] });
    expect(fake.sheet('Biểu').peek(1, 2)?.font).toEqual({ name: 'Times New Roman', bold: true, color: '#1F4E78' });
  });

  test('text is formatted "@" before its value arrives, so =HYPERLINK(…) and friends stay text', async () => {
    const fake = new FakeExcel();
    const book = new OfficeWorkbook({ run: fake.run });
    const hostile = ['=HYPERLINK("http://evil.example","bấm")', '+1+2', '-3+4', '@SUM(A1)', '007'];
    await book.apply({ sheets: [sheet({ sheet: 'Tổng hợp', mode: 'create', values: [{ row: 2, col: 1, values: hostile.map((h) => [h, 5]) }] })] });
    const s = fake.sheet('Tổng hợp');
    hostile.forEach((h, i) => {
      expect(s.peek(2 + i, 1)).toMatchObject({ value: h, formula: null, numberFormat: '@' });
      expect(s.peek(2 + i, 2)).toMatchObject({ value: 5, numberFormat: 'General' });
    });
    const valueWrites = fake.writes.filter((w) => w.kind === 'range.values' || w.kind === 'range.numberFormat');
    expect(valueWrites.map((w) => w.kind)).toEqual(['range.numberFormat', 'range.values']);
    expect(valueWrites[0].address).toBe(valueWrites[1].address);
    expect(valueWrites[0].sync).toBe(valueWrites[1].sync);
  });

  test('the plan’s formulas (issue 14) become live formulas, even over a text-formatted cell; text stays text', async () => {
    const fake = new FakeExcel();
    const book = new OfficeWorkbook({ run: fake.run });
    await book.apply({
      sheets: [
        sheet({
          sheet: 'Biểu',
          mode: 'create',
          values: [{ row: 1, col: 1, values: [['=HYPERLINK("x")', 2, 3, 'trước']] }],
          formulas: [
            { row: 1, col: 4, formula: 'SUM(B1:C1)', result: 5 },
            { row: 1, col: 5, formula: 'B1+C1-B1', result: 3 },
          ],
        }),
      ],
    });
    const s = fake.sheet('Biểu');
    expect(s.peek(1, 1)).toMatchObject({ value: '=HYPERLINK("x")', formula: null });
    expect(s.peek(1, 4)).toMatchObject({ value: 5, formula: '=SUM(B1:C1)', numberFormat: 'General' });
    expect(s.peek(1, 5)).toMatchObject({ value: 3, formula: '=B1+C1-B1' });
    expect(fake.writes.filter((w) => w.kind === 'range.formulas').map((w) => w.address)).toEqual(['D1:E1']);
  });

  test('a formula that is not a sum of cells is refused before anything is written', async () => {
    const fake = new FakeExcel();
    const book = new OfficeWorkbook({ run: fake.run });
    const plan = { sheets: [sheet({ sheet: 'Biểu', mode: 'create', formulas: [{ row: 1, col: 1, formula: 'HYPERLINK("http://x","y")', result: 0 }] })] };
    await expect(book.apply(plan)).rejects.toThrow(WritePlanError);
    expect(fake.writes).toEqual([]);
  });

  test('the update touches only its own columns and fills; re-applying replaces them', async () => {
    const fake = new FakeExcel();
    seedPlan(fake, 30);
    fake.sheet('Kế hoạch').cell(5, 9).value = 'ghi chú của cán bộ';
    const before = new Map([...fake.sheet('Kế hoạch').cells].map(([k, c]) => [k, JSON.stringify(c)]));
    const book = new OfficeWorkbook({ run: fake.run });
    await book.apply(statusPlan(30));
    await book.apply(statusPlan(20, {}, 30));
    const after = fake.sheet('Kế hoạch');
    for (const [key, was] of before) {
      const [, col] = key.split(',').map(Number);
      const { fill: _fill, ...now } = after.cells.get(key) as FakeCell;
      const { fill: _wasFill, ...then } = JSON.parse(was) as FakeCell;
      expect([key, now]).toEqual([key, then]);
      expect(col === 7 || col === 8).toBe(false);
    }
    expect(after.peek(5, 9)?.value).toBe('ghi chú của cán bộ');
    expect(after.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 5 }]);
    // Rows 24–33 were written by the first run only: the second clears its whole own columns.
    expect(after.peek(30, 8)?.value ?? '').toBe('');
    expect(after.peek(23, 8)?.value).toBe(LABELS[19 % 5]);
    expect(fake.sheets.map((s) => s.name)).toEqual(['Kế hoạch', 'Tiến độ']);
  });

  test('re-applying a create sheet replaces it in its tab position', async () => {
    const fake = new FakeExcel();
    seedPlan(fake, 5);
    const book = new OfficeWorkbook({ run: fake.run });
    await book.apply(statusPlan(5));
    fake.seed('Ghi chú', [['x']]);
    fake.move(fake.sheet('Ghi chú'), 0);
    expect(fake.sheets.map((s) => s.name)).toEqual(['Ghi chú', 'Kế hoạch', 'Tiến độ']);
    fake.move(fake.sheet('Tiến độ'), 1);
    await book.apply(statusPlan(3));
    expect(fake.sheets.map((s) => s.name)).toEqual(['Ghi chú', 'Tiến độ', 'Kế hoạch']);
    expect(fake.sheet('Tiến độ').peek(7, 2)).toBeUndefined();
    expect(fake.sheet('Tiến độ').peek(6, 2)?.value).toBe('Nhiệm vụ 3');
  });

  test.each<[string, (fake: FakeExcel) => WritePlan, RegExp]>([
    ['a bad sheet name', () => ({ sheets: [sheet({ sheet: 'Quý I/2024', mode: 'create' })] }), /sheet name contains/],
    ['a value outside the own columns', () => ({ sheets: [sheet({ sheet: 'Kế hoạch', mode: 'update', ownColumns: { from: 7, to: 8, rows: [3, 10] }, values: [{ row: 4, col: 2, values: [['x']] }] })] }), /outside the own columns/],
    ['an update of a missing sheet', () => ({ sheets: [sheet({ sheet: 'Tiến độ', mode: 'create' }), sheet({ sheet: 'Không có', mode: 'update', ownColumns: { from: 7, to: 8, rows: [3, 10] } })] }), /does not exist/],
    ['an update whose own columns cut a merged area', () => ({ sheets: [sheet({ sheet: 'Kế hoạch', mode: 'update', ownColumns: { from: 5, to: 8, rows: [1, 10] } })] }), /^Trang tính "Kế hoạch" có vùng gộp ô A1:E1 chạm vào các cột E1:H10 .*Hãy bỏ gộp/],
  ])('%s: nothing is written', async (name, makePlan, message) => {
    const fake = new FakeExcel();
    seedPlan(fake, 5);
    const book = new OfficeWorkbook({ run: fake.run });
    const err = await book.apply(makePlan(fake)).catch((e: unknown) => e);
    // The officer's merged cells are a layout to change (Vietnamese); the rest are our defects.
    expect(err).toBeInstanceOf(name.includes('merged area') ? SheetLayoutError : WritePlanError);
    expect((err as Error).message).toMatch(message);
    expect(fake.writes).toEqual([]);
    expect(fake.sheets.map((s) => s.name)).toEqual(['Kế hoạch']);
  });

  test('an error in the middle of the write leaves no sheet under the final name, and the old one intact', async () => {
    const fake = new FakeExcel();
    seedPlan(fake, 200);
    const book = new OfficeWorkbook({ run: fake.run });
    await book.apply(statusPlan(200));
    const oldStatus = fake.sheet('Tiến độ');
    const oldCells = JSON.stringify([...oldStatus.cells]);
    let valuesSeen = 0;
    fake.failWrite = (w) => (w.kind === 'range.values' && w.sheet.startsWith('KSTTHC_TAM_') && ++valuesSeen === 1 ? { code: 'GeneralException' } : undefined);
    const err = await book.apply(statusPlan(200, { values: [{ row: 1, col: 1, values: [['MỚI']] }] })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeOperationError);
    expect((err as OfficeOperationError).message).toMatch(/Excel gặp lỗi/);
    expect(fake.sheets.map((s) => s.name)).toEqual(['Kế hoạch', 'Tiến độ']);
    expect(fake.sheet('Tiến độ')).toBe(oldStatus);
    expect(JSON.stringify([...fake.sheet('Tiến độ').cells])).toBe(oldCells);
  });

  test('a new sheet whose build fails does not appear at all', async () => {
    const fake = new FakeExcel();
    seedPlan(fake, 10);
    fake.failWrite = (w) => (w.kind === 'range.merge' ? { code: 'InvalidOperationInCellEditMode' } : undefined);
    const book = new OfficeWorkbook({ run: fake.run });
    const err = await book.apply(statusPlan(10)).catch((e: unknown) => e);
    expect((err as OfficeOperationError).message).toBe('Hãy thoát khỏi ô đang sửa (nhấn Enter hoặc Esc) rồi thử lại.');
    expect((err as OfficeOperationError).code).toBe('InvalidOperationInCellEditMode');
    expect(fake.sheets.map((s) => s.name)).toEqual(['Kế hoạch']);
  });

  test('big writes are split into requests under the limit, each one sync', async () => {
    const fake = new FakeExcel();
    seedPlan(fake, 10000);
    const book = new OfficeWorkbook({ run: fake.run, maxRequestBytes: 300 * 1024 });
    await book.apply(statusPlan(10000));
    expect(fake.requests.length).toBeGreaterThan(3);
    expect(fake.requests.every((r) => r.bytes < 600 * 1024)).toBe(true);
    expect(fake.sheet('Tiến độ').peek(10003, 2)?.value).toBe('Nhiệm vụ 10000');
  });

  test('a many-property format over thousands of ranges is counted per property and still fits the limit', async () => {
    const fake = new FakeExcel();
    fake.payloadLimit = 600 * 1024;
    const rows = 6000;
    // Alternate rows so no two ranges merge: one getRanges address list per chunk, set nine times.
    const formats = Array.from({ length: rows }, (_, i) => ({
      range: { top: 2 * i + 1, left: 1, bottom: 2 * i + 1, right: 8 },
      format: { fill: '#F08080', fontColor: '#5A0000', bold: true, wrap: true, vertical: 'top' as const, border: 'thin' as const, fontName: 'Times New Roman' },
    }));
    const book = new OfficeWorkbook({ run: fake.run, maxRequestBytes: 300 * 1024 });
    await book.apply({ sheets: [sheet({ sheet: 'Nhiều định dạng', mode: 'create', values: [{ row: 1, col: 1, values: [['x']] }], formats })] });
    expect(fake.requests.every((r) => r.bytes < 600 * 1024)).toBe(true);
    expect(fake.sheet('Nhiều định dạng').peek(2 * rows - 1, 8)?.fill).toBe('#F08080');
  });

  test('long drop-down lists go to a very hidden list sheet; re-applying without them removes it', async () => {
    const fake = new FakeExcel();
    const units = Array.from({ length: 30 }, (_, i) => `Chi cục Phát triển nông thôn số ${i + 1}`);
    const book = new OfficeWorkbook({ run: fake.run });
    const withLists = (list: string[]): WritePlan => ({
      sheets: [
        sheet({
          sheet: 'Biểu',
          mode: 'create',
          validations: [
            { range: { top: 2, left: 1, bottom: 9, right: 1 }, list: ['Có', 'Không'] },
            { range: { top: 2, left: 2, bottom: 9, right: 2 }, list },
          ],
        }),
      ],
    });
    await book.apply(withLists(units));
    const listName = listSheetName('Biểu');
    const lists = fake.sheet(listName);
    expect(lists.visibility).toBe('VeryHidden');
    expect(lists.peek(31, 1)?.value).toBe(units[29]);
    expect(fake.sheet('Biểu').validations.map((v) => v.rule)).toEqual([
      { list: { inCellDropDown: true, source: 'Có,Không' } },
      { list: { inCellDropDown: true, source: `='${listName}'!$A$2:$A$31` } },
    ]);
    await book.apply(withLists(units.slice(0, 3)));
    expect(fake.findSheet(listName)).toBeUndefined();
    expect(await book.sheetNames()).toEqual(['Biểu']);
  });

  test('a request Excel refuses as too large is reported in Vietnamese and leaves no sheet', async () => {
    const fake = new FakeExcel();
    fake.payloadLimit = 50 * 1024;
    seedPlan(fake, 2000);
    const book = new OfficeWorkbook({ run: fake.run });
    const err = await book.apply(statusPlan(2000)).catch((e: unknown) => e);
    expect((err as OfficeOperationError).code).toBe('RequestPayloadSizeLimitExceeded');
    expect((err as OfficeOperationError).message).toMatch(/quá lớn/);
    expect(fake.sheets.map((s) => s.name)).toEqual(['Kế hoạch']);
  });
});

describe('OfficeWorkbook.select', () => {
  test('activates the sheet and selects the range in one sync', async () => {
    const fake = new FakeExcel();
    fake.seed('A', []);
    fake.seed('B', []);
    const book = new OfficeWorkbook({ run: fake.run });
    await book.select('B', { top: 4, left: 1, bottom: 4, right: 8 });
    expect(fake.activeSheet).toBe('B');
    expect(fake.selection).toEqual({ sheet: 'B', address: 'A4:H4' });
    expect(fake.syncs).toBe(1);
  });
});
