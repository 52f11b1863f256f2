import { codeDayWarning, codeReceiptDay } from './codeDay';

describe('codeReceiptDay: the day of a national-scheme dossier code', () => {
  test.each([
    ['000.00.12.H48-250701-0003', '2025-07-01'],
    ['G22.45-240115-0012', '2024-01-15'],
    ['H48.20-250229-0001', null],
    ['H48-001', null],
    ['HS-2024-0001', null],
    ['000.00.12.H48-2507010-0003', null],
    ['', null],
  ])('%j → %s', (code, day) => expect(codeReceiptDay(code)).toBe(day));
});

describe('codeDayWarning', () => {
  const dossier = (row: number, code: string, received: string) => ({ row, code, received });

  test('one warning naming every differing row, none for matching, foreign or empty codes', () => {
    const found = codeDayWarning('Sổ', [
      dossier(5, 'H48-250701-0001', '2025-07-01'),
      dossier(6, 'H48-250701-0002', '2025-07-02'),
      dossier(7, 'HS-07', '2025-07-03'),
      dossier(8, '', '2025-07-03'),
      dossier(9, 'H48-250630-0009', '2025-07-01'),
    ]);
    expect(found).toEqual({
      sheet: 'Sổ',
      row: 6,
      severity: 'warning',
      message:
        'Mã hồ sơ ghi ngày tiếp nhận khác cột Ngày tiếp nhận ở 2 dòng: dòng 6 (mã ghi 01/07/2025, sổ ghi 02/07/2025); dòng 9 (mã ghi 30/06/2025, sổ ghi 01/07/2025). ' +
        'Mã hồ sơ dạng …-YYMMDD-… ghi ngày tiếp nhận (năm, tháng, ngày); hãy xem lại ngày tiếp nhận của các dòng này. Số liệu vẫn tính theo cột Ngày tiếp nhận.',
    });
  });

  test('many rows: the first ten named, the rest counted', () => {
    const rows = Array.from({ length: 13 }, (_, i) => dossier(10 + i, `H48-250701-${i}`, '2025-07-05'));
    const message = codeDayWarning('Sổ', rows)?.message ?? '';
    expect(message).toContain('ở 13 dòng');
    expect(message).toContain('dòng 19 (');
    expect(message).not.toContain('dòng 20 (');
    expect(message).toContain('và 3 dòng khác');
  });

  test('nothing to say when every code agrees', () => {
    expect(codeDayWarning('Sổ', [dossier(5, 'H48-250701-0001', '2025-07-01')])).toBeNull();
  });
});
