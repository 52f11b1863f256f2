import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import type { SheetGrid } from '../../src/core/grid';
import { FastXlsx, isDateFormat, MAX_SHEET_CELLS } from '../../src/workbook/file/fastXlsx';
import { gridOfWorksheet } from '../../src/workbook/file/readXlsx';
import { WorkbookOpenError } from '../../src/workbook/file/workbookOpenError';
import { buildRegisterXlsx, buildSampleRegister, day } from '../fixtures/registers';
import { buildSeedPlanWorkbook, SEED_VARIANTS, type SeedVariantName } from '../fixtures/seedAppendix';
import { consistentRow, noFormWorkbookBytes, Q1_2024, unitWorkbookBytes, type UnitFormsStyle } from '../fixtures/unitForms';
import { badFiles, goodFiles } from '../fixtures/unitFormsSet';

/** The grids exceljs + gridOfWorksheet read (the reference the fast reader must match). */
async function exceljsGrids(bytes: Uint8Array): Promise<{ names: string[]; grids: SheetGrid[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return { names: wb.worksheets.map((ws) => ws.name), grids: wb.worksheets.map((ws) => gridOfWorksheet(ws)) };
}

function fastGrids(bytes: Uint8Array): { names: string[]; grids: SheetGrid[] } {
  const xlsx = FastXlsx.open(bytes, 'x.xlsx');
  const names = xlsx.sheetNames();
  return { names, grids: names.map((name) => xlsx.readSheet(name)) };
}

async function expectParity(bytes: Uint8Array): Promise<SheetGrid[]> {
  const reference = await exceljsGrids(bytes);
  const fast = fastGrids(bytes);
  expect(fast.names).toEqual(reference.names);
  for (let i = 0; i < reference.grids.length; i++) expect(fast.grids[i]).toStrictEqual(reference.grids[i]);
  return fast.grids;
}

async function bytesOf(build: (wb: ExcelJS.Workbook) => void, options?: Partial<ExcelJS.XlsxWriteOptions>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer(options)) as ArrayBuffer);
}

describe('fast reader gives the exceljs grid for every fixture workbook', () => {
  const variants = Object.keys(SEED_VARIANTS) as SeedVariantName[];
  test.each(variants.flatMap((v) => [['pdf', v] as const, ['word', v] as const]))('seed plan, %s layout, %s', async (layout, variant) => {
    await expectParity(await buildSeedPlanWorkbook(layout, variant));
  });

  test('checked-in fixtures', async () => {
    const dir = path.join(__dirname, '../fixtures');
    const files = readdirSync(dir).filter((f) => f.endsWith('.xlsx'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) await expectParity(new Uint8Array(readFileSync(path.join(dir, f))));
  });

  test('registers: the seeded sample and one with title lines, merged header, numbered row, dates with times', async () => {
    await expectParity(await buildSampleRegister({ count: 300, seed: 3 }));
    await expectParity(
      await buildRegisterXlsx({
        sheet: 'Sổ theo dõi',
        titleLines: ['SỔ THEO DÕI HỒ SƠ', 'Năm 2024'],
        header: [
          ['STT', 'Mã hồ sơ', 'Ngày nhận', 'Hẹn trả', null],
          [null, null, null, 'Ngày', 'Giờ'],
        ],
        merges: ['A4:A5', 'B4:B5', 'C4:C5', 'D4:E4'],
        numberedRow: true,
        rows: [
          [1, '000.00.12.H48-240105-0001', day(2024, 1, 5, 8, 30), day(2024, 1, 19), 'x'],
          [2, 'HS-2', day(2024, 2, 29), null, 3.25],
        ],
        footerLines: [['Tổng cộng', null, null, 2]],
        sheetsBefore: ['Bìa'],
      }),
    );
  });

  test('unit forms: the consolidation set, the bad files that are workbooks, every filling style', async () => {
    for (const { bytes } of await goodFiles()) await expectParity(bytes);
    for (const { file, bytes } of await badFiles()) {
      if (/anh-chup|bao-cao-cu|cong-van/.test(file)) continue;
      await expectParity(bytes);
    }
    await expectParity(await noFormWorkbookBytes());
    const styles: UnitFormsStyle[] = [
      { numbersAsText: true },
      { sumFormulas: true },
      { nfd: true, upperFields: true },
      { legacyCodes: true, coverSheet: true },
      { sameSheet: true, plainNumberRow: true, blankZeros: true },
      { splitHeaderCells: true, origin: { row: 3, col: 2 }, blankRowAfterHeader: true },
      { noIi06a: true },
    ];
    for (const style of styles) {
      await expectParity(
        await unitWorkbookBytes({
          unit: 'Chi cục Thủy sản',
          period: Q1_2024,
          ii05a: [consistentRow('Thủy sản', 9, 4, 0, 3, 5, 1, 1), consistentRow('Thú y', 0, 0, 0, 0, 0, 0, 0)],
          ii06a: [{ field: 'Thủy sản', procedure: 'Cấp giấy phép khai thác thủy sản', count: 1, reason: 'Chờ ý kiến' }],
          style,
        }),
      );
    }
  });
});

describe('fast reader on hand-made workbooks', () => {
  const build = (wb: ExcelJS.Workbook) => {
    const ws = wb.addWorksheet('Tổng hợp');
    ws.getCell('A1').value = { richText: [{ text: 'Văn ' }, { font: { bold: true }, text: 'phòng' }, { text: ' Sở' }] };
    ws.getCell('B1').value = { text: 'Cổng DVC', hyperlink: 'https://dichvucong.gov.vn' };
    ws.getCell('C1').value = { text: { richText: [{ text: 'liên ' }, { text: 'kết' }] }, hyperlink: 'https://x.vn' } as unknown as ExcelJS.CellValue;
    ws.getCell('D1').value = { error: '#REF!' };
    ws.getCell('E1').value = { error: '#DIV/0!' };
    ws.getCell('F1').value = true;
    ws.getCell('G1').value = false;
    const formats = ['dd/mm/yyyy', 'dd/mm/yyyy hh:mm', 'mm-dd-yy', 'd-mmm-yy', '[$-42A]dd mmmm yyyy', 'h:mm', '"Ngày" dd', '#,##0 "ngày"', '0.00', '@'];
    formats.forEach((numFmt, i) => {
      const cell = ws.getCell(2, i + 1);
      cell.value = 45321.75 + i;
      cell.numFmt = numFmt;
    });
    ws.getCell('A3').value = new Date(Date.UTC(2024, 1, 29, 13, 45));
    ws.getCell('B3').value = new Date(Date.UTC(1900, 0, 1));
    ws.getCell('C3').value = new Date(Date.UTC(1900, 1, 28));
    ws.getCell('D3').value = new Date(Date.UTC(1900, 2, 1));
    ws.getCell('A4').value = { formula: 'SUM(A5:A6)', result: 12 };
    ws.getCell('B4').value = { formula: 'SUM(B5:B6)', result: 0 };
    ws.getCell('C4').value = { formula: 'A4>1', result: true };
    ws.getCell('D4').value = { formula: 'A4>100', result: false };
    ws.getCell('E4').value = { formula: 'CONCAT("a";"b")', result: 'a<b>&"c"' };
    ws.getCell('F4').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    ws.getCell('G4').value = { formula: 'TODAY()', result: new Date(Date.UTC(2024, 2, 14)) };
    ws.getCell('G4').numFmt = 'dd/mm/yyyy';
    ws.getCell('H4').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue;
    ws.getCell('A5').value = 5;
    ws.getCell('A6').value = 7;
    ws.getCell('B5').value = { formula: 'A5*2', result: 10, shareType: 'shared', ref: 'B5:B7' } as ExcelJS.CellValue;
    ws.getCell('B6').value = { sharedFormula: 'B5', result: 14 } as ExcelJS.CellValue;
    ws.getCell('B7').value = { sharedFormula: 'B5', result: 0 } as ExcelJS.CellValue;
    ws.getCell('C5').value = 'tab\there, new\nline, cr\r\nlf, _x000D_ literal, <&> "quotes" \'apos\'';
    ws.getCell('D5').value = '  leading and trailing spaces  ';
    ws.getCell('E5').value = 'Chi cục CN&TY';
    ws.getCell('F5').value = 'ký tự điều khiển \u0001\u001f';
    ws.getCell('G5').value = '';
    ws.getCell('H5').value = { text: 42, hyperlink: 'https://so.vn' } as unknown as ExcelJS.CellValue;
    ws.getCell('A8').value = -0.5;
    ws.getCell('B8').value = 1e21;
    ws.getCell('C8').value = 3.14159265358979;
    ws.getCell('D8').style = { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } } };
    ws.getCell('A10').value = 'gộp';
    ws.mergeCells('A10:C12');
    ws.mergeCells('E10:F10');
    ws.getCell('E10').value = 'ngang';
    ws.mergeCells('H14:H16');
    ws.getCell('J1').value = 'xa';
    const hidden = wb.addWorksheet('Ẩn', { state: 'hidden' });
    hidden.getCell('A1').value = 'danh sách';
    wb.addWorksheet('Trống');
  };

  test.each([
    ['shared strings', { useSharedStrings: true }],
    ['inline strings', { useSharedStrings: false }],
  ])('values, formats, formulas, hyperlinks, merges through %s', async (_name, options) => {
    const grids = await expectParity(await bytesOf(build, options));
    expect(grids[0].values[0]?.slice(0, 7)).toEqual(['Văn phòng Sở', 'Cổng DVC', 'liên kết', '#REF!', '#DIV/0!', true, false]);
    expect(grids[0].values[1]?.[1]).toBeInstanceOf(Date);
    expect(grids[0].values[1]?.[7]).toBe(45328.75);
    expect(grids[0].values[3]?.slice(0, 7)).toEqual([12, null, true, null, 'a<b>&"c"', '#DIV/0!', new Date(Date.UTC(2024, 2, 14))]);
    expect(grids[2]).toEqual({ name: 'Trống', values: [], merges: [] });
  });

  test('the 1904 date system', async () => {
    const bytes = await bytesOf((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('A');
      ws.getCell('A1').value = 100;
      ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    });
    const [grid] = await expectParity(bytes);
    expect(grid.values[0]?.[0]).toEqual(new Date(Date.UTC(1904, 3, 10)));
  });
});

/** A zip holding a workbook written by hand (what other programs write, not exceljs). */
function rawXlsx(sheets: { name: string; xml: string; rels?: string; state?: string }[], extra: { sharedStrings?: string; styles?: string; workbookPr?: string } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${extra.workbookPr ?? '<workbookPr/>'}<sheets>${sheets
        .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_s, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('')}</Relationships>`,
    ),
  };
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${s.xml}</worksheet>`,
    );
    if (s.rels) files[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${s.rels}</Relationships>`);
  });
  if (extra.sharedStrings) files['xl/sharedStrings.xml'] = strToU8(`<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${extra.sharedStrings}</sst>`);
  if (extra.styles) files['xl/styles.xml'] = strToU8(`<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${extra.styles}</styleSheet>`);
  return zipSync(files);
}

const STYLES =
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/><numFmt numFmtId="165" formatCode="#,##0&quot;đ&quot;"/></numFmts>' +
  '<fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="6"><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment wrapText="1"/></xf>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="47" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<dxfs count="1"><dxf><numFmt numFmtId="165" formatCode="dd/mm"/></dxf></dxfs>';

const SHARED =
  '<si><t>Kế hoạch</t></si>' +
  '<si><t xml:space="preserve">  cách  </t></si>' +
  '<si><r><rPr><b/></rPr><t>Chi cục </t></r><r><t xml:space="preserve">CN&amp;TY</t></r></si>' +
  '<si><t>dòng_x000D_\r\nmới &#272;&#x110; &lt;&gt;&quot;&apos;</t><rPh sb="0" eb="1"><t>ふりがな</t></rPh><phoneticPr fontId="1"/></si>' +
  '<si/>' +
  '<si><t/></si>' +
  '<si><t>&#x1F33E; lúa</t></si>' +
  '<si><r><t>a</t></r><r><rPr/></r></si>';

describe('fast reader on workbooks other programs write', () => {
  test('shared and inline strings, entities, escapes, styles, empty and styled cells, hyperlinks, shared formulas', async () => {
    const sheet =
      '<dimension ref="A1:H9"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>' +
      '<row r="1" spans="1:8"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>6</v></c><c r="H1" t="s"><v>7</v></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>nội tuyến _x0041_</t></is></c><c r="B2" t="inlineStr"><is><r><t>đậm</t></r><r><t>_x0042_</t></r></is></c><c r="C2" t="str"><v>a&amp;amp;b</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#N/A</v></c><c r="F2" s="1"><v>45366</v></c><c r="G2" s="2"><v>45366.5</v></c><c r="H2" s="3"><v>1234</v></c></row>' +
      '<row r="3"><c r="A3" s="4"><v>0.5</v></c><c r="B3" s="5"><v>1234.5</v></c><c r="C3" s="0"><v>45366</v></c><c r="D3" s="1"/><c r="E3"/><c r="F3" s="0"/></row>' +
      '<row r="4"><c r="A4"><f>SUM(B4:C4)</f><v>3</v></c><c r="B4"><f t="shared" ref="B4:B6" si="0">A1+1</f><v>2</v></c><c r="C4" t="str"><f>A1&amp;""</f><v>Kế hoạch</v></c><c r="D4" t="e"><f>NA()</f><v>#N/A</v></c><c r="E4" t="b"><f>TRUE()</f><v>1</v></c><c r="F4" s="1"><f>TODAY()</f><v>45366</v></c><c r="G4"><f>0</f><v>0</v></c><c r="H4"><f>X()</f></c></row>' +
      '<row r="5"><c r="B5"><f t="shared" si="0"/><v>5</v></c><c r="C5"><f t="array" ref="C5">{1}</f><v>1</v></c></row>' +
      '<row r="6"><c r="B6"><f t="shared" si="0"/><v>0</v></c></row>' +
      '<row r="7"><c r="A7" t="s"><v>0</v></c><c r="B7"><v>12</v></c><c r="C7" t="s" s="1"><v>2</v></c><c r="D7"/><c r="E7" s="1"/><c r="F7" t="b"><v>0</v></c></row>' +
      '<row r="8" ht="30" customHeight="1"><c r="A8" s="5"/><c r="B8" s="5"/></row>' +
      '<row r="9"><c r="C9" t="n"><v>  7  </v></c><!-- chú thích --></row>' +
      '</sheetData>' +
      '<mergeCells count="2"><mergeCell ref="A9:B11"/><mergeCell ref="D1:E1"/></mergeCells>' +
      '<hyperlinks><hyperlink ref="A7" r:id="rId1"/><hyperlink ref="B7" r:id="rId1"/><hyperlink ref="C7" r:id="rId1"/><hyperlink ref="D7" r:id="rId1"/><hyperlink ref="E7" r:id="rId1"/><hyperlink ref="F7" location="\'Trang 2\'!A1"/><hyperlink ref="A4" r:id="rId1"/></hyperlinks>' +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
    const bytes = rawXlsx(
      [
        { name: 'Trang 1', xml: sheet, rels: '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://dvc.vn/?a=1&amp;b=2" TargetMode="External"/>' },
        { name: 'Trang 2', xml: '<sheetData/>', state: 'hidden' },
        { name: 'A &amp; B', xml: '<sheetData><row r="3"><c r="B3"><v>1</v></c></row></sheetData>' },
      ],
      { sharedStrings: SHARED, styles: STYLES },
    );
    const grids = await expectParity(bytes);
    expect(grids.map((g) => g.name)).toEqual(['Trang 1', 'Trang 2', 'A & B']);
    const v = grids[0].values;
    expect(v[0]).toEqual(['Kế hoạch', '  cách  ', 'Chi cục CN&TY', 'dòng\r\nmới ĐĐ <>"\'', null, '', '🌾 lúa', 'a']);
    expect(v[1]?.slice(0, 5)).toEqual(['nội tuyến _x0041_', 'đậmB', 'a&b', true, '#N/A']);
    expect(v[1]?.[6]).toEqual(new Date(Date.UTC(2024, 2, 15, 12)));
    expect(v[2]).toEqual([new Date(Date.UTC(1899, 11, 30, 12)), 1234.5, 45366]); // 47 "mmss.0" is a time format
  });

  test('1904 dates, cells and rows without r, namespace prefixes, UTF-8 BOM', async () => {
    const xml =
      '<sheetData><row r="2"><c r="B2" s="1"><v>0</v></c><c s="1"><v>1</v></c><c t="inlineStr"><is><t>sau</t></is></c></row><row r="3"><c r="A3"><v>9</v></c></row></sheetData>';
    const bytes = rawXlsx([{ name: 'S', xml }], { styles: STYLES, workbookPr: '<workbookPr date1904="1"/>' });
    const [grid] = await expectParity(bytes);
    expect(grid.values[1]).toEqual([null, new Date(Date.UTC(1904, 0, 1)), new Date(Date.UTC(1904, 0, 2)), 'sau']);

    // exceljs cannot read these (it drops CDATA too); the fast reader reads them as XML and Excel mean them.
    const prefixed = rawXlsx([{ name: 'P', xml: '<x:sheetData xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:row><x:c t="inlineStr"><x:is><x:t>một</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row><x:c t="d"><x:v>2024-03-15T08:30:00</x:v></x:c><x:c t="inlineStr"><x:is><x:t><![CDATA[<b>thô</b> & ]]>tiếp</x:t></x:is></x:c></x:row></x:sheetData>' }]);
    const p = FastXlsx.open(prefixed, 'p.xlsx').readSheet('P');
    expect(p.values).toEqual([['một', 2], [new Date(Date.UTC(2024, 2, 15, 8, 30)), '<b>thô</b> & tiếp']]);
    const withBom = rawXlsx([{ name: 'B', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }], { workbookPr: '<workbookPr date1904="true"/>' });
    expect(FastXlsx.open(withBom, 'b.xlsx').readSheet('B').values).toEqual([[1]]);
  });

  test('a sheet past the cell cap is refused with a Vietnamese WorkbookOpenError', () => {
    expect(MAX_SHEET_CELLS).toBe(5_000_000);
    const row = '<c><v>1</v></c>'.repeat(100);
    const rows = Array.from({ length: 11 }, (_, i) => `<row r="${i + 1}">${row}</row>`).join('');
    const bytes = rawXlsx([{ name: 'Lớn', xml: `<sheetData>${rows}</sheetData>` }]);
    expect(FastXlsx.open(bytes, 'lon.xlsx', { maxCells: 1_100 }).readSheet('Lớn').values).toHaveLength(11);
    const xlsx = FastXlsx.open(bytes, 'lon.xlsx', { maxCells: 1_099 });
    expect(() => xlsx.readSheet('Lớn')).toThrow(WorkbookOpenError);
    expect(() => xlsx.readSheet('Lớn')).toThrow(/Trang tính "Lớn" của tệp "lon.xlsx" có hơn .* ô/);
  });

  test('sheet-high merges stacked side by side count against the cap too', () => {
    const rows = Array.from({ length: 1_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join('');
    const merges = Array.from({ length: 200 }, (_, i) => `<mergeCell ref="${String.fromCharCode(66 + (i % 20))}${Math.floor(i / 20) * 100 + 1}:${String.fromCharCode(66 + (i % 20))}${Math.floor(i / 20) * 100 + 100}"/>`).join('');
    const bytes = rawXlsx([{ name: 'Gộp', xml: `<sheetData>${rows}</sheetData><mergeCells>${merges}</mergeCells>` }]);
    expect(FastXlsx.open(bytes, 'g.xlsx', { maxCells: 21_000 }).readSheet('Gộp').merges).toHaveLength(200);
    expect(() => FastXlsx.open(bytes, 'g.xlsx', { maxCells: 20_999 }).readSheet('Gộp')).toThrow(WorkbookOpenError);
  });
});

test.each([
  ['dd/mm/yyyy', true],
  ['dd/mm/yyyy hh:mm', true],
  ['[$-42A]mmmm yyyy', true],
  ['h:mm', true],
  ['#,##0 "ngày"', false],
  ['[Red]0.00', false],
  ['General', false],
  ['@', false],
  ['', false],
])('isDateFormat(%p) is %p', (format, expected) => {
  expect(isDateFormat(format)).toBe(expected);
});

describe('property: random grids written by exceljs read back identically', () => {
  const text = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('Kế hoạch', 'Chi cục CN&TY', ' a ', '<x>', '"q"', "it's", 'a\nb', 'a\r\nb', '_x000D_', 'Đ\u0301', '\u0007', '#REF!'),
  );
  const value: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 3, arbitrary: text },
    { weight: 3, arbitrary: fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true })) },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }) },
    { weight: 1, arbitrary: fc.record({ formula: fc.constant('1+1'), result: fc.oneof(fc.integer({ min: -5, max: 5 }), text, fc.boolean()) }) },
    { weight: 1, arbitrary: fc.array(text, { minLength: 1, maxLength: 3 }).map((parts) => ({ richText: parts.map((t) => ({ text: t })) })) },
    { weight: 1, arbitrary: fc.constantFrom('#N/A', '#DIV/0!', '#VALUE!').map((error) => ({ error }) as ExcelJS.CellErrorValue) },
    { weight: 1, arbitrary: text.map((t) => ({ text: t, hyperlink: 'https://x.vn/' })) },
  );
  const grid = fc.array(fc.array(value, { maxLength: 8 }), { maxLength: 10 });
  const format = fc.constantFrom(undefined, 'dd/mm/yyyy', 'dd/mm/yyyy hh:mm', '0.00', '#,##0 "đ"', 'mm:ss');
  // Merges on a 3×3 lattice never overlap.
  const merge = fc.record({ r: fc.integer({ min: 0, max: 3 }), c: fc.integer({ min: 0, max: 2 }), h: fc.integer({ min: 1, max: 3 }), w: fc.integer({ min: 1, max: 3 }) });

  test('values, number formats, merges, shared or inline strings', async () => {
    await fc.assert(
      fc.asyncProperty(grid, fc.array(format, { minLength: 8, maxLength: 8 }), fc.uniqueArray(merge, { selector: (m) => `${m.r},${m.c}`, maxLength: 4 }), fc.boolean(), fc.boolean(), async (rows, formats, merges, shared, date1904) => {
        const bytes = await bytesOf(
          (wb) => {
            wb.properties.date1904 = date1904;
            const ws = wb.addWorksheet('Ngẫu nhiên');
            rows.forEach((line, r) =>
              line.forEach((v, c) => {
                const cell = ws.getCell(r + 1, c + 1);
                if (v !== null) cell.value = v;
                const numFmt = formats[c];
                if (numFmt && (typeof v === 'number' || v instanceof Date)) cell.numFmt = numFmt;
              }),
            );
            for (const m of merges) ws.mergeCells(m.r * 3 + 1, m.c * 3 + 1, m.r * 3 + m.h, m.c * 3 + m.w);
          },
          { useSharedStrings: shared },
        );
        const reference = await exceljsGrids(bytes);
        const fast = fastGrids(bytes);
        expect(fast.names).toEqual(reference.names);
        expect(fast.grids).toStrictEqual(reference.grids);
      }),
      { seed: 20240314, numRuns: 120 },
    );
  }, 120_000);
});
