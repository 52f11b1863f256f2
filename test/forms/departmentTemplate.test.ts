import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { consolidateForms, type ConsolidationResult } from '../../src/core/consolidate/consolidateForms';
import { defaultReportingUnit } from '../../src/core/consolidate/departmentForms';

// The department's name in Quý I/2024, before Sở Nông nghiệp và Môi trường (01/03/2025).
const UNIT_2024 = 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ngãi';
import { findForms } from '../../src/core/forms/findForms';
import type { SheetGrid } from '../../src/core/grid';
import { parsePeriodCode, reportPeriod } from '../../src/core/periods/periods';
import { departmentTemplateFileName, fillDepartmentTemplate } from '../../src/taskpane/features/provinceTemplate';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { OfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { FakeExcel, type FakeSheet } from '../fakes/excelFake';
import { provinceTemplate } from '../fixtures/provinceTemplates';
import { unitWorkbookBytes } from '../fixtures/unitForms';
import { EXPECTED_DEPARTMENT, EXPECTED_TOTAL, GOOD_SPECS } from '../fixtures/unitFormsSet';

/**
 * The pane's Tổng hợp tab, "Dùng biểu mẫu của tỉnh" (SPEC §14, as `kstthc consolidate
 * --template`): outside Excel the template itself is filled and downloaded; in Excel its form
 * sheets are copied into the open workbook as "Mẫu tỉnh Sở … <kỳ>" and filled.
 */
const KEYS = ['c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11', 'c12', 'c13'] as const;

async function gridsOf(bytes: Uint8Array): Promise<SheetGrid[]> {
  const book = await FileWorkbook.open(bytes, 'x.xlsx');
  const grids: SheetGrid[] = [];
  for (const name of await book.sheetNames()) grids.push(await book.readSheet(name));
  return grids;
}

async function department(): Promise<ConsolidationResult> {
  const files = [];
  for (const [file, spec] of Object.entries(GOOD_SPECS)) files.push({ file, grids: await gridsOf(await unitWorkbookBytes(spec)) });
  return consolidateForms(files, { period: parsePeriodCode('2024-Q1')! });
}

describe('outside Excel: the template filled and downloaded as a workbook of its own', () => {
  test("template A: every sheet of it kept, the department's figures and heading in its forms; the template's bytes untouched", async () => {
    const bytes = await provinceTemplate('A');
    const before = bytes.slice();
    const done = await fillDepartmentTemplate(null, await department(), { name: 'bieu-mau.xlsx', bytes });
    if (!done.ok || !('download' in done)) throw new Error(JSON.stringify(done));
    expect(done.download.fileName).toBe('Tổng hợp Quý I-2024 - bieu-mau.xlsx');
    expect(bytes).toEqual(before);
    const grids = await gridsOf(done.download.bytes);
    expect(grids.map((g) => g.name)).toEqual(['Hướng dẫn', 'Biểu II.05a', 'Biểu II.06a']);
    const found = findForms(grids);
    expect(found.ii05a?.unit).toBe(UNIT_2024);
    expect(found.ii05a?.period?.code).toBe('2024-Q1');
    expect(found.ii05a?.rows.map((r) => [r.field, ...KEYS.map((k) => r.cells[k] ?? 0)])).toEqual(EXPECTED_DEPARTMENT);
    expect(KEYS.map((k) => found.ii05a?.total?.cells[k] ?? 0)).toEqual(EXPECTED_TOTAL);
    // The unit handling each overdue dossier is named in Ghi chú, as the CLI writes it.
    expect((found.ii06a?.rows ?? []).every((r) => typeof r.cells.c5 === 'string' && /^Chi cục/.test(r.cells.c5))).toBe(true);
  });

  test('samples/bieu-mau-tinh.xlsx with the sample units of Quý II/2026', async () => {
    const dir = path.join(__dirname, '..', '..', 'samples', 'don-vi');
    const names = readdirSync(dir).filter((f) => f.includes('Quý II-2026'));
    expect(names).toHaveLength(4);
    const files = [];
    for (const file of names) files.push({ file, grids: await gridsOf(new Uint8Array(readFileSync(path.join(dir, file)))) });
    const result = consolidateForms(files, { period: reportPeriod(2026, 'Q2') });
    const bytes = new Uint8Array(readFileSync(path.join(__dirname, '..', '..', 'samples', 'bieu-mau-tinh.xlsx')));
    const done = await fillDepartmentTemplate(null, result, { name: 'bieu-mau-tinh.xlsx', bytes });
    if (!done.ok || !('download' in done)) throw new Error(JSON.stringify(done));
    const found = findForms(await gridsOf(done.download.bytes));
    expect(found.ii05a?.rows.map((r) => r.field)).toEqual(result.ii05a.rows.map((r) => r.field));
    expect(KEYS.map((k) => found.ii05a?.total?.cells[k] ?? 0)).toEqual(KEYS.map((k) => result.ii05a.total[k]));
  });

  test('a template lacking a needed column is refused, naming it; nothing to download', async () => {
    const done = await fillDepartmentTemplate(null, await department(), { name: 'bieu-mau.xlsx', bytes: await provinceTemplate('missing') });
    expect(done.ok).toBe(false);
    expect(!done.ok && done.reasons.join(' ')).toContain('(13)');
  });

  test.each([
    ['bieu-mau.xlsx', 'Q1', 'Tổng hợp Quý I-2024 - bieu-mau.xlsx'],
    ['Biểu mẫu tỉnh.xls', 'H1', 'Tổng hợp 6 tháng-2024 - Biểu mẫu tỉnh.xlsx'],
  ] as const)('file name for %s, %s: %s', (template, kind, name) => {
    expect(departmentTemplateFileName(reportPeriod(2024, kind), template)).toBe(name);
  });
});

describe('in Excel: the form sheets copied into the open workbook (recording fake)', () => {
  const at = (s: FakeSheet, row: number, col: number) => s.peek(row, col)?.value ?? '';

  test("copied in as the department's sheets, beside a unit's copy of the period, which stays", async () => {
    const bytes = await provinceTemplate('A');
    const excel = new FakeExcel();
    excel.seed('Theo dõi', [['Kế hoạch']]);
    excel.seed('Mẫu tỉnh II.05a Quý I-2024', [['bản của đơn vị']]);
    await excel.knowFile(bytes);
    const done = await fillDepartmentTemplate(new OfficeWorkbook({ run: excel.run }), await department(), { name: 'bieu-mau.xlsx', bytes });
    expect(done).toEqual({ ok: true, sheets: ['Mẫu tỉnh Sở II.05a Quý I-2024', 'Mẫu tỉnh Sở II.06a Quý I-2024'], notes: [] });
    expect(excel.sheets.map((s) => s.name)).toEqual(['Theo dõi', 'Mẫu tỉnh II.05a Quý I-2024', 'Mẫu tỉnh Sở II.05a Quý I-2024', 'Mẫu tỉnh Sở II.06a Quý I-2024']);
    expect(at(excel.sheet('Mẫu tỉnh II.05a Quý I-2024'), 1, 1)).toBe('bản của đơn vị');
    const s = excel.sheet('Mẫu tỉnh Sở II.05a Quý I-2024');
    expect(at(s, 4, 2)).toBe(`- Đơn vị báo cáo: ${UNIT_2024}`);
    // Seven lĩnh vực from row 12 (five blank rows reused, two inserted), the total right below.
    expect(Array.from({ length: 7 }, (_, i) => at(s, 12 + i, 3))).toEqual(EXPECTED_DEPARTMENT.map((r) => r[0]));
    expect(at(s, 19, 2)).toBe('Tổng số');
    expect(KEYS.map((_, i) => at(s, 19, 4 + i))).toEqual(EXPECTED_TOTAL);
  });
});

test.each([
  ['2024-Q1', 2024, 'Q1', 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ngãi'],
  ['2025-Q1 (ends 14/03/2025, after the merger)', 2025, 'Q1', 'Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi'],
  ['2026-Q2', 2026, 'Q2', 'Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi'],
] as const)("the department's name for %s", (_, year, kind, name) => {
  expect(defaultReportingUnit(reportPeriod(year, kind))).toBe(name);
});
