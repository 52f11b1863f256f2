/**
 * What real Excel does that a looser fake once hid: each test here encodes one documented (or
 * reported, with its office-js issue) behaviour in test/fakes/excelFake.ts and checks that the
 * add-in copes with it.
 */
import type { CellRange } from '../../../src/core/grid';
import type { SheetWrite, WritePlan } from '../../../src/core/write/writePlan';
import { officeErrorMessage, OfficeOperationError } from '../../../src/workbook/office/officeErrors';
import { OfficeWorkbook } from '../../../src/workbook/office/officeWorkbook';
import { READ_LIMITS } from '../../../src/workbook/office/readSheetInBlocks';
import { SheetLayoutError } from '../../../src/workbook/sheetLayoutError';
import { FakeContext, FakeExcel, FakeOfficeError, undocumentedZoom } from '../../fakes/excelFake';

function sheet(partial: Partial<SheetWrite> & Pick<SheetWrite, 'sheet' | 'mode'>): SheetWrite {
  return { values: [], formats: [], merges: [], columnWidths: [], ...partial };
}

/** The officer's plan: a title, a header row 3, tasks from row 4, section rows merged A:H. */
function seedSectionedPlan(fake: FakeExcel): void {
  const values: (string | number | null)[][] = [['KẾ HOẠCH NĂM 2024'], [], ['STT', 'Nội dung', 'Chủ trì']];
  for (let i = 1; i <= 16; i++) values.push(i === 5 ? ['II. NHIỆM VỤ THƯỜNG XUYÊN'] : [i, `Nhiệm vụ ${i}`, 'Văn phòng Sở']);
  fake.seed('Kế hoạch', values, { merges: [{ top: 1, left: 1, bottom: 1, right: 3 }, { top: 8, left: 1, bottom: 8, right: 8 }] });
}

/** An update writing the add-in's columns G:H over rows 3–19. */
function ownColumnsPlan(): WritePlan {
  return { sheets: [sheet({ sheet: 'Kế hoạch', mode: 'update', ownColumns: { from: 7, to: 8, rows: [3, 19] }, values: [{ row: 3, col: 7, values: [['Hạn', 'Tình trạng']] }] })] };
}

describe('merged areas: Excel returns only those whose top-left cell is inside the range (office-js 3611, 1590)', () => {
  test('the fake: a merge entering the range from the left is not returned; asked from column A it is', async () => {
    const fake = new FakeExcel();
    fake.seed('S', [], { merges: [{ top: 2, left: 2, bottom: 3, right: 4 }] });
    const context = new FakeContext(fake);
    const ws = context.workbook.worksheets.getItem('S');
    const inner = ws.getRange('C2:E6').getMergedAreasOrNullObject();
    inner.load('areas/items/address');
    const fromA = ws.getRange('A1:E6').getMergedAreasOrNullObject();
    fromA.load('areas/items/address');
    await context.sync();
    expect(inner.isNullObject).toBe(true);
    expect(fromA.areas.items.map((a) => a.address)).toEqual(["'S'!B2:D3"]);
  });

  test('a section row merged from column A into the own columns stops the write; nothing is unmerged or cleared', async () => {
    const fake = new FakeExcel();
    seedSectionedPlan(fake);
    const before = JSON.stringify([...fake.sheet('Kế hoạch').cells]);
    const err = await new OfficeWorkbook({ run: fake.run }).apply(ownColumnsPlan()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SheetLayoutError);
    expect((err as Error).message).toMatch(/^Trang tính "Kế hoạch" có vùng gộp ô A8:H8 chạm vào các cột G3:H19/);
    expect(fake.writes).toEqual([]);
    expect(fake.sheet('Kế hoạch').merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }, { top: 8, left: 1, bottom: 8, right: 8 }]);
    expect(JSON.stringify([...fake.sheet('Kế hoạch').cells])).toBe(before);
  });

  test('a merge above the own rows reaching down into them is seen too', async () => {
    const fake = new FakeExcel();
    seedSectionedPlan(fake);
    fake.sheet('Kế hoạch').merges = [{ top: 1, left: 7, bottom: 4, right: 7 }];
    const err = await new OfficeWorkbook({ run: fake.run }).apply(ownColumnsPlan()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SheetLayoutError);
    expect((err as Error).message).toMatch(/vùng gộp ô G1:G4/);
  });

  test('merges beside the own columns (the title A1:C1) do not stop the write, and a merge wholly inside them is the add-in’s own', async () => {
    const fake = new FakeExcel();
    seedSectionedPlan(fake);
    fake.sheet('Kế hoạch').merges = [{ top: 1, left: 1, bottom: 1, right: 3 }, { top: 3, left: 7, bottom: 3, right: 8 }];
    await new OfficeWorkbook({ run: fake.run }).apply(ownColumnsPlan());
    expect(fake.sheet('Kế hoạch').peek(3, 8)?.value).toBe('Tình trạng');
    expect(fake.sheet('Kế hoạch').merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
  });

  test('more than 512 merged areas left of the own columns: the check asks in smaller slices and still finds the one that reaches in', async () => {
    const fake = new FakeExcel();
    const values: (string | number | null)[][] = [['KẾ HOẠCH'], [], ['STT', 'Nội dung']];
    const merges = [];
    for (let i = 0; i < 700; i++) {
      values.push([i + 1, `Nhiệm vụ ${i + 1}`], []);
      merges.push({ top: 4 + 2 * i, left: 1, bottom: 5 + 2 * i, right: 1 }, { top: 4 + 2 * i, left: 2, bottom: 5 + 2 * i, right: 2 });
    }
    merges.push({ top: 1201, left: 3, bottom: 1201, right: 7 });
    fake.seed('Kế hoạch', values, { merges });
    // Excel names no code for this failure: not the one a guess would pick.
    fake.mergedAreasLimitCode = 'InvalidOperation';
    const plan = { sheets: [sheet({ sheet: 'Kế hoạch', mode: 'update', ownColumns: { from: 7, to: 8, rows: [3, 1403] } })] };
    const err = await new OfficeWorkbook({ run: fake.run }).apply(plan).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SheetLayoutError);
    expect((err as Error).message).toMatch(/vùng gộp ô C1201:G1201/);
    expect(Math.max(...fake.mergedAreasPerCall)).toBeLessThanOrEqual(512);
  });
});

describe('reading a sheet under the same rule', () => {
  test('a merge that starts above or left of the used range (an empty band) is still read, once', async () => {
    const fake = new FakeExcel();
    const values: (string | number | null)[][] = [[null, null, null]];
    for (let i = 0; i < 40; i++) values.push([null, `Dòng ${i + 1}`, i + 1]);
    fake.seed('S', values, { merges: [{ top: 1, left: 1, bottom: 30, right: 1 }, { top: 10, left: 2, bottom: 12, right: 3 }] });
    // Blocks of 5 rows: the band A1:A30 spans six blocks; the B10:C12 merge two of them.
    const limits = { firstBlockRows: 5, maxBlockRows: 5, maxBlockCells: 1_000, targetResponseBytes: 1_000, targetMergedAreas: 400, maxFormatCells: 100, maxSheetCells: 1_000_000, smallSheetCells: 10 };
    const grid = await new OfficeWorkbook({ run: fake.run, readLimits: limits }).readSheet('S');
    expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 30, right: 1 }, { top: 10, left: 2, bottom: 12, right: 3 }]);
    expect(grid.values[2]).toEqual([null, 'Dòng 2', 2]);
  });
});

describe('more than 512 merged areas in one query: Excel documents no error code for it', () => {
  /** A plan pasted from Word: the first two columns of every task merged over three rows (2 400 areas). */
  function seedPastedPlan(fake: FakeExcel): CellRange[] {
    const values: (string | number | null)[][] = [['STT', 'Nội dung', 'Kết quả']];
    const merges: CellRange[] = [];
    for (let t = 0; t < 1_200; t++) {
      values.push([t + 1, `Nhiệm vụ ${t + 1}`, 'Báo cáo'], [null, null, 'Kế hoạch'], [null, null, 'Danh mục']);
      merges.push({ top: 2 + 3 * t, left: 1, bottom: 4 + 3 * t, right: 1 }, { top: 2 + 3 * t, left: 2, bottom: 4 + 3 * t, right: 2 });
    }
    fake.seed('Kế hoạch', values, { merges });
    return merges;
  }

  test.each(['GeneralException', 'InvalidArgument', 'InvalidOperation', 'UnsupportedOperation'])('the reader shrinks its request whatever the failure says (%s)', async (code) => {
    const fake = new FakeExcel();
    fake.mergedAreasLimitCode = code;
    const merges = seedPastedPlan(fake);
    const grid = await new OfficeWorkbook({ run: fake.run, readLimits: { ...READ_LIMITS, targetMergedAreas: 4_000 } }).readSheet('Kế hoạch');
    expect(grid.merges).toEqual(merges);
    expect(Math.max(...fake.mergedAreasPerCall)).toBeLessThanOrEqual(512);
    expect(grid.values[3_598]).toEqual([1_200, 'Nhiệm vụ 1200', 'Báo cáo']);
  });

  test('a failure no smaller request can help (the sheet was deleted) is reported, not retried without end', async () => {
    const fake = new FakeExcel();
    seedPastedPlan(fake);
    const run = fake.run;
    let calls = 0;
    const book = new OfficeWorkbook({
      run: (batch) =>
        run((context) => {
          const sync = context.sync.bind(context);
          context.sync = async () => {
            calls += 1;
            if (calls > 1) throw new FakeOfficeError('ItemNotFound', 'The sheet was deleted');
            return sync();
          };
          return batch(context);
        }),
    });
    await expect(book.readSheet('Kế hoạch')).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(calls).toBe(2);
  });
});

describe('formulas written while API calculation is suspended (ExcelApi 1.6: "it is the developer’s responsibility to re-calc")', () => {
  test('the fake: a formula written in a suspended batch shows its result only after a calculate', async () => {
    const fake = new FakeExcel();
    fake.seed('S', [[2, 3]]);
    let context = new FakeContext(fake);
    context.application.suspendApiCalculationUntilNextSync();
    context.workbook.worksheets.getItem('S').getRange('C1').formulas = [['=SUM(A1:B1)']];
    await context.sync();
    expect(fake.sheet('S').peek(1, 3)).toMatchObject({ formula: '=SUM(A1:B1)', value: '' });
    // A later sync with calculation on does not compute it either: only a calculate does.
    context = new FakeContext(fake);
    context.workbook.worksheets.getItem('S').getRange('D1').values = [[1]];
    await context.sync();
    expect(fake.sheet('S').peek(1, 3)?.value).toBe('');
    context = new FakeContext(fake);
    context.application.calculate('Recalculate');
    await context.sync();
    expect(fake.sheet('S').peek(1, 3)?.value).toBe(5);
  });

  test('a report form’s totals (SUM formulas) show their sums once the write is done', async () => {
    const fake = new FakeExcel();
    const plan: WritePlan = {
      sheets: [
        sheet({
          sheet: 'Biểu II.05a',
          mode: 'create',
          values: [{ row: 1, col: 1, values: [['Lĩnh vực', 'Tiếp nhận', 'Đúng hạn'], ['Thú y', 12, 10], ['Trồng trọt', 7, 7], ['Tổng cộng']] }],
          formulas: [
            { row: 4, col: 2, formula: 'SUM(B2:B3)', result: 19 },
            { row: 4, col: 3, formula: 'SUM(C2:C3)', result: 17 },
          ],
        }),
      ],
    };
    await new OfficeWorkbook({ run: fake.run }).apply(plan);
    expect(fake.sheet('Biểu II.05a').peek(4, 2)).toMatchObject({ formula: '=SUM(B2:B3)', value: 19 });
    expect(fake.sheet('Biểu II.05a').peek(4, 3)?.value).toBe(17);
  });

  test('the officer’s own formula over the columns the add-in writes is up to date after an update', async () => {
    const fake = new FakeExcel();
    seedSectionedPlan(fake);
    fake.sheet('Kế hoạch').merges = [];
    const total = fake.sheet('Kế hoạch').cell(1, 10);
    total.formula = '=SUM(G4:G6)';
    total.value = 0;
    const plan = { sheets: [sheet({ sheet: 'Kế hoạch', mode: 'update', ownColumns: { from: 7, to: 8, rows: [3, 19] }, values: [{ row: 4, col: 7, values: [[1], [2], [4]] }] })] };
    await new OfficeWorkbook({ run: fake.run }).apply(plan);
    expect(fake.sheet('Kế hoạch').peek(1, 10)?.value).toBe(7);
  });
});

describe('fit to page width with documented PageLayoutZoomOptions only (ExcelApi 1.9), read back after writing (office-js 1860)', () => {
  test.each<[unknown, boolean]>([
    [{ horizontalFitToPages: 1, verticalFitToPages: null }, false],
    [{ horizontalFitToPages: 1, verticalFitToPages: 0 }, false],
    [{ scale: 5 }, false],
    [{ horizontalFitToPages: 1, verticalFitToPages: 40 }, true],
    [{ scale: 70 }, true],
    [{ horizontalFitToPages: null, verticalFitToPages: null, scale: 70 }, true],
  ])('the fake takes %j: %s', (zoom, documented) => {
    expect(undocumentedZoom(zoom) === null).toBe(documented);
  });

  /** A printable sheet of `rows` rows, one page wide. */
  function printablePlan(rows: number): WritePlan {
    return {
      sheets: [
        sheet({
          sheet: 'Tiến độ',
          mode: 'create',
          values: [{ row: 1, col: 1, values: Array.from({ length: rows }, (_, i) => [i + 1, `Nhiệm vụ ${i + 1}`]) }],
          pageSetup: { orientation: 'landscape', paper: 'A4', fitToWidth: true, printArea: { top: 1, left: 1, bottom: rows, right: 2 } },
        }),
      ],
    };
  }

  test('one page wide, and never fewer pages tall than the rows could need', async () => {
    const fake = new FakeExcel();
    const notes = await new OfficeWorkbook({ run: fake.run }).apply(printablePlan(300));
    expect(fake.sheet('Tiến độ').page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 300 });
    expect(notes).toEqual([]);
  });

  test('Excel that ignores the setting (office-js 1860) is caught by reading it back, and the officer is told what to set', async () => {
    const fake = new FakeExcel();
    fake.fitToPagesIgnored = true;
    const notes = await new OfficeWorkbook({ run: fake.run }).apply(printablePlan(30));
    expect(notes).toEqual([expect.stringMatching(/^Excel chưa nhận thiết lập in vừa một trang theo chiều ngang của trang tính "Tiến độ"/)]);
  });
});

describe('Excel’s documented error codes each get a Vietnamese sentence that says what to do, on the web and on the desktop', () => {
  // "Error handling with the application-specific JavaScript APIs": the Excel codes a write can meet.
  test.each<[string, RegExp]>([
    ['MergedRangeConflict', /gộp/],
    ['InsertDeleteConflict', /chèn hoặc xoá/],
    ['FilteredRangeConflict', /bỏ lọc/i],
    ['UnsupportedSheet', /biểu đồ hoặc macro/],
    ['InactiveWorkbook', /nhiều sổ tính/],
    ['UnsupportedFeature', /chưa hỗ trợ/],
    ['FormulaLengthExceedsLimit', /công thức/],
  ])('%s', (code, topic) => {
    const message = officeErrorMessage({ code });
    expect(message).toMatch(topic);
    expect(message).toMatch(/Hãy /);
    expect(message).not.toMatch(new RegExp(code));
  });

  test('GeneralException, which Excel on the web has given for a request too large (office-js 1314, docs-reference 354), names that cause and its cure', () => {
    const message = officeErrorMessage({ code: 'GeneralException' });
    expect(message).toMatch(/quá lớn/);
    expect(message).toMatch(/Ctrl\+End/);
    expect(message).toMatch(/đóng rồi mở lại/);
  });

  test('the code reaches the officer as that sentence when a write fails with it', async () => {
    const fake = new FakeExcel();
    fake.failWrite = (w) => (w.kind === 'range.values' ? { code: 'FilteredRangeConflict', message: 'The attempted operation causes a conflict with a filtered range.' } : undefined);
    const err = await new OfficeWorkbook({ run: fake.run }).apply({ sheets: [sheet({ sheet: 'Biểu', mode: 'create', values: [{ row: 1, col: 1, values: [['x']] }] })] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeOperationError);
    expect((err as Error).message).toBe(officeErrorMessage({ code: 'FilteredRangeConflict' }));
    expect((err as Error).message).not.toMatch(/filtered/i);
  });
});
