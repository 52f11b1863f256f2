/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- exceljs cells, not Office.js proxies */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { SheetWrite, WritePlan } from '../../src/core/write/writePlan';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { listSheetName } from '../../src/workbook/listSources';
import { SheetLayoutError } from '../../src/workbook/sheetLayoutError';
import { WritePlanError } from '../../src/workbook/validateWritePlan';

function sheet(partial: Partial<SheetWrite> & Pick<SheetWrite, 'sheet' | 'mode'>): SheetWrite {
  return { values: [], formats: [], merges: [], columnWidths: [], ...partial };
}

async function reopen(book: FileWorkbook): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await book.save()) as unknown as ArrayBuffer);
  return wb;
}

function sheetXml(bytes: Uint8Array, sheetName: string): string {
  const files = unzipSync(bytes);
  const workbookXml = strFromU8(files['xl/workbook.xml']);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']);
  const escaped = sheetName.replace(/&/g, '&amp;');
  const rid = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*r:id="([^"]+)"`).exec(workbookXml)?.[1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
  if (!target) throw new Error(`no sheet xml for ${sheetName}`);
  return strFromU8(files[`xl/${target.replace(/^\/?xl\//, '')}`]);
}

const INJECTIONS = ['=HYPERLINK("http://evil.example","bấm")', '+1+2', '-3+4', '@SUM(A1:A2)', '=1+1'];

describe('FileWorkbook.apply: create mode', () => {
  test('writes values with their types; formula-looking text stays text (no <f>, string cells)', async () => {
    const book = FileWorkbook.create('out.xlsx');
    const when = new Date(Date.UTC(2024, 2, 10));
    await book.apply({
      sheets: [
        sheet({
          sheet: 'Tiến độ',
          mode: 'create',
          values: [
            { row: 1, col: 1, values: [['Tiêu đề', 42, when, true, null]] },
            { row: 3, col: 2, values: INJECTIONS.map((s) => [s]) },
          ],
        }),
      ],
    });
    const bytes = await book.save();
    const xml = sheetXml(bytes, 'Tiến độ');
    expect(xml).not.toMatch(/<f[ >]/);
    const wb = await reopen(book);
    const ws = wb.getWorksheet('Tiến độ') as ExcelJS.Worksheet;
    expect(ws.getCell('A1').value).toBe('Tiêu đề');
    expect(ws.getCell('B1').value).toBe(42);
    expect(ws.getCell('B1').type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell('C1').value).toEqual(when);
    expect(ws.getCell('C1').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('D1').value).toBe(true);
    expect(ws.getCell('E1').value).toBeNull();
    INJECTIONS.forEach((s, i) => {
      const cell = ws.getCell(3 + i, 2);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(s);
      expect(cell.formula).toBeUndefined();
    });
    // Every B3:B7 cell is a (shared) string cell in the XML.
    for (let r = 3; r <= 7; r++) expect(xml).toMatch(new RegExp(`<c r="B${r}"[^>]* t="(s|str|inlineStr)"`));
  });

  test('formats, merges, widths, heights, freeze, page setup, tab colour survive a save', async () => {
    const book = FileWorkbook.create('out.xlsx');
    await book.apply({
      sheets: [
        sheet({
          sheet: 'Tiến độ',
          mode: 'create',
          values: [{ row: 1, col: 1, values: [['Tiến độ thực hiện'], [null], ['STT', 'Nội dung', 'Hạn', 'Tình trạng']] }, { row: 4, col: 3, values: [[new Date(Date.UTC(2024, 2, 31))]] }],
          formats: [
            { range: { top: 3, left: 1, bottom: 3, right: 4 }, format: { fill: '#1F4E78', fontColor: '#FFFFFF', bold: true, horizontal: 'center', vertical: 'middle', wrap: true, border: 'thin' } },
            { range: { top: 1, left: 1, bottom: 1, right: 1 }, format: { fontSize: 14, italic: true, fontName: 'Times New Roman' } },
            { range: { top: 4, left: 3, bottom: 4, right: 3 }, format: { numberFormat: 'd/m/yyyy' } },
          ],
          merges: [{ top: 1, left: 1, bottom: 1, right: 4 }],
          columnWidths: [
            { col: 1, width: 6 },
            { col: 2, width: 50 },
          ],
          rowHeights: [{ row: 1, height: 30 }],
          freeze: { rows: 3, cols: 0 },
          pageSetup: {
            orientation: 'landscape',
            paper: 'A4',
            fitToWidth: true,
            printTitleRows: [3, 3],
            printArea: { top: 1, left: 1, bottom: 40, right: 4 },
            footer: '&LNgày 10/03/2024&RTrang &P/&N',
            margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
          },
          tabColor: '#C00000',
        }),
      ],
    });
    const bytes = await book.save();
    const wb = await reopen(book);
    const ws = wb.getWorksheet('Tiến độ') as ExcelJS.Worksheet;
    const head = ws.getCell('B3');
    expect(head.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E78' } });
    expect(head.font.color).toEqual({ argb: 'FFFFFFFF' });
    expect(head.font.bold).toBe(true);
    expect(head.alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
    expect(head.border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } });
    expect(ws.getCell('A1').font).toMatchObject({ size: 14, italic: true, name: 'Times New Roman' });
    expect(ws.getCell('C4').numFmt).toBe('d/m/yyyy');
    expect(ws.getCell('C4').value).toEqual(new Date(Date.UTC(2024, 2, 31)));
    expect(ws.getCell('D1').isMerged).toBe(true);
    expect(ws.getCell('D1').master.address).toBe('A1');
    expect(ws.getColumn(2).width).toBe(50);
    expect(ws.getRow(1).height).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printArea: 'A1:D40' });
    expect(ws.pageSetup.printTitlesRow).toBe('3:3');
    expect(ws.pageSetup.margins).toMatchObject({ left: 0.5, top: 0.6, footer: 0.3 });
    expect(ws.headerFooter.oddFooter).toBe('&LNgày 10/03/2024&RTrang &P/&N');
    expect(ws.properties.tabColor).toEqual({ argb: 'FFC00000' });
    const xml = sheetXml(bytes, 'Tiến độ');
    expect(xml).toMatch(/<pageSetUpPr fitToPage="1"/);
    expect(xml).toMatch(/fitToHeight="0"/);
    const workbookXml = strFromU8(unzipSync(bytes)['xl/workbook.xml']);
    expect(workbookXml).toMatch(/_xlnm.Print_Titles[^<]*>&apos;Tiến độ&apos;!\$3:\$3</);
    expect(workbookXml).toMatch(/_xlnm.Print_Area[^<]*>&apos;Tiến độ&apos;!\$A\$1:\$D\$40</);
  });

  test('re-applying replaces the sheet whole and keeps its tab position', async () => {
    const book = FileWorkbook.create('out.xlsx');
    (await book.excelBook()).addWorksheet('Kế hoạch').getCell('A1').value = 'KH';
    await book.apply({ sheets: [sheet({ sheet: 'Tiến độ', mode: 'create', values: [{ row: 1, col: 1, values: [['cũ', 'cũ'], ['cũ']] }], merges: [{ top: 5, left: 1, bottom: 5, right: 3 }] })] });
    (await book.excelBook()).addWorksheet('Ghi chú');
    expect(await book.sheetNames()).toEqual(['Kế hoạch', 'Tiến độ', 'Ghi chú']);
    await book.apply({ sheets: [sheet({ sheet: 'Tiến độ', mode: 'create', values: [{ row: 1, col: 1, values: [['mới']] }] })] });
    const wb = await reopen(book);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Kế hoạch', 'Tiến độ', 'Ghi chú']);
    const grid = await (await FileWorkbook.open(await book.save(), 'x.xlsx')).readSheet('Tiến độ');
    expect(grid.values).toEqual([['mới']]);
    expect(grid.merges).toEqual([]);
  });

  test('activate selects the named tab', async () => {
    const book = FileWorkbook.create('out.xlsx');
    (await book.excelBook()).addWorksheet('Kế hoạch');
    await book.apply({ sheets: [sheet({ sheet: 'Tiến độ', mode: 'create' })], activate: 'Tiến độ' });
    const wb = await reopen(book);
    expect(wb.views[0]?.activeTab).toBe(1);
  });
});

describe('FileWorkbook.apply: drop-down lists', () => {
  const units = Array.from({ length: 30 }, (_, i) => `Chi cục Phát triển nông thôn số ${i + 1}`);

  test('a short list is inline; a long one lives in the very hidden list sheet of its sheet', async () => {
    const book = FileWorkbook.create('out.xlsx');
    await book.apply({
      sheets: [
        sheet({
          sheet: 'Biểu',
          mode: 'create',
          validations: [
            { range: { top: 2, left: 1, bottom: 20, right: 1 }, list: ['Có', 'Không'] },
            { range: { top: 2, left: 2, bottom: 20, right: 2 }, list: units },
            { range: { top: 2, left: 3, bottom: 20, right: 3 }, list: ['a, b', 'c'] },
            { range: { top: 2, left: 4, bottom: 20, right: 4 }, list: units },
          ],
        }),
      ],
    });
    const listName = listSheetName('Biểu');
    const wb = await reopen(book);
    const ws = wb.getWorksheet('Biểu') as ExcelJS.Worksheet;
    expect(ws.getCell('A20').dataValidation).toMatchObject({ type: 'list', formulae: ['"Có,Không"'] });
    expect(ws.getCell('B2').dataValidation).toMatchObject({ type: 'list', formulae: [`'${listName}'!$A$2:$A$31`] });
    expect(ws.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: [`'${listName}'!$B$2:$B$3`] });
    expect(ws.getCell('D9').dataValidation).toMatchObject({ type: 'list', formulae: [`'${listName}'!$A$2:$A$31`] });
    const lists = wb.getWorksheet(listName) as ExcelJS.Worksheet;
    expect(lists.state).toBe('veryHidden');
    expect(lists.getCell('A1').value).toBe('Biểu');
    expect(lists.getCell('A31').value).toBe(units[29]);
    expect(lists.getCell('B2').value).toBe('a, b');
  });

  test("re-applying replaces a sheet's lists, drops them when no longer needed, and keeps other sheets' lists", async () => {
    const book = FileWorkbook.create('out.xlsx');
    const long = (sheetName: string, items: string[]) =>
      sheet({ sheet: sheetName, mode: 'create', validations: [{ range: { top: 1, left: 1, bottom: 5, right: 1 }, list: items }] });
    await book.apply({ sheets: [long('Một', units), long('Hai', units.slice(0, 20))] });
    await book.apply({ sheets: [long('Một', units.slice(0, 12))] });
    let wb = await FileWorkbook.open(await book.save(), 'x.xlsx');
    const column = async (name: string) => (await wb.readSheet(listSheetName(name))).values.slice(1).map((r) => r[0]);
    expect(await column('Một')).toEqual(units.slice(0, 12));
    expect(await column('Hai')).toEqual(units.slice(0, 20));
    await book.apply({ sheets: [long('Một', ['ngắn'])] });
    wb = await FileWorkbook.open(await book.save(), 'x.xlsx');
    expect((await wb.excelBook()).getWorksheet(listSheetName('Một'))).toBeUndefined();
    expect(await column('Hai')).toEqual(units.slice(0, 20));
  });
});

/** An officer's plan sheet with values, styles, a merge and a drop-down of their own. */
async function officerBook(): Promise<FileWorkbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kế hoạch');
  ws.getCell('A1').value = 'KẾ HOẠCH KIỂM SOÁT TTHC NĂM 2024';
  ws.mergeCells('A1:E1');
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getRow(3).values = ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Thời gian', 'Ghi chú'];
  for (let r = 4; r <= 12; r++) {
    ws.getRow(r).values = [r - 3, `Nhiệm vụ ${r - 3}`, 'Văn phòng Sở', r % 2 ? new Date(Date.UTC(2024, 2, r)) : 'Quý I', r === 6 ? '=không phải công thức' : null];
    ws.getCell(r, 2).alignment = { wrapText: true };
    ws.getCell(r, 1).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  }
  ws.getCell('E4').dataValidation = { type: 'list', allowBlank: true, formulae: ['"x,y"'] };
  ws.getCell('G4').value = 'cũ: cột của add-in';
  ws.getCell('G4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
  ws.getCell('H5').value = 'cũ';
  ws.mergeCells('G10:H10');
  ws.getCell('J4').value = 'sau cột add-in';
  return FileWorkbook.open(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'kh.xlsx');
}

const DEFAULT_FONT = JSON.stringify({ color: { theme: 1 }, family: 2, scheme: 'minor', size: 11, name: 'Calibri' });

type Snapshot = Map<string, { value: unknown; style: string }>;

function snapshot(ws: ExcelJS.Worksheet): Snapshot {
  const cells: Snapshot = new Map();
  for (let r = 1; r <= 15; r++) {
    for (let c = 1; c <= 12; c++) {
      const cell = ws.getCell(r, c);
      const { fill: _fill, ...style } = cell.style ?? {};
      // A filled cell is saved with fontId 0 and borderId 0, which exceljs reads back as the
      // workbook's default font and an empty border: the same look as no style at all.
      if (JSON.stringify(style.font) === DEFAULT_FONT) delete style.font;
      if (style.border && Object.keys(style.border).length === 0) delete style.border;
      cells.set(cell.address, { value: cell.value, style: JSON.stringify(style) });
      cells.set(`${cell.address}.fill`, { value: null, style: JSON.stringify(cell.fill ?? null) });
    }
  }
  return cells;
}

describe('FileWorkbook.apply: update mode', () => {
  const own = { from: 7, to: 8, rows: [3, 12] as [number, number] };
  const statusPlan = (label: string): WritePlan => ({
    sheets: [
      sheet({
        sheet: 'Kế hoạch',
        mode: 'update',
        ownColumns: own,
        values: [{ row: 3, col: 7, values: [['Hạn kế tiếp', 'Tình trạng'], [new Date(Date.UTC(2024, 2, 31)), label]] }],
        formats: [
          { range: { top: 4, left: 1, bottom: 4, right: 8 }, format: { fill: '#F8CBAD' } },
          { range: { top: 3, left: 7, bottom: 3, right: 8 }, format: { bold: true, border: 'thin' } },
        ],
        merges: [{ top: 11, left: 7, bottom: 11, right: 8 }],
        columnWidths: [{ col: 8, width: 24 }],
        validations: [{ range: { top: 4, left: 8, bottom: 12, right: 8 }, list: ['✓ Đã xong', '! Quá hạn'] }],
      }),
    ],
  });

  test('writes only the own columns and fills; every other original cell is unchanged', async () => {
    const book = await officerBook();
    const before = snapshot((await reopen(book)).getWorksheet('Kế hoạch') as ExcelJS.Worksheet);
    await book.apply(statusPlan('! Quá hạn'));
    const ws = (await reopen(book)).getWorksheet('Kế hoạch') as ExcelJS.Worksheet;
    const after = snapshot(ws);
    const changed = [...before.keys()].filter((k) => JSON.stringify(before.get(k)) !== JSON.stringify(after.get(k)));
    const isOwn = (k: string) => /^[GH](\d+)/.test(k) && Number(/\d+/.exec(k)?.[0]) >= 3 && Number(/\d+/.exec(k)?.[0]) <= 12;
    const filledRow4 = (k: string) => /^[A-F]4\.fill$/.test(k);
    expect(changed.filter((k) => !isOwn(k) && !filledRow4(k))).toEqual([]);
    expect(changed.filter(filledRow4)).toHaveLength(6);
    expect(ws.getCell('A4').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF8CBAD' } });
    expect(ws.getCell('E6').value).toBe('=không phải công thức');
    expect(ws.getCell('E4').dataValidation).toMatchObject({ formulae: ['"x,y"'] });
    expect(ws.getCell('A1').isMerged).toBe(true);
    // Own columns: old content gone, new content in.
    expect(ws.getCell('G4').value).toEqual(new Date(Date.UTC(2024, 2, 31)));
    expect(ws.getCell('H5').value).toBeNull();
    expect(ws.getCell('H10').isMerged).toBe(false);
    expect(ws.getCell('H11').isMerged).toBe(true);
    expect(ws.getCell('G3').font.bold).toBe(true);
    expect(ws.getCell('J4').value).toBe('sau cột add-in');
    expect(ws.getCell('H4').dataValidation).toMatchObject({ type: 'list' });
  });

  test('re-applying replaces the own columns and nothing else', async () => {
    const book = await officerBook();
    await book.apply(statusPlan('! Quá hạn'));
    const once = snapshot((await reopen(book)).getWorksheet('Kế hoạch') as ExcelJS.Worksheet);
    await book.apply(statusPlan('! Quá hạn'));
    const twice = snapshot((await reopen(book)).getWorksheet('Kế hoạch') as ExcelJS.Worksheet);
    expect([...twice.entries()]).toEqual([...once.entries()]);
    await book.apply({ sheets: [sheet({ sheet: 'Kế hoạch', mode: 'update', ownColumns: own })] });
    const ws = (await reopen(book)).getWorksheet('Kế hoạch') as ExcelJS.Worksheet;
    for (let r = 3; r <= 12; r++) for (const c of [7, 8]) expect(ws.getCell(r, c).value).toBeNull();
    expect(ws.getCell('G3').font?.bold).toBeUndefined();
    expect(ws.getCell('H4').dataValidation).toBeUndefined();
    expect(ws.getCell('B5').value).toBe('Nhiệm vụ 2');
  });
});

describe('FileWorkbook.apply: an invalid plan writes nothing', () => {
  const base = (over: Partial<SheetWrite>): WritePlan => ({ sheets: [sheet({ sheet: 'Kế hoạch', mode: 'update', ownColumns: { from: 7, to: 8, rows: [3, 12] }, ...over })] });
  test.each<[string, WritePlan, RegExp]>([
    ['a name with a slash', { sheets: [sheet({ sheet: 'Quý I/2024', mode: 'create' })] }, /sheet name contains/],
    ['a name longer than 31', { sheets: [sheet({ sheet: 'Tiến độ - Chi cục Thủy lợi tỉnh Quảng Ngãi', mode: 'create' })] }, /longer than 31/],
    ['an update of a missing sheet', { sheets: [sheet({ sheet: 'Không có', mode: 'update', ownColumns: { from: 1, to: 1, rows: [1, 1] } })] }, /does not exist/],
    ['an update without own columns', { sheets: [sheet({ sheet: 'Kế hoạch', mode: 'update' })] }, /without ownColumns/],
    ['a value outside the own columns', base({ values: [{ row: 4, col: 6, values: [['x', 'y']] }] }), /outside the own columns/],
    ['a bold outside the own columns', base({ formats: [{ range: { top: 4, left: 1, bottom: 4, right: 8 }, format: { fill: '#FF0000', bold: true } }] }), /only fill is allowed/],
    ['page breaks on the officer sheet', base({ rowBreaks: [10] }), /page breaks/],
    ['a row height above the own rows (the officer’s title)', base({ rowHeights: [{ row: 2, height: 30 }] }), /row heights over its own rows/],
    ['a NaN', base({ values: [{ row: 4, col: 7, values: [[Number.NaN]] }] }), /number NaN/],
    ['a bad colour', base({ formats: [{ range: { top: 4, left: 7, bottom: 4, right: 7 }, format: { fill: 'red' } }] }), /#RRGGBB/],
    ['an inverted range', base({ formats: [{ range: { top: 5, left: 7, bottom: 4, right: 7 }, format: { fill: '#FF0000' } }] }), /inverted/],
    ['overlapping merges', base({ merges: [{ top: 4, left: 7, bottom: 5, right: 8 }, { top: 5, left: 8, bottom: 6, right: 8 }] }), /overlaps/],
    ['an empty list', base({ validations: [{ range: { top: 4, left: 7, bottom: 5, right: 7 }, list: [] }] }), /empty list/],
    ['a sheet twice', { sheets: [sheet({ sheet: 'A', mode: 'create' }), sheet({ sheet: 'a', mode: 'create' })] }, /twice/],
    ['a list sheet as target', { sheets: [sheet({ sheet: listSheetName('Biểu'), mode: 'create' })] }, /reserved for the add-in's list sheets/],
    ['an unknown sheet to activate', { sheets: [], activate: 'Không có' }, /unknown sheet/],
  ])('%s', async (_name, plan, message) => {
    const book = await officerBook();
    // A valid create sheet first in the plan must not be written either.
    const withValid: WritePlan = { ...plan, sheets: [sheet({ sheet: 'Mới', mode: 'create', values: [{ row: 1, col: 1, values: [['x']] }] }), ...plan.sheets] };
    const before = JSON.stringify((await book.excelBook()).worksheets.map((w) => w.model));
    await expect(book.apply(withValid)).rejects.toThrow(WritePlanError);
    await expect(book.apply(withValid)).rejects.toThrow(message);
    expect(JSON.stringify((await book.excelBook()).worksheets.map((w) => w.model))).toBe(before);
    expect(await book.sheetNames()).toEqual(['Kế hoạch']);
  });

  test("a merge of the officer's reaching into the own columns: a Vietnamese SheetLayoutError, nothing written", async () => {
    const book = await officerBook();
    const before = JSON.stringify((await book.excelBook()).worksheets.map((w) => w.model));
    const err = await book.apply(base({ ownColumns: { from: 4, to: 6, rows: [1, 12] } })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SheetLayoutError);
    expect((err as Error).message).toMatch(/^Trang tính "Kế hoạch" có vùng gộp ô .* chạm vào các cột D1:F12 .*Hãy bỏ gộp các ô đó/);
    expect(JSON.stringify((await book.excelBook()).worksheets.map((w) => w.model))).toBe(before);
  });
});

describe('FileWorkbook.sheetSizes', () => {
  test('the widths and heights a file sets, null where the default applies', async () => {
    const made = FileWorkbook.create('k.xlsx');
    await made.apply({
      sheets: [
        sheet({
          sheet: 'Kế hoạch',
          mode: 'create',
          values: [{ row: 1, col: 1, values: [['a', 'b', 'c'], ['d'], ['e']] }],
          columnWidths: [
            { col: 1, width: 6 },
            { col: 3, width: 42 },
          ],
          rowHeights: [{ row: 2, height: 45 }],
        }),
      ],
    });
    const book = await FileWorkbook.open(await made.save(), 'k.xlsx');
    const sizes = await book.sheetSizes('Kế hoạch');
    expect(sizes?.columnWidths).toEqual([6, null, 42]);
    expect(sizes?.rowHeights).toEqual([null, 45, null]);
    expect(sizes?.defaultRowHeight).toBe(15);
    expect(await book.sheetSizes('Không có')).toBeNull();
  });
});
