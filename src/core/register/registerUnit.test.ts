import type { SheetGrid } from '../grid';
import { DEFAULT_UNIT_DIRECTORY } from '../units/directory';
import { decideFormsUnit, registerUnit } from './registerUnit';

const entries = DEFAULT_UNIT_DIRECTORY.units;
const grid = (...lines: string[]): SheetGrid => ({ name: 'Sổ', merges: [], values: lines.map((l) => [l]) });

describe('registerUnit: the unit a register names above its header', () => {
  test.each([
    [['SỔ THEO DÕI HỒ SƠ TTHC - Chi cục Chăn nuôi và Thú y'], 'Chi cục Chăn nuôi và Thú y'],
    [['SỔ THEO DÕI HỒ SƠ TTHC – CHI CỤC THỦY SẢN'], 'Chi cục Thủy sản'],
    [['SỔ THEO DÕI HỒ SƠ THỦ TỤC HÀNH CHÍNH CỦA CHI CỤC KIỂM LÂM'], 'Chi cục Kiểm lâm'],
    [['SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'CHI CỤC CHĂN NUÔI VÀ THÚ Y', 'SỔ THEO DÕI HỒ SƠ THỦ TỤC HÀNH CHÍNH'], 'Chi cục Chăn nuôi và Thú y'],
    [['Đơn vị: CCTS', 'SỔ THEO DÕI HỒ SƠ'], 'Chi cục Thủy sản'],
    [['Đơn vị báo cáo: Chi cục Thủy lợi tỉnh Quảng Ngãi'], 'Chi cục Thủy lợi'],
  ])('%j → %s', (lines, unit) => {
    expect(registerUnit(grid(...lines, 'Mã hồ sơ'), lines.length + 1, entries)?.unit?.name).toBe(unit);
  });

  test('a name the directory does not know is kept as written; no name at all gives null', () => {
    const found = registerUnit(grid('SỔ THEO DÕI HỒ SƠ TTHC - Ban Quản lý rừng phòng hộ', 'Mã hồ sơ'), 2, entries);
    expect(found).toEqual({ text: 'Ban Quản lý rừng phòng hộ', unit: null, row: 1 });
    expect(registerUnit(grid('SỔ THEO DÕI HỒ SƠ THỦ TỤC HÀNH CHÍNH', 'Năm 2024', 'Mã hồ sơ'), 3, entries)).toBeNull();
  });

  test('only rows above the header are read', () => {
    expect(registerUnit(grid('SỔ THEO DÕI HỒ SƠ', 'Mã hồ sơ', 'Chi cục Thủy sản'), 2, entries)).toBeNull();
  });
});

describe('decideFormsUnit', () => {
  const chanNuoi = registerUnit(grid('SỔ THEO DÕI HỒ SƠ TTHC - Chi cục Chăn nuôi và Thú y'), 2, entries);
  const newUnit = registerUnit(grid('SỔ THEO DÕI HỒ SƠ TTHC - Ban Quản lý rừng phòng hộ'), 2, entries);

  test.each([
    ['register unit, none chosen', chanNuoi, '', false, { ok: true, unit: 'Chi cục Chăn nuôi và Thú y', from: 'register' }],
    ['the same unit chosen by short name', chanNuoi, 'CCCN&TY', false, { ok: true, unit: 'Chi cục Chăn nuôi và Thú y', from: 'chosen' }],
    ['another directory unit', chanNuoi, 'Chi cục Thủy sản', false, { ok: false, reason: 'contradicts' }],
    ['a unit not in the directory that differs from the register', chanNuoi, 'Chi cục Chăn nuôi', true, { ok: false, reason: 'contradicts' }],
    ['no register unit, a directory unit chosen', null, 'Chi cục Thủy sản', false, { ok: true, unit: 'Chi cục Thủy sản', inDirectory: true }],
    ['no register unit, none chosen', null, '', false, { ok: false, reason: 'missing' }],
    ['no register unit, unknown unit chosen', null, 'Chi cục Chăn nuôi', false, { ok: false, reason: 'not-in-directory' }],
    ['no register unit, unknown unit confirmed', null, 'Chi cục Chăn nuôi', true, { ok: true, unit: 'Chi cục Chăn nuôi', inDirectory: false }],
    ['register unit not in the directory', newUnit, '', false, { ok: false, reason: 'not-in-directory' }],
    ['register unit not in the directory, confirmed', newUnit, null, true, { ok: true, unit: 'Ban Quản lý rừng phòng hộ', from: 'register', inDirectory: false }],
  ] as const)('%s', (_name, found, chosen, allowNew, expected) => {
    expect(decideFormsUnit(found, entries, { chosen, allowNew })).toMatchObject(expected);
  });

  test('a contradiction names both units', () => {
    const d = decideFormsUnit(chanNuoi, entries, { chosen: 'Chi cục Thủy sản' });
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.message).toMatch(/"Chi cục Thủy sản" khác đơn vị ghi trên sổ "Chi cục Chăn nuôi và Thú y" \(dòng 1\)/);
  });
});
