import { DEFAULT_UNIT_DIRECTORY } from './directory';
import { initialsKey, reportingUnitResolver } from './reportingUnit';

describe('initialsKey', () => {
  test.each([
    ['Chi cục Chăn nuôi và Thú y', 'cccnty'],
    ['Chi cục CN&TY', 'cccnty'],
    ['CCCN&TY', 'cccnty'],
    ['Chi cục TT&BVTV', 'ccttbvtv'],
    ['Chi cục Trồng trọt và Bảo vệ thực vật', 'ccttbvtv'],
    ['Chi cục QLCL NLS&TS', 'ccqlclnlsts'],
    ['Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản', 'ccqlclnlsts'],
  ])('%s → %s', (text, key) => {
    expect(initialsKey(text)).toBe(key);
  });
});

describe('reportingUnitResolver on the default directory', () => {
  const resolve = reportingUnitResolver(DEFAULT_UNIT_DIRECTORY.units);
  test.each([
    ['Chi cục Thủy sản', 'Chi cục Thủy sản'],
    ['CHI CỤC THỦY SẢN', 'Chi cục Thủy sản'],
    ['chi cuc thuy san', 'Chi cục Thủy sản'],
    ['CCTS', 'Chi cục Thủy sản'],
    ['Chi cục Thủy sản tỉnh Quảng Ngãi', 'Chi cục Thủy sản'],
    ['Chi cục CN&TY', 'Chi cục Chăn nuôi và Thú y'],
    ['Chi cục TT và BVTV', 'Chi cục Trồng trọt và Bảo vệ thực vật'],
    ['Chi cục QLCL NLS&TS', 'Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản'],
    ['Phòng Kế hoạch – Tài chính', 'Phòng Kế hoạch - Tài chính'],
    ['Ban Quản lý cảng cá', null],
    ['Chi cục', null],
    ['', null],
  ])('%s → %s', (text, name) => {
    expect(resolve(text)?.name ?? null).toBe(name);
  });
});
