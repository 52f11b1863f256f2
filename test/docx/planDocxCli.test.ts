import { main } from '../../src/cli/main';
import { readPlanTable } from '../../src/core/plan/readPlanTable';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { memoryIo } from '../support/memoryIo';
import { docxOf, p, tbl, tc, tr } from './docxOf';

/**
 * `kstthc plan ke-hoach.docx` with the plan command's options (SPEC §10, §13): the same
 * options as for a workbook; `--out` writes a new workbook holding the "Phụ lục" sheet and the
 * status columns on it.
 */

const HEADER = tr(['STT', 'Nội dung công việc', 'Kết quả', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện'].map((h) => tc(h)), '<w:tblHeader/>');
const body =
  p('UBND TỈNH QUẢNG NGÃI') +
  p('SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG') +
  p('Số: 05/KH-SNNMT') +
  p('Quảng Ngãi, ngày 08 tháng 01 năm 2026') +
  p('KẾ HOẠCH') +
  p('Kiểm soát thủ tục hành chính năm 2026') +
  p('Căn cứ Nghị định số 63/2010/NĐ-CP;') +
  p('PHỤ LỤC') +
  tbl(
    [
      HEADER,
      tr([tc('I'), tc('Rà soát thủ tục hành chính', '<w:gridSpan w:val="5"/>')]),
      tr([tc('1', '<w:vMerge w:val="restart"/>'), tc('Rà soát, đánh giá TTHC', '<w:vMerge w:val="restart"/>'), tc('a) Kế hoạch rà soát'), tc('Văn phòng Sở'), tc('Các phòng'), tc('Tháng 02/2026')]),
      tr([tc('', '<w:vMerge/>'), tc('', '<w:vMerge/>'), tc('b) Báo cáo kết quả'), tc('Chi cục Thủy sản'), tc(''), tc('Quý III/2026')]),
      tr([tc('2'), tc('Công khai TTHC'), tc('Danh mục TTHC'), tc('Văn phòng Sở'), tc(''), tc('Trước ngày 31/3/2026')]),
    ],
    [700, 4200, 3000, 2200, 2200, 1800],
  );
const DOCX = docxOf(body);

async function run(argv: string[]) {
  const io = memoryIo({ 'ke-hoach.docx': DOCX });
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err, files: io.files };
}

test('the summary: the document, the plan year from its title, the statuses as of a day', async () => {
  const r = await run(['plan', 'ke-hoach.docx', '--as-of', '01/04/2026']);
  expect(r.code).toBe(0);
  expect(r.out).toContain('Văn bản Word: KẾ HOẠCH Kiểm soát thủ tục hành chính năm 2026, số 05/KH-SNNMT, ngày 08/01/2026, của UBND TỈNH QUẢNG NGÃI - SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG.');
  expect(r.out).toContain('Năm kế hoạch: 2026');
  expect(r.out).toContain('1 mục, 2 nhiệm vụ, 3 kết quả');
  expect(r.out).toMatch(/Quá hạn: 2/);
});

test('--unit, --window, --year and --json', async () => {
  const r = await run(['plan', 'ke-hoach.docx', '--as-of', '2026-03-25', '--window', '10', '--unit', 'thuy san', '--year', '2026', '--json']);
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.out);
  expect(doc).toMatchObject({ year: 2026, unit: 'Chi cục Thủy sản', document: { number: '05/KH-SNNMT', date: '2026-01-08', kind: 'KẾ HOẠCH', tables: 1 } });
  expect(doc.tasks.map((t: { id: string }) => t.id)).toEqual(['1', '2']);
  expect(doc.tasks[0].deliverables.map((d: { lead: string; timing: string }) => [d.lead, d.timing])).toEqual([
    ['Văn phòng Sở', 'Tháng 02/2026'],
    ['Chi cục Thủy sản', 'Quý III/2026'],
  ]);
  // The window reaches 31/3 for task 2.
  expect(doc.tasks[1].deliverables[0].status).toBe('due-soon');
});

test('--out: a new workbook with the "Phụ lục" sheet and the status columns; it reads back to the same plan', async () => {
  const r = await run(['plan', 'ke-hoach.docx', '--as-of', '2026-04-01', '--out', 'tien-do.xlsx', '--issuer', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG']);
  expect(r.code).toBe(0);
  expect(r.out).toContain('Đã ghi tệp tien-do.xlsx');
  expect(r.files.get('ke-hoach.docx')).toBe(DOCX);
  const book = await FileWorkbook.open(r.files.get('tien-do.xlsx') as Uint8Array, 'tien-do.xlsx');
  const names = await book.sheetNames();
  expect(names[0]).toBe('Phụ lục');
  const grids = [];
  for (const name of names) grids.push(await book.readSheet(name));
  const { plan } = readPlanTable(grids, { sheet: 'Phụ lục' });
  expect(plan?.tasks.map((t) => [t.id, t.deliverables.length])).toEqual([['1', 2], ['2', 1]]);
  expect(plan?.year).toBe(2026);
  // The status columns sit right of the table.
  const sheet = grids[0];
  expect(sheet.values[(plan?.layout.headerRows[0] ?? 1) - 1].slice(6).join(' ')).toMatch(/Trạng thái/);
});

test('remind reads the plan from a .docx too', async () => {
  const r = await run(['remind', 'ke-hoach.docx', '--as-of', '2026-04-01', '--json']);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out).reminders.length).toBeGreaterThan(0);
});

test('--help names the .docx', async () => {
  const r = await run(['plan', '--help']);
  expect(r.out).toContain('kstthc plan <kế-hoạch.xlsx | kế-hoạch.docx> [tùy chọn]');
  expect(r.out).toContain('văn bản Word .docx');
});
