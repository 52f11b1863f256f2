import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { FastXlsx } from '../../src/workbook/file/fastXlsx';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { WorkbookOpenError } from '../../src/workbook/file/workbookOpenError';

/**
 * One reading of a file (issue 13): where the fast reader and exceljs would read a file
 * differently (or one would fail), both paths refuse it with a Vietnamese sentence that says
 * what to do, instead of guessing.
 */

interface RawOptions {
  sheetName?: string;
  target?: string;
  part?: string;
  sharedStrings?: string;
  extraSheet?: string;
}

function rawXlsx(o: RawOptions = {}): Uint8Array {
  const name = o.sheetName ?? 'Kế hoạch';
  const part = o.part ?? 'xl/worksheets/sheet1.xml';
  const sheets = [name, ...(o.extraSheet ? [o.extraSheet] : [])];
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
        .map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${o.target ?? 'worksheets/sheet1.xml'}"/>${
        o.extraSheet ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>' : ''
      }</Relationships>`,
    ),
    [part]: strToU8(
      '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row></sheetData></worksheet>',
    ),
    'xl/sharedStrings.xml': strToU8(o.sharedStrings ?? '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>STT</t></si><si><t>Nội dung</t></si></sst>'),
  };
  if (o.extraSheet) files['xl/worksheets/sheet2.xml'] = files[part];
  return zipSync(files);
}

const DOCTYPE_STRINGS =
  '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x "<si><t>bịa</t></si>">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">&x;<si><t>STT</t></si><si><t>Nội dung</t></si></sst>';

async function exceljsRead(bytes: Uint8Array): Promise<string> {
  try {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    return wb.worksheets.map((ws) => `${ws.name}:${String(ws.getCell('A1').value)}`).join(',');
  } catch {
    return 'fails';
  }
}

describe('files the two readers would read differently are refused by both paths', () => {
  test('the control file reads the same in both', async () => {
    const bytes = rawXlsx();
    expect(FastXlsx.open(bytes, 'kh.xlsx').readSheet('Kế hoạch').values).toEqual([['STT', 'Nội dung']]);
    expect(await exceljsRead(bytes)).toBe('Kế hoạch:STT');
  });

  test.each<[string, RawOptions, RegExp]>([
    ['a DOCTYPE whose entity holds markup (an invented shared string)', { sharedStrings: DOCTYPE_STRINGS }, /chứa khai báo DOCTYPE .*hãy mở tệp bằng Excel, lưu lại/],
    ['a relationship target with ../', { target: '../xl/worksheets/sheet1.xml' }, /có cấu trúc lạ \(trang tính "Kế hoạch" được lưu ở vị trí mà Excel không dùng\).*hãy mở tệp bằng Excel, lưu lại/],
    ['a worksheet part exceljs does not load', { target: 'worksheets/bang.xml', part: 'xl/worksheets/bang.xml' }, /có cấu trúc lạ/],
    ['a sheet name of 32 characters', { sheetName: 'Kế hoạch kiểm soát TTHC năm 2024' }, /trang tính tên "Kế hoạch kiểm soát TTHC năm 2024" mà Excel không cho phép \(dài 32 ký tự, Excel cho tối đa 31\): hãy mở tệp bằng Excel, đổi tên/],
    ['a sheet name with [ ]', { sheetName: 'Kế hoạch [2024]' }, /không cho phép \(có ký tự \[ \] : \* \? \/ \\\): hãy/],
    ['a sheet named History', { sheetName: 'History' }, /"History" là tên Excel dành riêng/],
    ['two sheets whose names differ only in case', { sheetName: 'Kế hoạch', extraSheet: 'KẾ HOẠCH' }, /trùng tên với một trang tính khác/],
  ])('%s', async (_, options, says) => {
    const bytes = rawXlsx(options);
    expect(() => FastXlsx.open(bytes, 'kh.xlsx')).toThrow(WorkbookOpenError);
    expect(() => FastXlsx.open(bytes, 'kh.xlsx')).toThrow(says);
    await expect(FileWorkbook.open(bytes, 'kh.xlsx')).rejects.toThrow(says);
  });

  test('what exceljs does with them (the disagreement the refusal avoids)', async () => {
    expect(await exceljsRead(rawXlsx({ target: '../xl/worksheets/sheet1.xml' }))).toBe('');
    expect(await exceljsRead(rawXlsx({ sheetName: 'History' }))).toBe('fails');
    expect(await exceljsRead(rawXlsx({ sheetName: 'Kế hoạch [2024]' }))).toBe('fails');
  });
});
