/**
 * Excel for Mac and iPad host the pane in WKWebView, where `<a download>` does nothing (office-js
 * issue 2700, closed "by design"): the pane must know it and offer the reminder as text to copy.
 */
import { FileWorkbook } from '../../workbook/file/fileWorkbook';
import { buildSeedPlanWorkbook } from '../../../test/fixtures/seedAppendix';
import { computePlanStatus } from '../../core/status/computeStatus';
import { DEFAULT_UNIT_DIRECTORY } from '../../core/units/directory';
import { reminderPlainText } from '../../core/remind/reminderText';
import { downloadsWork } from './download';
import { downloadEml, remindersOf } from './remind';
import { readPlan } from './plan';

const g = globalThis as unknown as { Office?: unknown };

afterEach(() => {
  delete g.Office;
});

test.each<[string, unknown, boolean]>([
  ['no Office (a browser)', undefined, true],
  ['Excel on Windows', { context: { platform: 'PC' } }, true],
  ['Excel on the web', { context: { platform: 'OfficeOnline' } }, true],
  ['Excel for Mac (WKWebView)', { context: { platform: 'Mac' } }, false],
  ['Excel for iPad (WKWebView)', { context: { platform: 'iOS' } }, false],
  ['Excel for Mac, platform only in diagnostics', { context: { diagnostics: { platform: 'Mac' } } }, false],
])('%s: a download link works (%#)', (_name, office, works) => {
  if (office !== undefined) g.Office = office;
  expect(downloadsWork()).toBe(works);
});

test('in Excel for Mac the reminder’s full draft comes back as text to copy: addresses, subject, the letter', async () => {
  const book = await FileWorkbook.open(await buildSeedPlanWorkbook('word'), 'seed.xlsx');
  const reading = await readPlan(book);
  if (!reading.plan) throw new Error('seed plan not read');
  const status = computePlanStatus(reading.plan, { asOf: '2024-03-10', window: 7, directory: DEFAULT_UNIT_DIRECTORY });
  const [reminder] = remindersOf(reading, status);
  g.Office = { context: { platform: 'Mac' } };
  const delivery = downloadEml({ ...reminder, emails: ['ccts@quangngai.gov.vn'] }, reading);
  expect(delivery.kind).toBe('copy');
  if (delivery.kind !== 'copy') return;
  expect(delivery.text.startsWith(`Gửi: ccts@quangngai.gov.vn\nTiêu đề: ${reminder.letter.subject}\n\n`)).toBe(true);
  expect(delivery.text).toContain(reminderPlainText(reminder));
});
