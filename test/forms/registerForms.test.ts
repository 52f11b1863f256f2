import { computeForms } from '../../src/core/forms/computeForms';
import { reportPeriod } from '../../src/core/periods/periods';
import { readRegister } from '../../src/core/register/readRegister';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { buildRegisterXlsx, firstDataRow } from '../fixtures/registers';
import { EXPECTED_II05A, EXPECTED_II06A, EXPECTED_REJECTED_ROWS, QUARTER_REGISTER } from './quarterFixture';

async function readFixture() {
  const book = await FileWorkbook.open(await buildRegisterXlsx(QUARTER_REGISTER), 'so.xlsx');
  return readRegister(await book.readSheet('Sổ hồ sơ'));
}

describe('register → II.05a / II.06a, hand-worked Quý I/2024', () => {
  const period = reportPeriod(2024, 'Q1');

  test('the fixture rows sit where the notes say', () => {
    expect(firstDataRow(QUARTER_REGISTER)).toBe(7);
  });

  test('the header is found under the title lines and every column placed', async () => {
    const read = await readFixture();
    expect(read.headerRow).toBe(5);
    expect(read.columns).toEqual({ code: 2, field: 3, procedure: 4, channel: 5, received: 6, due: 7, resolved: 8, status: 9, reason: 10 });
    expect(read.findings).toEqual([]);
  });

  test('unreadable rows are rejected with their row numbers and reasons', async () => {
    const read = await readFixture();
    expect(read.rejected.map((f) => f.row)).toEqual(EXPECTED_REJECTED_ROWS);
    expect(read.rejected.map((f) => f.message)).toEqual([
      'Hồ sơ C1: thiếu ngày tiếp nhận. Dòng này không được tính vào biểu.',
      'Hồ sơ C2: ngày hẹn trả (05/01/2024) trước ngày tiếp nhận (10/01/2024). Dòng này không được tính vào biểu.',
      'Hồ sơ C3: không rõ kênh nộp "Fax" (trực tuyến hay trực tiếp, bưu chính). Dòng này không được tính vào biểu.',
    ]);
    expect(read.rejected.every((f) => f.severity === 'error' && f.sheet === 'Sổ hồ sơ')).toBe(true);
    expect(read.dossiers).toHaveLength(16);
    expect(read.dossiers.some((d) => d.field.startsWith('Thủy sản'))).toBe(false);
  });

  test('counts are exact', async () => {
    const result = computeForms((await readFixture()).dossiers, period, { sheet: 'Sổ hồ sơ' });
    expect(result.ii05a).toEqual(EXPECTED_II05A);
  });

  test('II.06a groups the (13) dossiers by lĩnh vực and TTHC with their reasons', async () => {
    const result = computeForms((await readFixture()).dossiers, period, { sheet: 'Sổ hồ sơ' });
    expect(result.ii06a.rows.map(({ codes: _codes, ...r }) => r)).toEqual(EXPECTED_II06A);
    expect(result.ii06a.rows.reduce((n, r) => n + r.count, 0)).toBe(result.ii05a.total.c13);
  });

  test('the one overdue dossier without a reason is the only finding, a warning on its row', async () => {
    const result = computeForms((await readFixture()).dossiers, period, { sheet: 'Sổ hồ sơ' });
    expect(result.findings).toEqual([
      {
        sheet: 'Sổ hồ sơ',
        row: 18,
        severity: 'warning',
        message: 'Hồ sơ B4 quá hạn nhưng chưa nêu lý do quá hạn; biểu II.06a ghi "Chưa nêu nguyên nhân".',
      },
    ]);
  });

  test('the column rules hold on every row and the total', async () => {
    const { ii05a } = computeForms((await readFixture()).dossiers, period);
    for (const r of [...ii05a.rows, ii05a.total]) {
      expect(r.c3).toBe(r.c4 + r.c5 + r.c6);
      expect(r.c7).toBe(r.c8 + r.c9 + r.c10);
      expect(r.c11).toBe(r.c12 + r.c13);
      expect(r.c3).toBe(r.c7 + r.c11);
    }
  });

  test('Quý II of the same register carries the open dossiers over', async () => {
    // Open at 14/03: A2, A6, A7 (resolved 20/03), B3, B4, B7, B8; A8 received 15/03 is new in Quý II.
    const { ii05a } = computeForms((await readFixture()).dossiers, reportPeriod(2024, 'Q2'));
    expect(ii05a.total).toMatchObject({ c3: 8, c4: 1, c5: 0, c6: 7, c7: 1, c10: 1 });
    expect(ii05a.total.c11).toBe(7);
  });
});
