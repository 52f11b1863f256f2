import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { asConsumerReads, schemaErrors, schemaOfContentType, xlsxSchemaCheck } from '../support/ooxmlSchemas';

/** The ECMA-376 check of test/support/ooxmlSchemas finds what is wrong, and only that. */

async function smallBook(): Promise<Uint8Array> {
  const book = FileWorkbook.create('x.xlsx');
  await book.apply({ sheets: [{ sheet: 'Biểu', mode: 'create', values: [{ row: 1, col: 1, values: [['Tên', 'Số'], ['A', 1]] }], formats: [], merges: [], columnWidths: [] }] });
  return book.save();
}

function withPart(xlsx: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(xlsx);
  files[part] = strToU8(edit(strFromU8(files[part])));
  return zipSync(files);
}

test('a workbook as written: every part with a stored schema checked, none failing; document properties listed as unchecked', async () => {
  const check = await xlsxSchemaCheck(await smallBook());
  expect(check.errors).toEqual({});
  expect(check.checked).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/theme/theme1.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
  expect(check.unchecked).toEqual(['docProps/app.xml', 'docProps/core.xml']);
}, 60_000);

test.each([
  ['an element the worksheet schema does not have', 'xl/worksheets/sheet1.xml', (x: string) => x.replace('<sheetData>', '<sheetData><bogus/>'), /bogus/],
  ['elements out of order in the styles', 'xl/styles.xml', (x: string) => x.replace(/(<fonts[\s\S]*?<\/fonts>)(<fills[\s\S]*?<\/fills>)/, '$2$1'), /fills|fonts/],
  ['an attribute of no namespace the workbook schema does not have', 'xl/workbook.xml', (x: string) => x.replace('<workbook ', '<workbook bogus="1" '), /bogus/],
  ['an unknown relationship attribute', 'xl/_rels/workbook.xml.rels', (x: string) => x.replace('<Relationship ', '<Relationship Bogus="1" '), /Bogus/],
  ['an x14ac attribute on a part that does not mark x14ac ignorable', 'xl/sharedStrings.xml', (x: string) => x.replace('<sst ', '<sst xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" x14ac:bogus="1" '), /bogus/],
])('found: %s, under its part name', async (_what, part, edit, message) => {
  const check = await xlsxSchemaCheck(withPart(await smallBook(), part, edit));
  expect(Object.keys(check.errors)).toEqual([part]);
  expect(check.errors[part].join('\n')).toMatch(message);
}, 60_000);

test('Markup Compatibility: ignorable attributes and elements dropped, AlternateContent read as its Fallback, xml:space only off <t>', () => {
  const xml =
    '<worksheet xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="urn:x" mc:Ignorable="x14ac">' +
    '<row x14ac:dyDescent="0.25"><x14ac:thing a="1"/><x14ac:other>t</x14ac:other></row>' +
    '<mc:AlternateContent><mc:Choice Requires="x14"><new/></mc:Choice><mc:Fallback><old/></mc:Fallback></mc:AlternateContent>' +
    '<t xml:space="preserve"> a </t><v xml:space="preserve">1</v></worksheet>';
  expect(asConsumerReads(xml)).toBe(
    '<worksheet xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="urn:x"><row></row><old/><t> a </t><v xml:space="preserve">1</v></worksheet>',
  );
});

test('content types mapped to the stored schemas; none for parts whose schema is not stored', async () => {
  expect(schemaOfContentType('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml')).toBe('sml.xsd');
  expect(schemaOfContentType('application/vnd.openxmlformats-officedocument.drawingml.chart+xml')).toBe('dml-chart.xsd');
  expect(schemaOfContentType('application/vnd.openxmlformats-package.core-properties+xml')).toBeUndefined();
  expect(schemaOfContentType('application/vnd.openxmlformats-officedocument.vmlDrawing')).toBeUndefined();
  expect(await schemaErrors('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>', 'opc-contentTypes.xsd')).toEqual([]);
}, 60_000);
