/**
 * `kstthc forms`: "Đơn vị nhận báo cáo" comes from the register's workbook (the plan's issuing
 * body, or the department written above the register), never a fixed Sở; unknown, the line is
 * left to write in and the officer is told how to fill it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { memoryIo } from '../support/memoryIo';

const REGISTER = new Uint8Array(readFileSync(path.resolve(__dirname, '../../samples/so-ho-so-thuy-san.xlsx')));

async function receiverLine(bytes: Uint8Array): Promise<unknown> {
  const book = await FileWorkbook.open(bytes, 'bieu.xlsx');
  return (await book.readSheet((await book.sheetNames())[0])).values[4]?.[0];
}

/** The sample register without its department line (row 1). */
async function withoutDepartment(): Promise<Uint8Array> {
  const book = await FileWorkbook.open(REGISTER, 'so.xlsx');
  const ws = (await book.excelBook()).worksheets[0];
  ws.getCell('A1').value = null;
  return book.save();
}

test('the department above the register is the receiver', async () => {
  const io = memoryIo({ 'so.xlsx': REGISTER }, '2026-06-15');
  expect(await main(['forms', 'so.xlsx', '--period', '2026-Q2', '--out', 'bieu.xlsx'], io)).toBe(0);
  expect(await receiverLine(io.files.get('bieu.xlsx')!)).toBe('Đơn vị nhận báo cáo: SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN');
  expect(io.err).not.toContain('Chưa rõ đơn vị nhận báo cáo');
});

test('nobody named: a line to write in, and the officer is told about --receiver', async () => {
  const io = memoryIo({ 'so.xlsx': await withoutDepartment() }, '2026-06-15');
  expect(await main(['forms', 'so.xlsx', '--period', '2026-Q2', '--out', 'bieu.xlsx'], io)).toBe(0);
  expect(await receiverLine(io.files.get('bieu.xlsx')!)).toBe('Đơn vị nhận báo cáo: ……………………………');
  expect(io.err).toContain('Chưa rõ đơn vị nhận báo cáo');
  expect(io.err).toContain('--receiver');
});

test('--receiver wins', async () => {
  const io = memoryIo({ 'so.xlsx': REGISTER }, '2026-06-15');
  expect(await main(['forms', 'so.xlsx', '--period', '2026-Q2', '--receiver', 'Sở Nông nghiệp và Môi trường', '--out', 'bieu.xlsx'], io)).toBe(0);
  expect(await receiverLine(io.files.get('bieu.xlsx')!)).toBe('Đơn vị nhận báo cáo: Sở Nông nghiệp và Môi trường');
});
