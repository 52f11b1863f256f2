import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { readUnitDirectory, UNIT_DIRECTORY_SHEET } from '../../src/core/units/directory';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { memoryIo } from '../support/memoryIo';

// SPEC §11: another agency's plan without "Danh mục đơn vị" gets the directory learned from it, written
// for the officer to correct; once written, the plan reads with that sheet.
test('kstthc init writes the learned directory of another agency\'s plan; plan then uses the sheet', async () => {
  const bytes = new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/real-plans/dongthap-617-2025-word.xlsx')));
  const io = memoryIo({ 'kh.xlsx': bytes }, '2025-12-20');
  expect(await main(['init', 'kh.xlsx', '--out', 'td.xlsx'], io)).toBe(0);
  expect(io.err).toMatch(/Danh mục đơn vị lập từ 5 đơn vị nêu trong kế hoạch: cần kiểm tra/);
  expect(io.err).not.toMatch(/mặc định/);

  const book = await FileWorkbook.open(io.files.get('td.xlsx')!, 'td.xlsx');
  const dir = readUnitDirectory(await book.readSheet(UNIT_DIRECTORY_SHEET));
  expect(dir.directory.units.map((u) => u.name)).toEqual(['Sở KH&CN', 'UBND các xã, phường', 'Sở Nội vụ', 'Sở Công Thương', 'Ban Quản lý Khu kinh tế']);

  const again = memoryIo({ 'td.xlsx': io.files.get('td.xlsx')! }, '2025-12-20');
  expect(await main(['plan', 'td.xlsx', '--json'], again)).toBe(0);
  const doc = JSON.parse(again.out) as { directory: { source: string; units: number } };
  expect(doc.directory).toEqual(expect.objectContaining({ source: 'sheet', units: 5 }));
});
