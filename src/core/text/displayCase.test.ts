import { betterSpelling, displayCase } from './displayCase';

describe('displayCase', () => {
  test.each([
    ['thú y', 'Thú y'],
    ['TRỒNG TRỌT', 'Trồng trọt'],
    ['trong trot', 'Trong trot'],
    ['Quản lý chất lượng NLTS', 'Quản lý chất lượng NLTS'],
    ['bảo vệ thực vật (BVTV)', 'bảo vệ thực vật (BVTV)'.replace(/^b/, 'B')],
    ['(không ghi) lĩnh vực', '(Không ghi) lĩnh vực'],
    ['', ''],
    ['123', '123'],
    ['=SUM(A1)', '=SUM(A1)'],
    ['LĨNH VỰC 2', 'LĨNH VỰC 2'],
  ])('%s → %s', (text, expected) => expect(displayCase(text)).toBe(expected));

  test('betterSpelling prefers a mixed-case spelling, else the first', () => {
    expect(betterSpelling('THÚ Y', 'Thú y')).toBe('Thú y');
    expect(betterSpelling('Thú y', 'THÚ Y')).toBe('Thú y');
    expect(betterSpelling('thú y', 'THÚ Y')).toBe('thú y');
  });
});
