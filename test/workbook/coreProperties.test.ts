import { strToU8, zipSync } from 'fflate';
import { modifiedAtOf } from '../../src/workbook/file/coreProperties';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { Q1_2024, unitWorkbookBytes } from '../fixtures/unitForms';

const core = (body: string) => zipSync({ 'docProps/core.xml': strToU8(`<?xml version="1.0"?><cp:coreProperties xmlns:dcterms="http://purl.org/dc/terms/">${body}</cp:coreProperties>`) });

describe('the workbook’s own last-saved time (docProps/core.xml dcterms:modified)', () => {
  test.each([
    ['<dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-15T08:30:00Z</dcterms:modified>', '2024-03-15T08:30:00.000Z'],
    ['<dcterms:modified>2024-03-15T15:30:00+07:00</dcterms:modified>', '2024-03-15T08:30:00.000Z'],
    ['<dcterms:modified>hôm qua</dcterms:modified>', null],
    ['<dcterms:created>2024-03-15T08:30:00Z</dcterms:created>', null],
  ])('%s → %s', (body, iso) => expect(modifiedAtOf(core(body))).toBe(iso));

  test('no core part, or not a zip: unknown', () => {
    expect(modifiedAtOf(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))).toBeNull();
    expect(modifiedAtOf(new Uint8Array([1, 2, 3]))).toBeNull();
  });

  test('FileWorkbook exposes it; a created workbook has none', async () => {
    const bytes = await unitWorkbookBytes({ unit: 'Chi cục Thủy sản', period: Q1_2024, ii05a: [], ii06a: [], savedAt: new Date('2024-03-16T02:00:00Z') });
    expect(await (await FileWorkbook.open(bytes, 'ts.xlsx')).modifiedAt()).toBe('2024-03-16T02:00:00.000Z');
    expect(await FileWorkbook.create('moi.xlsx').modifiedAt()).toBeNull();
  });
});
