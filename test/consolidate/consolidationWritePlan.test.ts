import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { CHECK_SHEET } from '../../src/core/consolidate/checkSheet';
import { consolidateForms, type UnitFileInput } from '../../src/core/consolidate/consolidateForms';
import { consolidationWritePlan } from '../../src/core/consolidate/consolidationWritePlan';
import { departmentSheetName } from '../../src/core/consolidate/departmentForms';
import { findForms } from '../../src/core/forms/findForms';
import { II05A_COUNT_KEYS } from '../../src/core/forms/definitions';
import { countOf } from '../../src/core/forms/rules';
import { parsePeriodCode } from '../../src/core/periods/periods';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { gridsOfBytes, unitWorkbookBytes, Q4_2023 } from '../fixtures/unitForms';
import { badFiles, goodFiles, EXPECTED_DEPARTMENT, EXPECTED_TOTAL, GOOD_SPECS } from '../fixtures/unitFormsSet';

const Q1 = parsePeriodCode('2024-Q1')!;
const DEPARTMENT_II05A_SHEET = departmentSheetName('II.05a', Q1);
const DEPARTMENT_II06A_SHEET = departmentSheetName('II.06a', Q1);

describe('consolidationWritePlan written to an .xlsx', () => {
  let saved: Uint8Array;
  let inputs: UnitFileInput[];
  beforeAll(async () => {
    inputs = [];
    for (const f of await goodFiles()) inputs.push({ file: f.file, grids: await gridsOfBytes(f.bytes) });
    const bad = (await badFiles())[2];
    inputs.push({ file: bad.file, grids: await gridsOfBytes(bad.bytes) });
    inputs.push({ file: 'thu-muc/=SUM(1+1)+@x.xlsx', openError: '+ chờ bổ sung' });
    const book = FileWorkbook.create('tong-hop.xlsx');
    await book.apply(consolidationWritePlan(consolidateForms(inputs, { period: Q1 })));
    saved = await book.save();
  });

  test('the department II.05a reads back as a form with the hand-worked sums', async () => {
    const grids = await gridsOfBytes(saved);
    expect(grids.map((g) => g.name)).toEqual([DEPARTMENT_II05A_SHEET, DEPARTMENT_II06A_SHEET, CHECK_SHEET]);
    const { ii05a, ii06a } = findForms(grids);
    expect(ii05a?.sheet).toBe(DEPARTMENT_II05A_SHEET);
    expect(ii05a?.period?.code).toBe('2024-Q1');
    expect(ii05a?.unit).toMatch(/^Sở Nông nghiệp/);
    expect(ii05a?.rows.map((r) => [r.field, ...II05A_COUNT_KEYS.map((k) => countOf(r.cells[k]))])).toEqual(EXPECTED_DEPARTMENT);
    expect(II05A_COUNT_KEYS.map((k) => ii05a?.total?.cells[k])).toEqual(EXPECTED_TOTAL);
    expect(ii06a?.rows.map((r) => [r.field, r.procedure, r.cells.c3, r.cells.c5])).toEqual([
      ['Thủy sản', 'Cấp giấy chứng nhận cơ sở đủ điều kiện nuôi trồng thủy sản', 1, 'Chi cục Thủy sản'],
      ['Thú y', 'Cấp giấy chứng nhận kiểm dịch động vật', 1, 'Chi cục Chăn nuôi và Thú y'],
      ['Thú y', 'Cấp chứng chỉ hành nghề thú y', 1, 'Chi cục Chăn nuôi và Thú y'],
      ['Trồng trọt', 'Cấp giấy chứng nhận lưu hành giống cây trồng', 1, 'Chi cục Trồng trọt và Bảo vệ thực vật'],
    ]);
    expect(ii06a?.total?.cells.c3).toBe(4);
    // The unit has its own column (5) "Đơn vị giải quyết"; the unit's note stays in "Ghi chú" (6).
    const sheet06 = grids.find((g) => g.name === DEPARTMENT_II06A_SHEET)!;
    const header = sheet06.values.find((line) => line[0] === 'STT')!;
    expect(header.slice(0, 6)).toEqual(['STT', 'Lĩnh vực, tên TTHC', 'Số hồ sơ quá hạn', 'Nguyên nhân quá hạn', 'Đơn vị giải quyết', 'Ghi chú']);
    const noted = sheet06.values.find((line) => line[1] === 'Cấp chứng chỉ hành nghề thú y')!;
    expect(noted.slice(4, 6)).toEqual(['Chi cục Chăn nuôi và Thú y', '@xem lại']);
  });

  test('text from unit files is saved as text: no cell of the file is a formula', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(saved as unknown as ArrayBuffer);
    const ws = book.getWorksheet(DEPARTMENT_II06A_SHEET)!;
    const cells: ExcelJS.Cell[] = [];
    ws.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    const hyperlink = cells.find((c) => c.value === '=HYPERLINK("http://x","y")');
    const plus = cells.find((c) => c.value === '+ chờ bổ sung hồ sơ');
    const minus = cells.find((c) => c.value === '-Thiếu cán bộ thẩm định');
    const at = cells.find((c) => c.value === '@Chờ ý kiến của Bộ');
    for (const c of [hyperlink, plus, minus, at]) {
      expect(c?.type).toBe(ExcelJS.ValueType.String);
      expect(c?.formula).toBeUndefined();
    }
    const xml = Object.entries(unzipSync(saved))
      .filter(([name]) => name.startsWith('xl/worksheets/'))
      .map(([, data]) => strFromU8(data))
      .join('');
    // Formulas there are only the forms' own sums (issue 14): none holds text from a unit.
    const formulas = [...xml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]);
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) expect(f).toMatch(/^SUM\([A-Z]+\d+(?::[A-Z]+\d+|(?:,[A-Z]+\d+)*)\)$/);
  });

  test('the check sheet lists every file with its result, reason and the units that sent nothing', async () => {
    const grid = (await gridsOfBytes(saved)).find((g) => g.name === CHECK_SHEET)!;
    const text = grid.values.map((r) => r.map((v) => (v === null ? '' : String(v))).join(' | ')).join('\n');
    expect(text).toMatch(/thuy-san\.xlsx \| Chi cục Thủy sản \| Quý I\/2024 \| ✔ Chấp nhận/);
    expect(text).toMatch(/ptnt-sai-cot\.xlsx \| Chi cục Phát triển nông thôn \| Quý I\/2024 \| ✘ Từ chối \| .*\(3\) = 5/);
    expect(text).toMatch(/\n6 \| =SUM\(1\+1\)\+@x\.xlsx \| {2}\| {2}\| ✘ Từ chối \| \+ chờ bổ sung/);
    expect(text).toMatch(/Chi cục Phát triển nông thôn \| Tệp bị từ chối: "ptnt-sai-cot\.xlsx"/);
    expect(text).toMatch(/Chi cục Thủy lợi \| Chưa gửi báo cáo/);
  });

  test('running again replaces the add-in’s own sheets and leaves the officer’s sheets alone', async () => {
    const wb = new ExcelJS.Workbook();
    const mine = wb.addWorksheet('Ghi chép của tôi');
    mine.getCell('A1').value = 'giữ nguyên';
    const book = await FileWorkbook.open(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'so.xlsx');
    const first = consolidateForms(inputs, { period: Q1 });
    await book.apply(consolidationWritePlan(first));
    const second = consolidateForms(inputs.slice(0, 1), { period: Q1 });
    await book.apply(consolidationWritePlan(second));
    const grids = await gridsOfBytes(await book.save());
    expect(grids.map((g) => g.name).sort()).toEqual(['Ghi chép của tôi', CHECK_SHEET, DEPARTMENT_II05A_SHEET, DEPARTMENT_II06A_SHEET].sort());
    expect(grids.find((g) => g.name === 'Ghi chép của tôi')!.values[0][0]).toBe('giữ nguyên');
    const { ii05a } = findForms(grids);
    expect(ii05a?.rows.map((r) => r.field)).toEqual(['Thủy sản', 'Khai thác thủy sản']);
  });

  test('print setup: A4 landscape, fit to width, header rows down to the numbered row repeated', async () => {
    const plan = consolidationWritePlan(consolidateForms(inputs, { period: Q1 }));
    const { ii05a } = findForms(await gridsOfBytes(saved));
    for (const sheet of plan.sheets) {
      expect(sheet.mode).toBe('create');
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: true });
      expect(sheet.pageSetup?.printTitleRows).toBeDefined();
    }
    expect(plan.sheets[0].pageSetup?.printTitleRows?.[1]).toBe(ii05a?.numberRow);
  });

  test('last quarter’s department workbook serves as --previous: the carry-over check compares lĩnh vực by lĩnh vực', async () => {
    const q4 = parsePeriodCode('2023-Q4')!;
    const q4Inputs: UnitFileInput[] = [];
    for (const [file, spec] of Object.entries(GOOD_SPECS)) {
      q4Inputs.push({ file, grids: await gridsOfBytes(await unitWorkbookBytes({ ...spec, period: Q4_2023 })) });
    }
    const book = FileWorkbook.create('so.xlsx');
    await book.apply(consolidationWritePlan(consolidateForms(q4Inputs, { period: q4 })));
    // The same workbook then gets Quý I: both quarters' sheets stay side by side.
    await book.apply(consolidationWritePlan(consolidateForms(inputs, { period: Q1 })));
    const grids = await gridsOfBytes(await book.save());
    expect(grids.map((g) => g.name)).toEqual(expect.arrayContaining([departmentSheetName('II.05a', q4), DEPARTMENT_II05A_SHEET]));
    const result = consolidateForms(inputs, { period: Q1, previous: [{ file: 'so.xlsx', grids }] });
    // Last quarter's (11) by lĩnh vực: 3, 0, 4, 0, 1, 3, 1; this quarter's (6): 1, 0, 2, 0, 0, 3, 0.
    expect(result.carryOver.map((w) => [w.unit, w.field, w.thisQuarter, w.lastQuarter])).toEqual([
      [null, 'Thủy sản', 1, 3],
      [null, 'Thú y', 2, 4],
      [null, 'Bảo vệ thực vật', 0, 1],
      [null, 'Lâm nghiệp', 0, 1],
    ]);
  });
});
