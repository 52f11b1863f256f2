import { readPlanTable } from '../plan/readPlanTable';
import type { WordBlock, WordCell, WordDocument, WordRow, WordTable } from './wordDocument';
import { wordPlanSheet } from './wordPlanSheet';
import { wordTableGrid } from './wordTableGrid';

const cell = (text: string, more: Partial<WordCell> = {}): WordCell => ({ text, span: 1, vMerge: null, ...more });
const row = (texts: (string | WordCell)[], more: Partial<WordRow> = {}): WordRow => ({ header: false, before: 0, cells: texts.map((t) => (typeof t === 'string' ? cell(t) : t)), ...more });
const table = (rows: WordRow[], columnWidths: number[] = []): WordTable => ({ kind: 'table', columnWidths, rows });
const para = (text: string): WordBlock => ({ kind: 'paragraph', text });
const doc = (...blocks: WordBlock[]): WordDocument => ({ blocks });

const HEADER = ['STT', 'Nội dung công việc', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện'];
const task = (no: string, text: string, lead: string, timing: string) => row([no, text, lead, '', timing]);

describe('wordTableGrid: a Word table laid on the grid a paste gives', () => {
  test('vertical merges and column spans become merged areas; text in the top-left cell', () => {
    const grid = wordTableGrid(
      table([
        row(['STT', 'Nội dung', 'Kết quả']),
        row([cell('I'), cell('Mục một', { span: 2 })]),
        row([cell('1', { vMerge: 'restart' }), cell('Việc', { vMerge: 'restart' }), 'a)']),
        row([cell('', { vMerge: 'continue' }), cell('', { vMerge: 'continue' }), 'b)']),
        row([cell('2'), cell('Việc hai'), 'c)']),
      ]),
    );
    expect(grid.values.map((l) => l.join('|'))).toEqual(['STT|Nội dung|Kết quả', 'I|Mục một|', '1|Việc|a)', '||b)', '2|Việc hai|c)']);
    expect(grid.merges).toEqual([
      { top: 2, left: 2, bottom: 2, right: 3 },
      { top: 3, left: 1, bottom: 4, right: 1 },
      { top: 3, left: 2, bottom: 4, right: 2 },
    ]);
  });

  test('a continue cell with nothing open above is a cell of its own; a short row ends the merges it leaves out', () => {
    const grid = wordTableGrid(
      table([
        row([cell('x', { vMerge: 'continue' }), cell('a', { vMerge: 'restart' })]),
        row([cell('y')]),
        row([cell('z'), cell('', { vMerge: 'continue' })]),
      ]),
    );
    expect(grid.values).toEqual([['x', 'a'], ['y', ''], ['z', '']]);
    expect(grid.merges).toEqual([]);
  });

  test('gridBefore shifts a row right; widths follow the grid, 0 where the file gives none', () => {
    const grid = wordTableGrid(table([row(['a', 'b', 'c']), row(['d'], { before: 2 })], [500, 700]));
    expect(grid.values[1]).toEqual(['', '', 'd']);
    expect(grid.widths).toEqual([500, 700, 0]);
  });
});

describe('wordPlanSheet: the appendix table and the title block', () => {
  const title = [
    para('UBND TỈNH QUẢNG NGÃI'),
    para('SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'),
    para('Số: 12/KH-SNNMT'),
    para('Quảng Ngãi, ngày 10 tháng 01 năm 2025'),
    para('KẾ HOẠCH'),
    para('Kiểm soát thủ tục hành chính năm 2025'),
    para('Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ;'),
  ];
  const appendix = table([row(HEADER, { header: true }), task('1', 'Rà soát TTHC', 'Văn phòng Sở', 'Quý I/2025'), task('2', 'Công bố TTHC', 'Chi cục Thủy lợi', 'Tháng 6/2025')], [600, 5000, 2500, 2500, 1800]);

  test('tables before the appendix (letterhead, table of contents, signature block) are left out', () => {
    const letterhead = table([row(['UBND TỈNH QUẢNG NGÃI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 12/KH-SNNMT', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Ngãi, ngày 10 tháng 01 năm 2025'])]);
    const contents = table([row(['STT', 'Mục lục', 'Trang']), row(['1', 'Mục đích', '1'])]);
    const signature = table([row(['Nơi nhận:\n- Như trên;\n- Lưu: VT.', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC'])]);
    const sheet = wordPlanSheet(doc(letterhead, para('KẾ HOẠCH'), para('Kiểm soát thủ tục hành chính năm 2025'), contents, para('Nội dung …'), signature, para('PHỤ LỤC'), para('(Kèm theo Kế hoạch số 12/KH-SNNMT)'), appendix));
    expect(sheet).not.toBeNull();
    const { plan } = readPlanTable([sheet!.grid]);
    expect(plan?.tasks.map((t) => [t.id, t.deliverables[0].lead])).toEqual([['1', 'Văn phòng Sở'], ['2', 'Chi cục Thủy lợi']]);
    expect(plan?.year).toBe(2025);
    expect(sheet!.heading).toEqual({
      issuer: 'UBND TỈNH QUẢNG NGÃI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
      kind: 'KẾ HOẠCH',
      title: 'Kiểm soát thủ tục hành chính năm 2025',
      number: '12/KH-SNNMT',
      date: '2025-01-10',
    });
    // The signature block's lines never reach the sheet.
    expect(sheet!.grid.values.flat().join(' ')).not.toContain('Nơi nhận');
  });

  test('the title block sits above the table where the plan reader finds the title, the year and the issuer', () => {
    const sheet = wordPlanSheet(doc(...title, para('I. MỤC ĐÍCH'), para('PHỤ LỤC'), para('DANH MỤC NHIỆM VỤ'), appendix))!;
    expect(sheet.grid.values.slice(0, sheet.table.top - 1).map((l) => l[0] ?? '')).toEqual([
      'UBND TỈNH QUẢNG NGÃI',
      'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
      'Số: 12/KH-SNNMT',
      'Quảng Ngãi, ngày 10 tháng 01 năm 2025',
      'KẾ HOẠCH\nKiểm soát thủ tục hành chính năm 2025',
      '',
      'PHỤ LỤC',
      'DANH MỤC NHIỆM VỤ',
      '',
    ]);
    const { plan } = readPlanTable([sheet.grid]);
    expect(plan?.title).toBe('KẾ HOẠCH\nKiểm soát thủ tục hành chính năm 2025');
    expect(plan?.layout.headerRows[0]).toBe(sheet.table.top);
    expect(sheet.table.repeatedHeaderRows).toEqual([sheet.table.top]);
    expect(sheet.table.widths).toEqual([600, 5000, 2500, 2500, 1800]);
  });

  test('an appendix split into tables at page breaks, each repeating its header, reads as one plan', () => {
    const part1 = table([row(HEADER, { header: true }), task('1', 'Việc một', 'Văn phòng Sở', 'Quý I/2025'), task('2', 'Việc hai', 'Văn phòng Sở', 'Quý II/2025')]);
    const part2 = table([row(HEADER, { header: true }), task('3', 'Việc ba', 'Chi cục Thủy sản', 'Quý III/2025')]);
    const part3 = table([row(HEADER), row(['(1)', '(2)', '(3)', '(4)', '(5)']), task('4', 'Việc bốn', 'Chi cục Kiểm lâm', 'Quý IV/2025')]);
    const sheet = wordPlanSheet(doc(...title, part1, para(''), part2, para('Trang 2'), part3))!;
    expect(sheet.tablesJoined).toBe(3);
    const { plan, findings } = readPlanTable([sheet.grid]);
    expect(plan?.tasks.map((t) => t.id)).toEqual(['1', '2', '3', '4']);
    expect(findings.filter((f) => f.severity === 'warning')).toEqual([]);
    // The repeated headers are not rows of the sheet.
    expect(sheet.grid.values.filter((l) => l[0] === 'STT')).toHaveLength(1);
  });

  test('a header-less table right after the appendix (same columns, nothing but empty lines between) continues it', () => {
    const part2 = table([task('3', 'Việc ba', 'Chi cục Thủy sản', 'Quý III/2025')]);
    const other = table([row(['Ghi chú', 'x'])]);
    const sheet = wordPlanSheet(doc(appendix, para(''), part2, para('Nơi nhận'), other))!;
    expect(sheet.tablesJoined).toBe(2);
    expect(readPlanTable([sheet.grid]).plan?.tasks.map((t) => t.id)).toEqual(['1', '2', '3']);
  });

  test('a row marked to repeat (w:tblHeader) and a two-row header under "Đơn vị thực hiện"', () => {
    const twoRow = table([
      row(['STT', 'Nội dung', cell('Đơn vị thực hiện', { span: 2 }), 'Thời hạn'], { header: true }),
      row(['', '', 'Chủ trì', 'Phối hợp', ''], { header: true }),
      row(['1', 'Việc', 'Văn phòng Sở', 'Các phòng', '30/6/2025']),
    ]);
    const sheet = wordPlanSheet(doc(para('KẾ HOẠCH NĂM 2025'), twoRow))!;
    expect(sheet.table.repeatedHeaderRows).toEqual([sheet.table.top, sheet.table.top + 1]);
    const { plan } = readPlanTable([sheet.grid]);
    expect(plan?.tasks[0].deliverables[0]).toMatchObject({ lead: 'Văn phòng Sở', support: 'Các phòng', timing: '30/6/2025' });
  });

  test('two plan-like tables with different headers: the one with more rows, and a warning naming the choice', () => {
    const small = table([row(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì']), row(['1', 'Khác', 'Sở Tài chính'])]);
    const sheet = wordPlanSheet(doc(small, appendix))!;
    expect(readPlanTable([sheet.grid]).plan?.tasks).toHaveLength(2);
    expect(sheet.findings.map((f) => f.message)).toEqual([expect.stringContaining('còn 1 bảng khác có cột nhiệm vụ và cột chủ trì')]);
  });

  test('a cell longer than Excel holds is kept whole for reading, with a warning naming its row and column', () => {
    const long = 'Rà soát '.repeat(5000);
    const sheet = wordPlanSheet(doc(table([row(HEADER), task('1', long, 'Sở Tài chính', 'Quý I/2025')])))!;
    expect(readPlanTable([sheet.grid]).plan?.tasks[0].content).toHaveLength(long.trim().length);
    expect(sheet.findings).toEqual([{ sheet: 'Phụ lục', row: 2, severity: 'warning', message: expect.stringMatching(/^Ô B dài 40000 ký tự, quá 32 767 ký tự .*cắt bớt/) }]);
  });

  test('no table names a task column and a lead column: null', () => {
    expect(wordPlanSheet(doc(...title, table([row(['Nơi nhận', 'GIÁM ĐỐC'])])))).toBeNull();
    expect(wordPlanSheet(doc(...title))).toBeNull();
  });

  test('a file holding only the appendix keeps its "(Kèm theo …)" line: number, date and the year of its own date', () => {
    const sheet = wordPlanSheet(doc(para('PHỤ LỤC'), para('DANH MỤC NHIỆM VỤ TRỌNG TÂM'), para('(Kèm theo Kế hoạch số 617/KH-UBND ngày 01/12/2025 của UBND tỉnh)'), table([row(HEADER), task('1', 'Việc', 'Sở Tài chính', 'Thường xuyên')])))!;
    expect(sheet.heading).toMatchObject({ kind: 'PHỤ LỤC', title: 'DANH MỤC NHIỆM VỤ TRỌNG TÂM', number: '617/KH-UBND', date: '2025-12-01' });
    expect(readPlanTable([sheet.grid]).plan?.year).toBe(2025);
  });
});
