/**
 * SPEC §12 at the reader's entry: a table whose header the reader does not know is read by its
 * shape, with one warning naming the guessed roles; the officer's mapping (header row, roles) wins
 * role by role; only a sheet with no such table is refused.
 */
import type { CellValue, SheetGrid } from '../grid';
import { readPlanTable, roleColumnsOf } from './readPlanTable';

const sheet = (values: CellValue[][], name = 'Phụ lục'): SheetGrid => ({ name, values, merges: [] });
const TASKS: CellValue[][] = [
  [1, 'Rà soát, đánh giá thủ tục hành chính thuộc phạm vi quản lý', 'Văn phòng Sở', 'Các phòng chuyên môn', 'Quý II/2026'],
  [2, 'Công khai thủ tục hành chính trên Cổng dịch vụ công quốc gia', 'Chi cục Thủy sản', 'Văn phòng Sở', 'Thường xuyên'],
  [3, 'Kiểm tra việc thực hiện cơ chế một cửa, một cửa liên thông', 'Thanh tra Sở', null, '30/9/2026'],
  [4, 'Báo cáo tình hình, kết quả kiểm soát thủ tục hành chính', 'Văn phòng Sở', 'Các Chi cục', 'Hằng quý'],
];

describe('no header the reader knows', () => {
  test('a numbered table under unknown header words is read by its shape, one warning naming the guesses', () => {
    const { plan, findings } = readPlanTable([sheet([['KẾ HOẠCH KIỂM SOÁT TTHC NĂM 2026'], ['Số', 'Việc cần làm', 'Ai làm', 'Cùng làm', 'Khi nào'], ...TASKS])]);
    expect(plan?.tasks.map((t) => [t.id, t.deliverables[0].lead, t.deliverables[0].timing])).toEqual([
      ['1', 'Văn phòng Sở', 'Quý II/2026'],
      ['2', 'Chi cục Thủy sản', 'Thường xuyên'],
      ['3', 'Thanh tra Sở', '30/9/2026'],
      ['4', 'Văn phòng Sở', 'Hằng quý'],
    ]);
    expect(plan?.reading).toMatchObject({ headerRows: [2, 2], guessed: true });
    expect(roleColumnsOf(plan!)).toMatchObject({
      no: { column: 'A', header: 'Số', source: 'shape' },
      task: { column: 'B', header: 'Việc cần làm', source: 'shape' },
      lead: { column: 'C', header: 'Ai làm', source: 'shape' },
      support: { column: 'D', header: 'Cùng làm', source: 'shape' },
      timing: { column: 'E', header: 'Khi nào', source: 'shape' },
    });
    const guesses = findings.filter((f) => /đọc theo hình dạng bảng/.test(f.message));
    expect(guesses).toHaveLength(1);
    expect(guesses[0].message).toMatch(/STT = cột A "Số".*Nội dung \(nhiệm vụ\) = cột B "Việc cần làm".*Chủ trì = cột C "Ai làm".*Phối hợp = cột D "Cùng làm".*Thời gian \(thời hạn\) = cột E "Khi nào"/);
    expect(plan?.year).toBe(2026);
  });

  test('a known STT and lead with an unknown task header: the task column by its long texts', () => {
    const { plan, findings } = readPlanTable([sheet([['STT', 'Tên việc cụ thể', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn'], ...TASKS])]);
    expect(plan?.tasks).toHaveLength(4);
    expect(plan?.reading?.roles.task).toMatchObject({ column: 2, source: 'content' });
    expect(plan?.reading?.roles.lead).toMatchObject({ column: 3, source: 'header' });
    expect(plan?.reading?.guessed).toBe(true);
    expect(findings.filter((f) => /Tiêu đề không gọi tên một số cột/.test(f.message))).toHaveLength(1);
  });

  test('a sheet with no numbered table of tasks and units is refused', () => {
    const register = [['Mã hồ sơ', 'Người nộp', 'Ngày nhận'], ['H48.01', 'Nguyễn Văn A', '01/02/2026'], ['H48.02', 'Trần Thị B', '02/02/2026']];
    const { plan, findings } = readPlanTable([sheet(register)]);
    expect(plan).toBeNull();
    expect(findings[0].message).toMatch(/^Không tìm thấy bảng kế hoạch/);
  });

  test('a header the reader knows wins over a shape elsewhere', () => {
    const known = sheet([['STT', 'Nội dung', 'Chủ trì', 'Thời gian'], [1, 'Việc', 'Văn phòng Sở', 'Quý I/2026']], 'Kế hoạch');
    const shaped = sheet([['Số', 'Việc cần làm', 'Ai làm', 'Cùng làm', 'Khi nào'], ...TASKS], 'Khác');
    expect(readPlanTable([shaped, known]).plan?.sheet).toBe('Kế hoạch');
  });
});

describe("the officer's mapping (SPEC §12 'The officer corrects')", () => {
  const nonsense = [['Cột một', 'Cột hai', 'Cột ba', 'Cột bốn', 'Cột năm'], ...TASKS];

  test('renamed headers mapped by the officer read as the original', () => {
    const original = readPlanTable([sheet([['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian'], ...TASKS])]).plan;
    const mapped = readPlanTable([sheet(nonsense)], { mapping: { headerRow: 1, columns: { no: 1, task: 2, lead: 3, support: 4, timing: 5 } } }).plan;
    const strip = (p: typeof original) => p?.tasks.map((t) => [t.id, t.content, t.deliverables.map((d) => [d.lead, d.support, d.timing, d.rows])]);
    expect(strip(mapped)).toEqual(strip(original));
    expect(mapped?.reading?.guessed).toBe(false);
    expect(roleColumnsOf(mapped!).lead).toEqual({ column: 'C', header: 'Cột ba', source: 'officer' });
  });

  test('the header row named is a two-row header\'s last: the labels merged down from the row above still name their columns', () => {
    const header: CellValue[][] = [
      ['STT', 'Nội dung', 'Đơn vị thực hiện', null, 'Thời gian thực hiện'],
      [null, null, 'Chủ trì', 'Phối hợp'],
    ];
    const read = readPlanTable([sheet([...header, ...TASKS])]).plan;
    const named = readPlanTable([sheet([...header, ...TASKS])], { mapping: { headerRow: 2 } }).plan;
    expect(roleColumnsOf(named!)).toMatchObject({ no: { column: 'A' }, task: { column: 'B' }, lead: { column: 'C' }, support: { column: 'D' }, timing: { column: 'E', header: 'Thời gian thực hiện', source: 'header' } });
    expect(named?.tasks.map((t) => t.deliverables.map((d) => [d.lead, d.support, d.timing]))).toEqual(read?.tasks.map((t) => t.deliverables.map((d) => [d.lead, d.support, d.timing])));
  });

  test('a role set to "none" is not read even where a header names it', () => {
    const { plan } = readPlanTable([sheet([['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian'], ...TASKS])], { mapping: { columns: { support: null } } });
    expect(plan?.layout.columns.support).toBeNull();
    expect(plan?.tasks[0].deliverables[0].support).toBe('');
    expect(plan?.layout.columns.lead).toBe(3);
  });

  test('one column for two roles is refused with a sentence naming both', () => {
    const { plan, findings } = readPlanTable([sheet(nonsense)], { mapping: { headerRow: 1, columns: { no: 1, task: 2, lead: 3, support: 3 } } });
    expect(plan).toBeNull();
    expect(findings[0].message).toMatch(/Cột C được chọn cho cả Chủ trì và Phối hợp/);
  });

  test('the mapping applies to the sheet the reader finds, not to the others', () => {
    const other = sheet([['STT', 'Tên đơn vị'], [1, 'Văn phòng Sở']], 'Đơn vị');
    const { plan } = readPlanTable([other, sheet([['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian'], ...TASKS])], { mapping: { columns: { timing: null } } });
    expect(plan?.sheet).toBe('Phụ lục');
    expect(plan?.layout.columns.timing).toBeNull();
  });
});

describe('a task system\'s deadline and done day', () => {
  test('"Hạn hoàn thành" is the deadline and "Ngày hoàn thành thực tế" the day it was done, in either order', () => {
    const rows = (deadlineFirst: boolean): CellValue[][] => {
      const pair = (deadline: CellValue, done: CellValue) => (deadlineFirst ? [deadline, done] : [done, deadline]);
      return [
        ['STT', 'Tên nhiệm vụ', 'Người giao', 'Đơn vị xử lý chính', 'Đơn vị phối hợp', ...pair('Hạn hoàn thành', 'Ngày hoàn thành thực tế'), 'Tình trạng'],
        [1, 'Rà soát quy định TTHC', 'Nguyễn Văn A', 'Văn phòng Sở', 'Các phòng', ...pair('30/06/2026', null), 'Đang thực hiện'],
        [2, 'Công bố danh mục TTHC', 'Nguyễn Văn A', 'Phòng Kế hoạch - Tài chính', null, ...pair('31/03/2026', '20/03/2026'), 'Hoàn thành'],
        [3, 'Báo cáo kết quả kiểm soát TTHC', 'Trần Thị B', 'Chi cục Thủy lợi', 'Văn phòng Sở', ...pair('15/12/2026', null), null],
      ];
    };
    for (const deadlineFirst of [true, false]) {
      const { plan } = readPlanTable([sheet(rows(deadlineFirst))]);
      const roles = roleColumnsOf(plan!);
      expect([roles.lead?.header, roles.timing?.header, roles.done?.header, roles.status?.header]).toEqual(['Đơn vị xử lý chính', 'Hạn hoàn thành', 'Ngày hoàn thành thực tế', 'Tình trạng']);
      expect(plan?.tasks.map((t) => [t.deliverables[0].lead, t.deliverables[0].timing, t.deliverables[0].doneDay ?? null])).toEqual([
        ['Văn phòng Sở', '30/06/2026', null],
        ['Phòng Kế hoạch - Tài chính', '31/03/2026', '2026-03-20'],
        ['Chi cục Thủy lợi', '15/12/2026', null],
      ]);
    }
  });
});

test('one "Đơn vị thực hiện" column naming "Chủ trì: …; Phối hợp: …" gives the lead and the support', () => {
  const { plan } = readPlanTable([
    sheet([
      ['TT', 'Nội dung công việc', 'Đơn vị thực hiện', 'Thời gian'],
      [1, 'Rà soát quy định TTHC', 'Chủ trì: Văn phòng Sở; phối hợp: các phòng, đơn vị', 'Quý II/2026'],
      [2, 'Công bố danh mục TTHC', '- Chủ trì: Phòng Kế hoạch - Tài chính\n- Phối hợp: Văn phòng Sở', 'Tháng 3/2026'],
      [3, 'Báo cáo kết quả kiểm soát TTHC', 'Chi cục Thủy lợi', 'Hằng quý'],
    ]),
  ]);
  expect(plan?.tasks.map((t) => [t.deliverables[0].lead, t.deliverables[0].support])).toEqual([
    ['Văn phòng Sở', 'các phòng, đơn vị'],
    ['Phòng Kế hoạch - Tài chính', 'Văn phòng Sở'],
    ['Chi cục Thủy lợi', ''],
  ]);
});

describe('a task system\'s export without STT', () => {
  const exported: CellValue[][] = [
    ['DANH SÁCH NHIỆM VỤ'],
    ['Mã nhiệm vụ', 'Tên nhiệm vụ', 'Người giao', 'Đơn vị xử lý chính', 'Đơn vị phối hợp', 'Hạn hoàn thành', 'Tình trạng'],
    ['NV-2026-001', 'Rà soát quy định TTHC', 'Nguyễn Văn A', 'Văn phòng Sở', 'Các phòng', '30/06/2026', 'Đang thực hiện'],
    ['NV-2026-002', 'Công bố danh mục TTHC', 'Nguyễn Văn A', 'Phòng Kế hoạch - Tài chính', null, '31/03/2026', 'Hoàn thành'],
    ['NV-2026-003', 'Báo cáo kết quả kiểm soát TTHC', 'Trần Thị B', 'Chi cục Thủy lợi', 'Văn phòng Sở', 'Hằng quý', null],
  ];

  test('its column of task codes numbers the tasks, in order, with one warning naming the guess', () => {
    const { plan, findings } = readPlanTable([sheet(exported)]);
    expect(plan?.tasks.map((t) => [t.id, t.no, t.content, t.deliverables[0].lead, t.deliverables[0].timing])).toEqual([
      ['NV-2026-001', 1, 'Rà soát quy định TTHC', 'Văn phòng Sở', '30/06/2026'],
      ['NV-2026-002', 2, 'Công bố danh mục TTHC', 'Phòng Kế hoạch - Tài chính', '31/03/2026'],
      ['NV-2026-003', 3, 'Báo cáo kết quả kiểm soát TTHC', 'Chi cục Thủy lợi', 'Hằng quý'],
    ]);
    expect(plan?.reading?.roles.no).toMatchObject({ column: 1, header: 'Mã nhiệm vụ', source: 'content' });
    expect(findings.filter((f) => /mã nhiệm vụ, không có cột STT/.test(f.message))).toHaveLength(1);
  });

  test('the officer may name the code column as STT', () => {
    const { plan } = readPlanTable([sheet(exported)], { mapping: { headerRow: 2, columns: { no: 1, task: 2, lead: 4 } } });
    expect(plan?.tasks.map((t) => t.id)).toEqual(['NV-2026-001', 'NV-2026-002', 'NV-2026-003']);
  });

  test('a column of repeated codes or of dates is no code column', () => {
    const repeated = exported.map((r, i) => (i >= 2 ? ['NV-1', ...r.slice(1)] : r));
    expect(readPlanTable([sheet(repeated)]).plan).toBeNull();
  });
});

test('a column of units right after a labelled lead, under a header word the reader does not know, is the support (a guess, said once)', () => {
  const { plan, findings } = readPlanTable([sheet([['STT', 'Nội dung', 'Chủ trì', 'Cùng tham gia', 'Thời gian'], ...TASKS])]);
  expect(plan?.reading?.roles.support).toMatchObject({ column: 4, header: 'Cùng tham gia', source: 'content' });
  expect(plan?.tasks.map((t) => t.deliverables[0].support)).toEqual(['Các phòng chuyên môn', 'Văn phòng Sở', '', 'Các Chi cục']);
  expect(findings.filter((f) => /Phối hợp = cột D "Cùng tham gia"/.test(f.message))).toHaveLength(1);
  // Not a column further away: there the reader does not guess.
  const apart = readPlanTable([sheet([['STT', 'Nội dung', 'Chủ trì', 'Thời gian', 'Cùng tham gia'], ...TASKS.map((r) => [r[0], r[1], r[2], r[4], r[3]])])]).plan;
  expect(apart?.reading?.roles.support).toBeUndefined();
});

test('beside a timing column, "Hạn hoàn thành" is never the day the work was done ("Ngày hoàn thành thực tế" is)', () => {
  const { plan } = readPlanTable([
    sheet([
      ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Thời gian thực hiện', 'Ngày hoàn thành thực tế', 'Hạn hoàn thành'],
      [1, 'Rà soát quy định thủ tục hành chính', 'Văn phòng Sở', 'Quý II/2026', null, '30/06/2026'],
      [2, 'Công bố danh mục thủ tục hành chính', 'Thanh tra Sở', 'Tháng 3/2026', '20/03/2026', '31/03/2026'],
    ]),
  ]);
  expect(plan?.reading?.roles.done).toMatchObject({ header: 'Ngày hoàn thành thực tế' });
  expect(plan?.tasks.map((t) => t.deliverables[0].doneDay ?? null)).toEqual([null, '2026-03-20']);
  const alone = readPlanTable([sheet([['STT', 'Nội dung', 'Đơn vị chủ trì', 'Thời gian thực hiện', 'Hạn hoàn thành'], [1, 'Rà soát quy định thủ tục hành chính', 'Văn phòng Sở', 'Quý II/2026', '30/06/2026']])]).plan;
  expect(alone?.reading?.roles.done).toBeUndefined();
});

test('a code-numbered export ends where its codes end: the signature lines under it are no tasks', () => {
  const { plan } = readPlanTable([
    sheet([
      ['Mã nhiệm vụ', 'Tên nhiệm vụ', 'Đơn vị xử lý chính', 'Hạn hoàn thành'],
      ['NV-2026-001', 'Rà soát quy định TTHC', 'Văn phòng Sở', '30/06/2026'],
      ['NV-2026-002', 'Công bố danh mục TTHC', 'Thanh tra Sở', '31/03/2026'],
      ['NV-2026-003', 'Báo cáo kết quả kiểm soát TTHC', 'Chi cục Thủy lợi', '15/12/2026'],
      [],
      [],
      ['Người lập biểu', null, 'Thủ trưởng đơn vị'],
    ]),
  ]);
  expect(plan?.tasks.map((t) => t.id)).toEqual(['NV-2026-001', 'NV-2026-002', 'NV-2026-003']);
});

describe('shape: column numbers and headings', () => {
  const H: CellValue[] = ['Số', 'Việc cần làm', 'Ai làm', 'Cùng làm', 'Khi nào'];
  const N: CellValue[] = ['(1)', '(2)', '(3)', '(4)', '(5)'];
  const t = (no: CellValue, i: number): CellValue[] => [no, TASKS[i % 4][1], TASKS[i % 4][2], TASKS[i % 4][3], TASKS[i % 4][4]];
  const read = (values: CellValue[][]) => readPlanTable([sheet(values)]).plan;

  test('a row of column numbers under an unknown header is no task 1', () => {
    for (const numbers of [N, [1, 2, 3, 4, 5]]) {
      const plan = read([['KẾ HOẠCH 2026'], H, numbers, t(1, 0), t(2, 1), t(3, 2), t(4, 3)]);
      expect(plan?.tasks.map((x) => [x.id, x.deliverables[0].lead])).toEqual([
        ['1', 'Văn phòng Sở'],
        ['2', 'Chi cục Thủy sản'],
        ['3', 'Thanh tra Sở'],
        ['4', 'Văn phòng Sở'],
      ]);
      expect(plan?.layout.headerRows).toEqual([2, 3]);
    }
  });

  test('headings between the header (and its numbers row) and a repeat of it belong to the table', () => {
    const plan = read([['KẾ HOẠCH 2026'], H, N, ['A', 'NHIỆM VỤ CHUNG'], ['I', 'RÀ SOÁT'], H, t(1, 0), t(2, 1), ['II', 'CÔNG KHAI'], t(3, 2), t(4, 3)]);
    expect(plan?.tasks.map((x) => [x.id, x.section])).toEqual([
      ['1', 'A.I'],
      ['2', 'A.I'],
      ['3', 'A.II'],
      ['4', 'A.II'],
    ]);
  });

  test('without a header row, the first section heading is kept', () => {
    const plan = read([['KẾ HOẠCH KIỂM SOÁT 2026'], ['I', 'RÀ SOÁT'], t(1, 0), t(2, 1), ['II', 'CÔNG KHAI'], t(3, 2), t(4, 3)]);
    expect(plan?.tasks.map((x) => [x.id, x.section])).toEqual([
      ['1', 'I'],
      ['2', 'I'],
      ['3', 'II'],
      ['4', 'II'],
    ]);
  });
});
