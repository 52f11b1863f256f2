/**
 * The reads the self-test makes through the recording fake, as Excel documents them: formats
 * read back (upper-case colours, null when the range is not uniform), widths and heights, the
 * text Excel shows for a date in either date system, validation rules, the selection, frozen
 * panes and page breaks.
 */
import { FakeExcel, STANDARD_COLUMN_WIDTH, type FakeCell } from '../fakes/excelFake';

type Ctx = Excel.RequestContext;

describe('reads of the recording fake', () => {
  test('formats come back as written, colours in upper case, null where cells differ', async () => {
    const fake = new FakeExcel();
    fake.seed('S', [['a', 'b']]);
    await fake.run(async (context: Ctx) => {
      const ws = context.workbook.worksheets.getItem('S');
      ws.getRange('A1').format.fill.color = '#ffc7ce';
      ws.getRange('A1:B1').format.font.bold = true;
      ws.getRange('A1').format.borders.getItem('EdgeTop').style = 'Continuous';
      ws.getRange('B:B').format.columnWidth = 120;
      await context.sync();
    });
    const read = await fake.run(async (context: Ctx) => {
      const ws = context.workbook.worksheets.getItem('S');
      const a1 = ws.getRange('A1');
      a1.load('format/fill/color');
      const both = ws.getRange('A1:B1');
      both.load('format/fill/color, format/font/bold, format/font/name, format/font/size');
      const top = ws.getRange('A1').format.borders.getItem('EdgeTop');
      top.load('style');
      const b = ws.getRange('B:B');
      b.load('format/columnWidth');
      const ab = ws.getRange('A:B');
      ab.load('format/columnWidth');
      await context.sync();
      return {
        a1Fill: a1.format.fill.color,
        bothFill: both.format.fill.color,
        bold: both.format.font.bold,
        name: both.format.font.name,
        size: both.format.font.size,
        top: top.style,
        b: b.format.columnWidth,
        ab: ab.format.columnWidth,
      };
    });
    expect(read).toEqual({ a1Fill: '#FFC7CE', bothFill: null, bold: true, name: 'Calibri', size: 11, top: 'Continuous', b: 120, ab: null });
    expect(STANDARD_COLUMN_WIDTH).toBe(48);
  });

  test.each([
    [false, 45361, '10/03/2024'],
    [true, 43899, '10/03/2024'],
    [false, 1, '01/01/1900'],
    [false, 61, '01/03/1900'],
    [true, 0, '01/01/1904'],
  ])('a dd/mm/yyyy cell shows its day in the workbook date system (1904: %s, serial %d)', (date1904, serial, text) => {
    const fake = new FakeExcel();
    fake.date1904 = date1904;
    const cell = { value: serial, numberFormat: 'dd/mm/yyyy' } as FakeCell;
    expect(fake.displayText(cell)).toBe(text);
  });

  test('validation rules, the selection, frozen panes and page breaks read back', async () => {
    const fake = new FakeExcel();
    fake.seed('S', [['a']]);
    await fake.run(async (context: Ctx) => {
      const ws = context.workbook.worksheets.getItem('S');
      ws.getRange('C2:C5').dataValidation.rule = { list: { inCellDropDown: true, source: 'Có,Không' } };
      ws.freezePanes.freezeRows(3);
      ws.horizontalPageBreaks.add('A20');
      ws.activate();
      ws.getRange('B4:D6').select();
      await context.sync();
    });
    const read = await fake.run(async (context: Ctx) => {
      const ws = context.workbook.worksheets.getItem('S');
      const inside = ws.getRange('C3');
      inside.load('dataValidation/type, dataValidation/rule');
      const partly = ws.getRange('C4:D4');
      partly.load('dataValidation/type');
      const none = ws.getRange('E1');
      none.load('dataValidation/type');
      const selected = context.workbook.getSelectedRange();
      selected.load('address');
      const frozen = ws.freezePanes.getLocationOrNullObject();
      frozen.load('address');
      const after = ws.horizontalPageBreaks.getItem(0).getCellAfterBreak();
      after.load('address');
      await context.sync();
      return {
        inside: [inside.dataValidation.type, inside.dataValidation.rule],
        partly: partly.dataValidation.type,
        none: none.dataValidation.type,
        selected: selected.address,
        frozen: frozen.address,
        after: after.address,
      };
    });
    expect(read).toEqual({
      inside: ['List', { list: { inCellDropDown: true, source: 'Có,Không' } }],
      partly: 'Inconsistent',
      none: 'None',
      selected: "'S'!B4:D6",
      frozen: "'S'!A1:XFD3",
      after: "'S'!A20",
    });
  });

  test('page layout and loads along a path (format/fill/color, pageLayout/…) read back what was written', async () => {
    const fake = new FakeExcel();
    fake.seed('S', [['a']]);
    await fake.run(async (context: Ctx) => {
      const layout = context.workbook.worksheets.getItem('S').pageLayout;
      layout.orientation = 'Landscape';
      layout.setPrintTitleRows('$3:$4');
      layout.headersFooters.defaultForAllPages.centerFooter = 'Trang &P/&N';
      layout.leftMargin = 36;
      context.workbook.worksheets.getItem('S').getRange('A1').format.fill.color = '#00ff00';
      await context.sync();
    });
    const read = await fake.run(async (context: Ctx) => {
      const ws = context.workbook.worksheets.getItem('S');
      ws.load('pageLayout/orientation, pageLayout/leftMargin, pageLayout/rightMargin, pageLayout/headersFooters/defaultForAllPages/centerFooter');
      const a1 = ws.getRange('A1');
      a1.load('format/fill/color, format/wrapText');
      const titles = ws.pageLayout.getPrintTitleRowsOrNullObject();
      titles.load('address');
      const none = context.workbook.worksheets.getItem('S').freezePanes.getLocationOrNullObject();
      await context.sync();
      return [ws.pageLayout.orientation, ws.pageLayout.leftMargin, ws.pageLayout.rightMargin, ws.pageLayout.headersFooters.defaultForAllPages.centerFooter, a1.format.fill.color, a1.format.wrapText, titles.address, none.isNullObject];
    });
    expect(read).toEqual(['Landscape', 36, 50.4, 'Trang &P/&N', '#00FF00', false, "'S'!A3:XFD4", true]);
  });
});
