import type { SheetGrid } from '../grid';
import { issuerLevelOf, issuingBodyOf } from './issuingBody';

const grid = (...rows: (string | null)[][]): SheetGrid => ({ name: 'KH', merges: [], values: rows });

describe('issuingBodyOf: the issuer of the plan’s title block', () => {
  test.each([
    [[['UBND TỈNH QUẢNG NGÃI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc']], 'UBND TỈNH QUẢNG NGÃI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'],
    [[['ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI'], ['SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'], ['Số: 12/KH-SNNMT']], 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'],
    [[['PHỤ LỤC'], ['KẾ HOẠCH KIỂM SOÁT TTHC NĂM 2024']], null],
  ])('%j → %j', (rows, expected) => expect(issuingBodyOf(grid(...rows), rows.length + 1)).toBe(expected));

  test('rows of the table are not read', () => {
    expect(issuingBodyOf(grid(['PHỤ LỤC'], ['STT', 'Nội dung'], ['1', 'Sở Tư pháp phối hợp']), 2)).toBeNull();
  });
});

describe('issuerLevelOf: one table of levels for the issuer and the report receiver', () => {
  test.each<[string, boolean | null]>([
    ['UBND TỈNH QUẢNG NGÃI', true],
    ['ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', true],
    ['SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', true],
    ['Sở Tài chính', true],
    ['BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', true],
    ['CHI CỤC THỦY SẢN', false],
    ['VĂN PHÒNG SỞ', false],
    // "Sổ" (a register's title) is not "Sở": diacritics decide.
    ['SỔ THEO DÕI HỒ SƠ', null],
    ['Số: 12/KH-SNNMT', null],
  ])('%j → %j', (line, reportsTo) => expect(issuerLevelOf(line)?.reportsTo ?? null).toBe(reportsTo));

  test('a register titled "SỔ THEO DÕI …" gives no issuer', () => {
    expect(issuingBodyOf({ name: 'Sổ', merges: [], values: [['SỔ THEO DÕI HỒ SƠ THỦ TỤC HÀNH CHÍNH']] }, 3)).toBeNull();
  });
});
