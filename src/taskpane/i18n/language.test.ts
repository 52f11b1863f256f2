import { loadStrings, paneLanguage } from './language';
import { vi } from './strings';
import { en } from './stringsEn';

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

test('each language has its own table, and the status labels come from the core', async () => {
  expect(await loadStrings('vi')).toBe(vi);
  expect(await loadStrings('en')).toBe(en);
  expect(vi.status.overdue).toBe('Quá hạn');
  expect(en.status.overdue).toBe('Overdue');
});
