import { paneLanguage, stringsFor } from './language';
import { en, vi } from './strings';

test.each([
  ['vi-VN', 'vi'],
  ['vi', 'vi'],
  ['VI-vn', 'vi'],
  ['en-US', 'en'],
  ['fr-FR', 'en'],
  [null, 'vi'],
  [undefined, 'vi'],
  ['', 'vi'],
] as const)('Office display language %p gives the %s pane', (display, language) => {
  expect(paneLanguage(display)).toBe(language);
});

test('each language has its own table, and the status labels come from the core', () => {
  expect(stringsFor('vi')).toBe(vi);
  expect(stringsFor('en')).toBe(en);
  expect(vi.status.overdue).toBe('Quá hạn');
  expect(en.status.overdue).toBe('Overdue');
});
