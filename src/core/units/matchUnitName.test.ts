import { DEFAULT_UNIT_DIRECTORY } from './directory';
import { matchUnitName } from './matchUnitName';

test.each([
  ['Chi cục Thủy sản', 'Chi cục Thủy sản'],
  ['CCTS', 'Chi cục Thủy sản'],
  ['thuy san', 'Chi cục Thủy sản'],
  ['THỦY LỢI', 'Chi cục Thủy lợi'],
  ['kiem lam', 'Chi cục Kiểm lâm'],
  ['chat luong', 'Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản'],
  ['khuyen nong', 'Trung tâm Khuyến nông'],
  ['van phong', 'Văn phòng Sở'],
  ['tai chinh', 'Phòng Kế hoạch - Tài chính'],
])('%p is %p', (text, name) => {
  const match = matchUnitName(DEFAULT_UNIT_DIRECTORY, text);
  expect(match.kind === 'found' ? match.unit.name : match).toBe(name);
});

test.each([
  ['chi cuc', 7],
  ['phong', 4],
  ['trung tam', 2],
])('%p is held by %i names: ambiguous, with the candidates', (text, n) => {
  const match = matchUnitName(DEFAULT_UNIT_DIRECTORY, text);
  expect(match.kind).toBe('ambiguous');
  expect(match.kind === 'ambiguous' ? match.candidates.length : 0).toBe(n);
});

test.each(['', 'thuy', 'Sở Tài chính', 'thuy san lam'])('%p matches no unit by whole words', (text) => {
  const match = matchUnitName(DEFAULT_UNIT_DIRECTORY, text);
  expect(match.kind).not.toBe('found');
});
