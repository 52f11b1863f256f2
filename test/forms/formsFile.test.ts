import { findForms } from '../../src/core/forms/findForms';
import { computeForms } from '../../src/core/forms/computeForms';
import { formsWritePlan } from '../../src/core/forms/formsWritePlan';
import { reportPeriod } from '../../src/core/periods/periods';
import { readRegister } from '../../src/core/register/readRegister';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { buildRegisterXlsx } from '../fixtures/registers';
import { EXPECTED_II05A, QUARTER_REGISTER } from './quarterFixture';

const period = reportPeriod(2024, 'Q1');

async function registerBook(): Promise<FileWorkbook> {
  return FileWorkbook.open(await buildRegisterXlsx(QUARTER_REGISTER), 'so.xlsx');
}

describe('forms written into a workbook', () => {
  test('the written forms read back as the forms they are (title, numbered row, unit, period, counts)', async () => {
    const book = await registerBook();
    const result = computeForms(readRegister(await book.readSheet('Sổ hồ sơ')).dossiers, period);
    await book.apply(formsWritePlan(result, { unit: 'Chi cục Chăn nuôi và Thú y', period }));
    const reopened = await FileWorkbook.open(await book.save(), 'so.xlsx');
    const names = await reopened.sheetNames();
    expect(names).toEqual(['Sổ hồ sơ', 'II.05a Quý I-2024', 'II.06a Quý I-2024']);
    const grids = await Promise.all(names.map((n) => reopened.readSheet(n)));
    const found = findForms(grids);
    expect(found.findings).toEqual([]);
    expect(found.ii05a).toMatchObject({ sheet: 'II.05a Quý I-2024', unit: 'Chi cục Chăn nuôi và Thú y', period: { code: '2024-Q1' } });
    expect(found.ii05a?.rows.map((r) => ({ field: r.field, ...Object.fromEntries(Object.entries(r.cells).filter(([k]) => !['c1', 'c2'].includes(k))) }))).toEqual(
      EXPECTED_II05A.rows,
    );
    expect(found.ii05a?.total?.cells).toMatchObject(EXPECTED_II05A.total);
    expect(found.ii06a?.rows.map((r) => [r.field, r.procedure, r.cells.c3])).toEqual(
      result.ii06a.rows.map((r) => [r.field, r.procedure, r.count]),
    );
  });

  test('running again for the same period replaces only the add-in sheets; the register is untouched', async () => {
    const book = await registerBook();
    const before = await book.readSheet('Sổ hồ sơ');
    const read = readRegister(before);
    await book.apply(formsWritePlan(computeForms(read.dossiers, period), { unit: 'A', period }));
    await book.apply(formsWritePlan(computeForms(read.dossiers.slice(0, 3), period), { unit: 'B', period }));
    const reopened = await FileWorkbook.open(await book.save(), 'so.xlsx');
    expect(await reopened.sheetNames()).toEqual(['Sổ hồ sơ', 'II.05a Quý I-2024', 'II.06a Quý I-2024']);
    expect((await reopened.readSheet('Sổ hồ sơ')).values).toEqual(before.values);
    const grid = await reopened.readSheet('II.05a Quý I-2024');
    expect(grid.values[3][0]).toBe('Đơn vị báo cáo: B');
    const found = findForms([grid]);
    expect(found.ii05a?.total?.cells.c3).toBe(3);
  });

  test('text that looks like a formula stays text', async () => {
    const book = FileWorkbook.create('f.xlsx');
    const result = computeForms(
      [{ row: 2, code: 'x', field: '=SUM(A1)', procedure: '+Thủ tục', channel: 'online', received: '2024-01-02', due: '2024-01-03', resolved: null, status: 'pending', reason: '@lý do' }],
      period,
    );
    await book.apply(formsWritePlan(result, { unit: '-Đơn vị', period }));
    const reopened = await FileWorkbook.open(await book.save(), 'f.xlsx');
    const ii05a = await reopened.readSheet('II.05a Quý I-2024');
    const ii06a = await reopened.readSheet('II.06a Quý I-2024');
    expect(ii05a.values[11][1]).toBe('=SUM(A1)');
    expect(ii06a.values[10].slice(1, 4)).toEqual(['+Thủ tục', 1, '@lý do']);
  });
});
