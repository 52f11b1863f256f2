/** Stages 3 and 4 of reading a plan (row kinds, tasks), run after stages 1 and 2 as the reader does. */
import type { CellRange, CellValue, SheetGrid } from '../grid';
import { buildTasks } from './buildTasks';
import { columnRoles, isRefusal } from './columnRoles';
import { locateTables } from './locateTable';
import { classifyRows } from './rowKinds';

const HEADER = ['STT', 'Nội dung công việc', 'Kết quả công việc', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện'];

function read(rows: CellValue[][], merges: CellRange[] = [], header: CellValue[] = HEADER) {
  return readGrid({ name: 'Phụ lục', values: [header, ...rows], merges });
}

function readGrid(grid: SheetGrid) {
  const [table] = locateTables(grid);
  if (!table) throw new Error('no header');
  const roles = columnRoles(grid, table);
  if (isRefusal(roles)) throw new Error(roles.refused);
  const layout = { headerRows: table.headerRows ?? [table.bodyTop - 1, table.bodyTop - 1], columns: roles.columns, lastColumn: table.lastColumn } as const;
  const classified = classifyRows(grid, layout);
  const built = buildTasks(grid.name, classified, roles.columns, { headerRow: layout.headerRows[0] });
  const findings = [...classified.findings, ...built.findings].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { sections: built.sections, tasks: built.tasks, lastRow: classified.lastRow, findings, kinds: classified.rows.map((r) => [r.row, r.kind]) };
}

const messages = (r: ReturnType<typeof read>) => r.findings.map((f) => [f.row, f.message]);

describe('reading the table body (stages 3–4)', () => {
  test('sections and tasks, one deliverable each, rows are sheet rows', () => {
    const r = read([
      ['I', 'Mục một'],
      [1, 'Việc 1', 'KQ 1.', 'Văn phòng Sở', 'Các phòng', 'Quý I/2024'],
      ['II.', 'Mục hai'],
      ['2.', 'Việc 2', 'KQ 2.', 'Chi cục', '', 'Thường xuyên'],
    ]);
    expect(r.sections).toEqual([
      { code: 'I', path: 'I', level: 'section', title: 'Mục một', row: 2 },
      { code: 'II', path: 'II', level: 'section', title: 'Mục hai', row: 4 },
    ]);
    expect(r.tasks.map((t) => [t.no, t.section, t.content, t.rows])).toEqual([
      [1, 'I', 'Việc 1', [3, 3]],
      [2, 'II', 'Việc 2', [5, 5]],
    ]);
    expect(r.tasks[0].deliverables).toEqual([
      { key: 'a', result: 'KQ 1.', lead: 'Văn phòng Sở', support: 'Các phòng', timing: 'Quý I/2024', timingDate: null, override: null, rows: [3, 3] },
    ]);
    expect(r.lastRow).toBe(5);
    expect(r.findings).toEqual([]);
  });

  test('Word layout: merged STT, Nội dung and Thời gian belong to every row they cover', () => {
    const r = read(
      [
        ['I', 'Mục'],
        [15, 'Việc 15', 'KQ a.', 'Các phòng', 'VP tổng hợp', 'Thường xuyên'],
        [null, null, 'KQ b.', 'Các phòng', 'VP', null],
        [16, 'Việc 16', 'KQ.', 'VP', 'Các phòng', 'Quý II'],
      ],
      [
        { top: 3, left: 1, bottom: 4, right: 1 },
        { top: 3, left: 2, bottom: 4, right: 2 },
        { top: 3, left: 6, bottom: 4, right: 6 },
      ],
    );
    expect(r.tasks.map((t) => [t.no, t.content, t.rows])).toEqual([
      [15, 'Việc 15', [3, 4]],
      [16, 'Việc 16', [5, 5]],
    ]);
    expect(r.tasks[0].deliverables.map((d) => [d.key, d.result, d.support, d.timing, d.rows])).toEqual([
      ['a', 'KQ a.', 'VP tổng hợp', 'Thường xuyên', [3, 3]],
      ['b', 'KQ b.', 'VP', 'Thường xuyên', [4, 4]],
    ]);
    expect(r.findings).toEqual([]);
  });

  test('Word layout: a Kết quả merged over two rows is one deliverable with both rows’ units', () => {
    const r = read(
      [
        ['I', 'Mục'],
        [1, 'Việc', 'KQ chung.', 'Văn phòng Sở', 'Chi cục A', 'Quý I'],
        [null, null, null, null, 'Chi cục B', null],
      ],
      [
        { top: 3, left: 1, bottom: 4, right: 1 },
        { top: 3, left: 3, bottom: 4, right: 3 },
      ],
    );
    expect(r.tasks[0].deliverables.map((d) => [d.support, d.rows])).toEqual([['Chi cục A\nChi cục B', [3, 4]]]);
  });

  test('PDF layout: a split row continues the task cell by cell after a repeated header', () => {
    const r = read([
      ['I', 'Mục'],
      [34, 'Triển khai nhiệm vụ của Thủ tướng', 'Văn bản theo Công văn', 'Các cơ quan được', 'VP theo dõi,', 'Theo lộ trình'],
      [],
      HEADER,
      [null, 'Chính phủ giao.', 'số 5864.', 'giao chủ trì.', 'tổng hợp', 'Công văn'],
      [35, 'Việc 35', 'KQ.', 'VP', 'Các phòng', 'Quý I'],
    ]);
    const t = r.tasks[0];
    expect(t.content).toBe('Triển khai nhiệm vụ của Thủ tướng Chính phủ giao.');
    expect(t.deliverables).toEqual([
      { key: 'a', result: 'Văn bản theo Công văn số 5864.', lead: 'Các cơ quan được giao chủ trì.', support: 'VP theo dõi, tổng hợp', timing: 'Theo lộ trình Công văn', timingDate: null, override: null, rows: [3, 6] },
    ]);
    expect(t.rows).toEqual([3, 6]);
    expect(r.tasks[1].no).toBe(35);
    expect(messages(r)).toEqual([[6, 'Không có STT, ngay sau tiêu đề lặp lại (ngắt trang): nối tiếp từng ô vào nhiệm vụ 34.']]);
  });

  test('PDF layout: after a page break a new sentence in Kết quả is a new deliverable, Nội dung still continues', () => {
    const r = read([
      ['IX', 'Truyền thông'],
      [30, 'Thực hiện tuyên truyền, cơ chế một', 'Kế hoạch truyền thông của Sở.', 'Văn phòng Sở.', 'Các phòng thuộc Sở', 'Thường xuyên'],
      HEADER,
      [null, null, null, 'Chủ trì', 'Phối hợp', null],
      [null, 'cửa, một cửa liên thông.', 'Các tin, bài về cải cách TTHC.', 'Các phòng có liên quan.', 'Văn phòng Sở.', null],
    ]);
    const t = r.tasks[0];
    expect(t.content).toBe('Thực hiện tuyên truyền, cơ chế một cửa, một cửa liên thông.');
    expect(t.deliverables.map((d) => [d.key, d.result, d.lead, d.support, d.timing, d.rows])).toEqual([
      ['a', 'Kế hoạch truyền thông của Sở.', 'Văn phòng Sở.', 'Các phòng thuộc Sở', 'Thường xuyên', [3, 3]],
      ['b', 'Các tin, bài về cải cách TTHC.', 'Các phòng có liên quan.', 'Văn phòng Sở.', 'Thường xuyên', [6, 6]],
    ]);
    expect(r.findings.map((f) => f.row)).toEqual([6, 6]);
  });

  test('an empty-STT row not after a page break is a further deliverable; empty units and timing are inherited', () => {
    const r = read([
      ['VI', 'Một cửa'],
      [15, 'Việc 15', 'Dự thảo Quyết định.', 'Các phòng', 'VP tổng hợp', new Date(Date.UTC(2024, 5, 30))],
      [null, null, 'Cập nhật quy trình.', null, 'VP', null],
    ]);
    expect(r.tasks[0].deliverables.map((d) => [d.key, d.lead, d.support, d.timing, d.timingDate])).toEqual([
      ['a', 'Các phòng', 'VP tổng hợp', '30/06/2024', '2024-06-30'],
      ['b', 'Các phòng', 'VP', '30/06/2024', '2024-06-30'],
    ]);
    expect(messages(r)).toEqual([[4, 'Kết quả b) của nhiệm vụ 15 để trống Chủ trì, Thời gian: lấy theo kết quả a) phía trên (ô gộp trong bản gốc).']]);
  });

  test('the "Hạn điều chỉnh" column gives an ISO override; a non-date is a warning', () => {
    const header = [...HEADER, 'Hạn điều chỉnh'];
    const r = read(
      [
        ['I', 'Mục'],
        [1, 'V1', 'KQ.', 'VP', 'P', 'Quý I', new Date(Date.UTC(2024, 3, 15))],
        [2, 'V2', 'KQ.', 'VP', 'P', 'Quý I', '15/05/2024'],
        [3, 'V3', 'KQ.', 'VP', 'P', 'Quý I', 'sớm'],
        [4, 'V4', 'KQ.', 'VP', 'P', 'Quý I', null],
      ],
      [],
      header,
    );
    expect(r.tasks.map((t) => t.deliverables[0].override)).toEqual(['2024-04-15', '2024-05-15', null, null]);
    expect(messages(r)).toEqual([[5, 'Hạn điều chỉnh "sớm" không phải một ngày (dd/mm/yyyy): bỏ qua.']]);
  });

  test.each([
    [
      'a task before any section: no warning, a plan without sections is normal (SPEC §11)',
      [[1, 'V', 'KQ.', 'VP', 'P', 'Quý I']],
      [],
    ],
    [
      'an STT that is neither a number nor a section',
      [['I', 'M'], [1, 'V', 'KQ.', 'VP', 'P', 'Quý I'], ['x?', null, 'KQ khác.', 'VP', 'P', 'Quý II']],
      [[4, 'STT "x?" không phải số nhiệm vụ hay mã mục La Mã: đọc như dòng không có STT.']],
    ],
    [
      'an item mark "a)" in the STT column: a further deliverable, no warning',
      [['I', 'M'], [1, 'V', 'KQ.', 'VP', 'P', 'Quý I'], ['a)', null, 'KQ khác.', 'VP', 'P', 'Quý II']],
      [],
    ],
    [
      'a row without STT and without a task above',
      [['I', 'M'], [null, 'lạc', 'KQ.']],
      [[3, 'Có chữ nhưng không có STT và không thuộc nhiệm vụ nào: bỏ qua dòng này.']],
    ],
    [
      'a row without STT nor Kết quả',
      [['I', 'M'], [1, 'V', 'KQ.', 'Văn phòng', 'P', 'Quý I'], [null, 'tiếp theo', null, null, 'Sở', null]],
      [[4, 'Không có STT và không có Kết quả: nối tiếp từng ô vào nhiệm vụ 1.']],
    ],
    [
      // SPEC §12: not after a page break, a row with its own lead is a further deliverable, never glued above.
      'a row without STT with its own lead (not after a page break)',
      [['I', 'M'], [1, 'V', 'KQ.', 'Văn phòng', 'P', 'Quý I'], [null, null, null, 'Sở', null, null]],
      [[4, 'Không có STT nhưng có Chủ trì hoặc Thời gian riêng: coi là kết quả b) của nhiệm vụ 1, không nối vào dòng trên; Phối hợp, Thời gian lấy theo kết quả a) phía trên.']],
    ],
    [
      'a task number filled down instead of merged',
      [['I', 'M'], [1, 'V', 'KQ a.', 'VP', 'P', 'Quý I'], [1, 'V', 'KQ b.', 'VP', 'P', 'Quý II']],
      [[4, 'STT 1 ghi lại (điền lặp thay cho ô gộp): coi là kết quả tiếp theo của nhiệm vụ 1.']],
    ],
    [
      'a repeated task number with other content',
      [['I', 'M'], [1, 'V', 'KQ.', 'VP', 'P', 'Quý I'], [1, 'Khác', 'KQ.', 'VP', 'P', 'Quý II']],
      [[4, 'STT 1 lặp lại (đã có ở dòng 3): đọc thành một nhiệm vụ riêng.']],
    ],
    [
      'missing cells of a deliverable',
      [['I', 'M'], [1, 'V', null, null, 'P', 'Quý I']],
      [[3, 'Nhiệm vụ 1, kết quả a): thiếu Chủ trì.']],
    ],
    [
      'text under the table after two blank rows',
      [['I', 'M'], [1, 'V', 'KQ.', 'VP', 'P', 'Quý I'], [], [], [null, null, null, null, 'GIÁM ĐỐC']],
      [[6, 'Sau 2 dòng trống, dòng này không có STT: coi là hết bảng kế hoạch, từ đây trở xuống không đọc.']],
    ],
  ])('%s is a warning with its row', (_name, rows, expected) => {
    expect(messages(read(rows as CellValue[][]))).toEqual(expected);
  });

  test('the table ends before the signature block', () => {
    const r = read([['I', 'M'], [1, 'V', 'KQ.', 'VP', 'P', 'Quý I'], [], [], [null, null, null, null, 'GIÁM ĐỐC']]);
    expect(r.lastRow).toBe(3);
    expect(r.tasks[0].deliverables[0].support).toBe('P');
  });

  test('a section title split by a page break is joined', () => {
    const r = read([['VIII', 'Kiểm tra hoạt động kiểm soát TTHC và việc thực hiện'], HEADER, [null, 'cơ chế một cửa.'], [29, 'V', 'KQ.', 'VP', 'P', 'Theo Kế hoạch']]);
    expect(r.sections[0].title).toBe('Kiểm tra hoạt động kiểm soát TTHC và việc thực hiện cơ chế một cửa.');
    expect(r.tasks[0].section).toBe('VIII');
  });

  test('a section whose code and title share the STT cell', () => {
    const r = read([['III. Công bố, công khai TTHC'], [4, 'V', 'KQ.', 'VP', 'P', 'Thường xuyên']]);
    expect(r.sections).toEqual([{ code: 'III', path: 'III', level: 'section', title: 'Công bố, công khai TTHC', row: 2 }]);
  });

  test('the grid is not changed', () => {
    const values: CellValue[][] = [HEADER, ['I', 'M'], [1, 'V', 'KQ.', 'VP', 'P', 'Quý I'], [null, null, 'KQ2.', null, null, null]];
    const grid: SheetGrid = { name: 'S', values, merges: [{ top: 3, left: 1, bottom: 4, right: 1 }] };
    const before = JSON.stringify(grid);
    readGrid(grid);
    expect(JSON.stringify(grid)).toBe(before);
  });
});

test('blank rows inside a Word merge do not end the table', () => {
  const grid: SheetGrid = {
    name: 'P',
    values: [HEADER, ['I', 'M'], [1, 'V', 'KQ a.', 'VP', 'P', 'Quý I'], [], [], [null, null, 'KQ b.', 'VP', 'P', 'Quý II']],
    merges: [{ top: 3, left: 1, bottom: 6, right: 1 }],
  };
  const r = readGrid(grid);
  expect(r.tasks[0].deliverables.map((d) => [d.result, d.rows])).toEqual([
    ['KQ a.', [3, 3]],
    ['KQ b.', [6, 6]],
  ]);
  expect(r.findings).toEqual([]);
});

describe('a Word table pasted into Excel (one row per paragraph, one-paragraph cells merged down)', () => {
  const merges = (top: number, bottom: number, cols: number[]): CellRange[] => cols.map((c) => ({ top, left: c, bottom, right: c }));

  test('bullets under the same merged Chủ trì and Phối hợp are lines of one Kết quả', () => {
    const r = read(
      [
        ['IV', 'Rà soát'],
        [8, 'Thực hiện rà soát', '- Báo cáo kết quả.', 'Các phòng', 'Văn phòng Sở', '- Quý I'],
        [null, null, '- Phương án đơn giản hóa.', null, null, '- Quý III'],
        [null, null, '- Đề xuất danh mục.', null, null, null],
      ],
      merges(3, 5, [1, 2, 4, 5]),
    );
    expect(r.tasks[0].deliverables).toEqual([
      {
        key: 'a',
        result: '- Báo cáo kết quả.\n- Phương án đơn giản hóa.\n- Đề xuất danh mục.',
        lead: 'Các phòng',
        support: 'Văn phòng Sở',
        timing: '- Quý I\n- Quý III',
        timingDate: null,
        override: null,
        rows: [3, 5],
      },
    ]);
    expect(r.findings.map((f) => f.row)).toEqual([4, 5]);
  });

  test('a paragraph that is not a bullet is still a further deliverable (SPEC §1), units from the merge', () => {
    const r = read(
      [
        ['I', 'M'],
        [1, 'Xây dựng văn bản', 'a) Kế hoạch.', 'Văn phòng Sở', 'Các phòng', 'Tháng 02/2024'],
        [null, null, 'b) Văn bản triển khai.', null, null, 'Quý I'],
      ],
      merges(3, 4, [1, 2, 4, 5]),
    );
    expect(r.tasks[0].deliverables.map((d) => [d.key, d.result, d.lead, d.support, d.timing])).toEqual([
      ['a', 'a) Kế hoạch.', 'Văn phòng Sở', 'Các phòng', 'Tháng 02/2024'],
      ['b', 'b) Văn bản triển khai.', 'Văn phòng Sở', 'Các phòng', 'Quý I'],
    ]);
    expect(r.findings).toEqual([]);
  });
});

// SPEC §11: appendices of other agencies.
describe('any agency’s appendix (SPEC §11)', () => {
  const ids = (r: ReturnType<typeof read>) => r.tasks.map((t) => [t.id, t.section, t.group]);

  test('numbers restarting in every section: ids are section path + number, messages name the section', () => {
    const r = read([
      ['I', 'Một'],
      [1, 'Việc I.1', 'KQ.', 'Sở Tài chính', '', 'Quý IV/2025'],
      ['II', 'Hai'],
      [1, 'Việc II.1', '', 'Sở Tài chính', '', ''],
    ]);
    expect(ids(r)).toEqual([
      ['I.1', 'I', null],
      ['II.1', 'II', null],
    ]);
    expect(messages(r)).toEqual([[5, 'Mục II, nhiệm vụ 1, kết quả a): thiếu Thời gian thực hiện.']]);
  });

  test('numbers running on across sections keep bare ids (the seed keeps 1 … 37)', () => {
    const r = read([
      ['I', 'Một'],
      [1, 'Việc 1', 'KQ.', 'VP', '', 'Quý I'],
      ['II', 'Hai'],
      [2, 'Việc 2', 'KQ.', 'VP', '', 'Quý II'],
    ]);
    expect(ids(r).map(([id]) => id)).toEqual(['1', '2']);
  });

  test('a plan without sections: bare ids, "1." numbers, no warning per task', () => {
    const r = read([
      ['1.', 'Việc 1', 'KQ.', 'Bộ Công an', '', '30/09/2025'],
      ['2.', 'Việc 2', 'KQ.', 'Các bộ, ngành', '', '15/10/2025'],
    ]);
    expect(ids(r)).toEqual([
      ['1', '', null],
      ['2', '', null],
    ]);
    expect(r.findings).toEqual([]);
  });

  test('capital-letter top sections above Roman ones: paths "B.I"; a repeated header under each section is skipped', () => {
    const header = ['STT', 'Nhiệm vụ, giải pháp', 'Đơn vị thực hiện', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Sản phẩm đầu ra'];
    const r = read(
      [
        ['A', 'PHẦN CHUNG'],
        ['I', 'Mục một'],
        [null, 'Nội dung', 'Đơn vị thực hiện', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Sản phẩm đầu ra'],
        ['1.1', 'Việc', 'Sở Y tế', 'Các sở', '2026 - 2030', 'Kế hoạch'],
        ['B', 'PHẦN RIÊNG'],
        ['I', 'Mục một của B'],
        [null, 'Nội dung', 'Đơn vị thực hiện', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Sản phẩm đầu ra'],
        ['1.1', 'Việc khác', 'Sở Nội vụ', '', '2026', 'Báo cáo'],
      ],
      [
        { top: 3, left: 1, bottom: 4, right: 1 },
        { top: 7, left: 1, bottom: 8, right: 1 },
      ],
      header,
    );
    expect(r.sections.map((s) => [s.code, s.path, s.level])).toEqual([
      ['A', 'A', 'letter'],
      ['I', 'A.I', 'section'],
      ['B', 'B', 'letter'],
      ['I', 'B.I', 'section'],
    ]);
    expect(ids(r)).toEqual([
      ['A.I.1.1', 'A.I', null],
      ['B.I.1.1', 'B.I', null],
    ]);
    expect(r.tasks[1].deliverables[0]).toMatchObject({ result: 'Báo cáo', lead: 'Sở Nội vụ', timing: '2026' });
    expect(r.findings).toEqual([]);
  });

  test('nested headings "III.1" are section paths', () => {
    const r = read([
      ['III', 'Ba'],
      ['III.1', 'Ba một'],
      [1, 'Việc', 'KQ.', 'VP', '', 'Quý I'],
      ['III.2', 'Ba hai'],
      [1, 'Việc khác', 'KQ.', 'VP', '', 'Quý II'],
    ]);
    expect(r.sections.map((s) => [s.code, s.path])).toEqual([
      ['III', 'III'],
      ['III.1', 'III.1'],
      ['III.2', 'III.2'],
    ]);
    expect(ids(r).map(([id]) => id)).toEqual(['III.1.1', 'III.2.1']);
  });

  test('group headings: "5.1 Thương mại" with no lead, timing or result, followed by "5.1.1" …', () => {
    const r = read([
      ['V', 'Năm'],
      ['5.1', 'Thương mại'],
      ['5.1.1', 'Việc một', 'Kế hoạch', 'Sở Công Thương', '', '2026'],
      ['5.1.2', 'Việc hai', 'Nền tảng', 'Sở Công Thương', '', '2026'],
      ['5.2', 'Công nghiệp'],
      ['5.2.1', 'Việc ba', 'Chương trình', 'Sở Công Thương', '', '2026'],
      ['5.3', 'Việc bốn, không phải nhóm', 'Báo cáo', 'Sở Tài chính', '', '2026'],
    ]);
    expect(r.sections.map((s) => [s.code, s.path, s.level, s.title])).toEqual([
      ['V', 'V', 'section', 'Năm'],
      ['5.1', 'V.5.1', 'group', 'Thương mại'],
      ['5.2', 'V.5.2', 'group', 'Công nghiệp'],
    ]);
    expect(ids(r)).toEqual([
      ['5.1.1', 'V', '5.1'],
      ['5.1.2', 'V', '5.1'],
      ['5.2.1', 'V', '5.2'],
      ['5.3', 'V', null],
    ]);
  });

  test('a numbered row with no lead that is not followed by sub-numbers is a task (warned about), not a group', () => {
    const r = read([
      ['I', 'Một'],
      [1, 'Việc chưa giao', '', '', '', ''],
      [2, 'Việc', 'KQ.', 'VP', '', 'Quý I'],
    ]);
    expect(r.sections).toHaveLength(1);
    expect(ids(r).map(([id]) => id)).toEqual(['1', '2']);
    expect(messages(r)).toEqual([[3, 'Nhiệm vụ 1, kết quả a): thiếu Chủ trì, Thời gian thực hiện.']]);
  });

  test('Word: a row under a merged STT with its own task text and lead is a further deliverable, never joined', () => {
    const header = ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian dự kiến hoàn thành', 'Kết quả dự kiến', 'Nguồn kinh phí'];
    const r = read(
      [
        ['II', 'Hai'],
        [1, 'Xây dựng hạ tầng', 'Trung tâm Chuyển đổi số', 'Sở Khoa học và Công nghệ', 'Quý IV/2026', 'Cổng thông tin', 'Ngân sách'],
        [null, 'Hạ tầng dự phòng', 'Sở Tài chính', null, null, null, null],
        [2, 'Đầu tư thiết bị', 'Sở Tài chính', 'Các sở', 'Quý IV/2026', 'Thiết bị', null],
      ],
      [
        { top: 3, left: 1, bottom: 4, right: 1 },
        { top: 3, left: 4, bottom: 4, right: 4 },
        { top: 3, left: 5, bottom: 4, right: 5 },
        { top: 3, left: 6, bottom: 4, right: 6 },
        { top: 3, left: 7, bottom: 5, right: 7 },
      ],
      header,
    );
    expect(r.tasks[0].content).toBe('Xây dựng hạ tầng\nHạ tầng dự phòng');
    expect(r.tasks[0].deliverables.map((d) => [d.lead, d.support, d.timing, d.result, d.rows])).toEqual([
      ['Trung tâm Chuyển đổi số', 'Sở Khoa học và Công nghệ', 'Quý IV/2026', 'Cổng thông tin', [3, 3]],
      ['Sở Tài chính', 'Sở Khoa học và Công nghệ', 'Quý IV/2026', 'Cổng thông tin', [4, 4]],
    ]);
    expect(r.tasks[1].deliverables[0].lead).toBe('Sở Tài chính');
  });

  test('PDF: an empty-STT row with its own task text and lead is a further deliverable; empty support and timing inherited', () => {
    const r = read([
      ['I', 'Một'],
      [2, 'Quản lý, vận hành', 'Báo cáo.', 'Sở Tài chính', 'Các sở', 'Quý IV/2026'],
      [null, 'Sao lưu dữ liệu', '', 'Sở Khoa học và Công nghệ', 'Sở Tài chính', ''],
    ]);
    expect(r.tasks).toHaveLength(1);
    expect(r.tasks[0].content).toBe('Quản lý, vận hành\nSao lưu dữ liệu');
    expect(r.tasks[0].deliverables.map((d) => [d.result, d.lead, d.support, d.timing])).toEqual([
      ['Báo cáo.', 'Sở Tài chính', 'Các sở', 'Quý IV/2026'],
      ['', 'Sở Khoa học và Công nghệ', 'Sở Tài chính', 'Quý IV/2026'],
    ]);
  });

  test('Word: a row with its own task text and result under a merged lead is a further deliverable, lead inherited', () => {
    const r = read(
      [
        ['I', 'Một'],
        [1, 'Việc một', 'Kế hoạch.', 'Sở Nội vụ', 'Các sở', 'Quý I'],
        [null, 'Việc thêm', 'Báo cáo.', null, null, 'Quý II'],
      ],
      [
        { top: 3, left: 1, bottom: 4, right: 1 },
        { top: 3, left: 4, bottom: 4, right: 4 },
        { top: 3, left: 5, bottom: 4, right: 5 },
      ],
    );
    expect(r.tasks[0].content).toBe('Việc một\nViệc thêm');
    expect(r.tasks[0].deliverables.map((d) => [d.result, d.lead, d.support, d.timing])).toEqual([
      ['Kế hoạch.', 'Sở Nội vụ', 'Các sở', 'Quý I'],
      ['Báo cáo.', 'Sở Nội vụ', 'Các sở', 'Quý II'],
    ]);
  });

  test('a task row without STT right under a section heading is a task of its own, numbered by its place', () => {
    const r = read([
      ['I', 'Một'],
      [null, 'Việc không số', 'KQ.', 'Sở Y tế', '', 'Năm 2026'],
      ['II', 'Hai'],
      [1, 'Việc', 'KQ.', 'Sở Y tế', '', 'Năm 2026'],
    ]);
    expect(ids(r)).toEqual([
      ['I.1', 'I', null],
      ['II.1', 'II', null],
    ]);
    expect(messages(r)).toEqual([[3, 'Dòng có Nội dung và Chủ trì nhưng không có STT, ngay dưới tiêu đề mục: đọc thành mục I, nhiệm vụ 1 (theo thứ tự trong mục).']]);
  });

  test('no Kết quả column: each task row is one deliverable with an empty result, no warning per row', () => {
    const r = read(
      [
        ['I', 'Một'],
        [1, 'Việc một', 'Sở Tài chính', 'Sở Công Thương', 'Thường xuyên'],
        [2, 'Việc hai', 'Sở Tài chính', '', '2026'],
      ],
      [],
      ['STT', 'NHIỆM VỤ VÀ GIẢI PHÁP', 'CHỦ TRÌ', 'PHỐI HỢP', 'THỜI GIAN'],
    );
    expect(r.tasks.map((t) => t.deliverables.map((d) => [d.result, d.lead, d.support, d.timing]))).toEqual([
      [['', 'Sở Tài chính', 'Sở Công Thương', 'Thường xuyên']],
      [['', 'Sở Tài chính', '', '2026']],
    ]);
    expect(r.findings).toEqual([]);
  });

  test('no timing column: one warning for the table, none per row', () => {
    const r = read(
      [
        [1, 'Việc một', 'Bộ Công an'],
        [2, 'Việc hai', 'Bộ Tài chính'],
      ],
      [],
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì thực hiện'],
    );
    expect(r.tasks.map((t) => t.deliverables[0].timing)).toEqual(['', '']);
    expect(messages(r)).toEqual([[1, expect.stringMatching(/^Bảng kế hoạch không có cột Thời gian thực hiện/)]]);
  });
});

test('tasks numbered "1)" with sub-items "a)", "b)" holding their own text and lead', () => {
  const r = read(
    [
      ['1)', 'Rà soát thủ tục', 'Sở Tư pháp', 'Quý I'],
      ['a)', 'Lĩnh vực đất đai', 'Sở Nông nghiệp và Môi trường', 'Quý II'],
      ['b)', 'Lĩnh vực xây dựng', 'Sở Xây dựng', ''],
      ['2)', 'Báo cáo', 'Văn phòng', 'Hằng quý'],
    ],
    [],
    ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Thời hạn'],
  );
  expect(r.tasks.map((t) => [t.id, t.content, t.deliverables.map((d) => [d.lead, d.timing])])).toEqual([
    [
      '1',
      'Rà soát thủ tục\nLĩnh vực đất đai\nLĩnh vực xây dựng',
      [
        ['Sở Tư pháp', 'Quý I'],
        ['Sở Nông nghiệp và Môi trường', 'Quý II'],
        ['Sở Xây dựng', 'Quý II'],
      ],
    ],
    ['2', 'Báo cáo', [['Văn phòng', 'Hằng quý']]],
  ]);
  expect(messages(r)).toEqual([[4, 'Kết quả c) của nhiệm vụ 1 để trống Thời gian: lấy theo kết quả b) phía trên (ô gộp trong bản gốc).']]);
});

test('several tables in one appendix, each with a title and its own header, are one plan (SPEC §11)', () => {
  const header = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn hoàn thành'];
  const r = read(
    [
      ['1.', 'Việc một', 'Bộ Công an', '30/09/2025'],
      ['2.', 'Việc hai', 'Bộ Tài chính', '15/10/2025'],
      [],
      [],
      ['2. Các nhiệm vụ về chuyển đổi số quá hạn chưa hoàn thành'],
      [],
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn hoàn thành'],
      ['3.', 'Việc ba', 'Bộ Nội vụ', '31/10/2025'],
      [],
      [],
      ['Nơi nhận:'],
      ['- Như trên;'],
    ],
    [],
    header,
  );
  expect(r.tasks.map((t) => [t.id, t.content])).toEqual([
    ['1', 'Việc một'],
    ['2', 'Việc hai'],
    ['3', 'Việc ba'],
  ]);
  expect(r.lastRow).toBe(9);
  expect(messages(r)).toEqual([[12, expect.stringMatching(/^Sau 2 dòng trống, dòng này không có STT: coi là hết bảng/)]]);
});

test('Word: a heading without a code, its text merged across the lead column, is not joined to the task above', () => {
  const r = read(
    [
      ['I', 'Mục'],
      [1, 'Việc một', 'KQ.', 'VP', '', 'Quý I'],
      [null, 'Nhóm nhiệm vụ về thể chế'],
      [2, 'Việc hai', 'KQ.', 'VP', '', 'Quý II'],
    ],
    [{ top: 4, left: 2, bottom: 4, right: 6 }],
  );
  expect(r.tasks.map((t) => [t.id, t.content])).toEqual([
    ['1', 'Việc một'],
    ['2', 'Việc hai'],
  ]);
  expect(messages(r)).toEqual([[4, 'Dòng tiêu đề không có STT (gộp ngang qua cột Chủ trì): không phải nhiệm vụ, không nối vào nhiệm vụ phía trên.']]);
});

// Issue 12, held-out: a task heading with its work in "a)", "b)" or "-" rows is no deliverable of its own.
test.each(['a)', '-'])('a task heading row followed by "%s" item rows: only the items are deliverables, no warning', (mark) => {
  const second = mark === 'a)' ? 'b)' : '-';
  const r = read([
    ['I', 'Mục'],
    [1, 'Rà soát, đánh giá TTHC', null, null, null, null],
    [mark, 'Xây dựng kế hoạch rà soát', 'Kế hoạch', 'Văn phòng Sở', 'Các phòng', 'Quý I/2026'],
    [second, 'Báo cáo kết quả rà soát', 'Báo cáo', 'Văn phòng Sở', 'Các phòng', 'Quý IV/2026'],
    [2, 'Công bố TTHC', 'Quyết định', 'Văn phòng Sở', null, 'Thường xuyên'],
  ]);
  expect(r.tasks.map((t) => [t.id, t.deliverables.map((d) => [d.key, d.result, d.lead, d.timing, d.rows])])).toEqual([
    ['1', [['a', 'Kế hoạch', 'Văn phòng Sở', 'Quý I/2026', [4, 4]], ['b', 'Báo cáo', 'Văn phòng Sở', 'Quý IV/2026', [5, 5]]]],
    ['2', [['a', 'Quyết định', 'Văn phòng Sở', 'Thường xuyên', [6, 6]]]],
  ]);
  expect(r.tasks[0].rows).toEqual([3, 5]);
  expect(r.findings.filter((f) => /thiếu/.test(f.message))).toEqual([]);
});

// SPEC §12 "Layouts".
describe('layouts of SPEC §12', () => {
  const WITH_EXTRA = ['STT', 'Nội dung công việc', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện', 'Nguồn kinh phí'];

  test('a page-split rest whose only text is in an extra column is still the rest; the next row is not', () => {
    const r = read(
      [
        ['I', 'Mục'],
        [1, 'Việc một', 'Văn phòng Sở', 'Các phòng', 'Quý I/2026', 'Ngân sách'],
        WITH_EXTRA,
        [null, null, null, null, null, 'tỉnh'],
        [null, null, 'Thanh tra Sở', null, 'Quý II/2026', null],
      ],
      [],
      WITH_EXTRA,
    );
    expect(r.kinds).toEqual([
      [2, 'section'],
      [3, 'task'],
      [4, 'repeated-header'],
      [5, 'split-rest'],
      [6, 'further'],
    ]);
    expect(r.tasks[0].deliverables.map((d) => [d.lead, d.timing, d.rows])).toEqual([
      ['Văn phòng Sở', 'Quý I/2026', [3, 5]],
      ['Thanh tra Sở', 'Quý II/2026', [6, 6]],
    ]);
  });

  test('without a Kết quả column, a row with its own lead and timing is a further deliverable, not glued (not after a break)', () => {
    const r = read(
      [
        [1, 'Rà soát, đơn giản hóa TTHC', 'Văn phòng Sở', 'Các phòng', 'Quý I/2026'],
        [null, null, 'Các Chi cục', null, 'Thực hiện thường xuyên, liên tục'],
        [2, 'Công khai TTHC', 'Văn phòng Sở', null, 'Giai đoạn 2026 - 2030'],
      ],
      [],
      ['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian'],
    );
    expect(r.tasks[0].deliverables.map((d) => [d.key, d.lead, d.support, d.timing])).toEqual([
      ['a', 'Văn phòng Sở', 'Các phòng', 'Quý I/2026'],
      ['b', 'Các Chi cục', 'Các phòng', 'Thực hiện thường xuyên, liên tục'],
    ]);
    expect(r.tasks[1].deliverables[0].timing).toBe('Giai đoạn 2026 - 2030');
  });

  test('right after a repeated header the same row is still the rest of the split row', () => {
    const header = ['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian'];
    const r = read([[1, 'Rà soát', 'Văn phòng', 'Các phòng', 'Quý I/2026'], header, [null, 'tiếp', 'Sở', null, null]], [], header);
    expect(r.tasks[0].deliverables.map((d) => [d.lead, d.rows])).toEqual([['Văn phòng Sở', [2, 4]]]);
  });

  test('letter sections run on: "H." then "I." is the next letter section, not Roman I under H', () => {
    const r = read([
      ['G.', 'Mục G'],
      [1, 'Việc', 'KQ.', 'VP', 'P', 'Quý I'],
      ['H.', 'Mục H'],
      [2, 'Việc', 'KQ.', 'VP', 'P', 'Quý I'],
      ['I.', 'Mục I'],
      ['II', 'Mục con hai'],
      [3, 'Việc', 'KQ.', 'VP', 'P', 'Quý I'],
    ]);
    expect(r.sections.map((s) => [s.code, s.path, s.level])).toEqual([
      ['G', 'G', 'letter'],
      ['H', 'H', 'letter'],
      ['I', 'I', 'letter'],
      ['II', 'I.II', 'section'],
    ]);
  });

  test('tasks right under letter H, then "I.": the next letter section', () => {
    const r = read([
      ['H.', 'Mục H'],
      [1, 'Việc', 'KQ.', 'VP', 'P', 'Quý I'],
      [2, 'Việc', 'KQ.', 'VP', 'P', 'Quý I'],
      ['I.', 'Mục I'],
      [1, 'Việc', 'KQ.', 'VP', 'P', 'Quý I'],
    ]);
    expect(r.sections.map((s) => [s.code, s.path, s.level])).toEqual([
      ['H', 'H', 'letter'],
      ['I', 'I', 'letter'],
    ]);
    expect(r.tasks.map((t) => t.id)).toEqual(['H.1', 'H.2', 'I.1']);
  });

  test('where every letter holds Roman sections, the first "I" under H is Roman I under H', () => {
    const r = read([
      ['G.', 'Mục G'],
      ['I', 'Mục con'],
      [1, 'Việc', 'KQ.', 'VP', 'P', 'Quý I'],
      ['H.', 'Mục H'],
      ['I', 'Mục con'],
      [2, 'Việc', 'KQ.', 'VP', 'P', 'Quý I'],
      ['II', 'Mục con hai'],
      [3, 'Việc', 'KQ.', 'VP', 'P', 'Quý I'],
      ['I.', 'Mục I'],
      ['I', 'Mục con'],
      [4, 'Việc', 'KQ.', 'VP', 'P', 'Quý I'],
    ]);
    expect(r.tasks.map((t) => t.section)).toEqual(['G.I', 'H.I', 'H.II', 'I.I']);
  });
});

test('a section heading written in the task column with an empty STT is a section, never the rest of the task above', () => {
  const r = read([
    [null, 'I. CÔNG TÁC KIỂM SOÁT QUY ĐỊNH TTHC', null, null, null, null],
    [1, 'Đánh giá tác động TTHC', 'Báo cáo', 'Các phòng', 'Văn phòng Sở', 'Thường xuyên'],
    [2, 'Lấy ý kiến dự thảo', 'Văn bản', 'Văn phòng Sở', null, 'Khi có yêu cầu'],
    [null, 'II. CÔNG BỐ, CÔNG KHAI TTHC', null, null, null, null],
    [3, 'Công bố danh mục TTHC', 'Quyết định', 'Văn phòng Sở', 'Các phòng', 'Quý I/2026'],
    // Text under a task that is no heading stays the task's.
    [null, 'và cập nhật lên Cổng dịch vụ công', null, null, null, null],
  ]);
  expect(r.sections.map((s) => [s.code, s.title, s.row])).toEqual([
    ['I', 'CÔNG TÁC KIỂM SOÁT QUY ĐỊNH TTHC', 2],
    ['II', 'CÔNG BỐ, CÔNG KHAI TTHC', 5],
  ]);
  expect(r.tasks.map((t) => [t.id, t.section, t.content])).toEqual([
    ['1', 'I', 'Đánh giá tác động TTHC'],
    ['2', 'I', 'Lấy ý kiến dự thảo'],
    ['3', 'II', 'Công bố danh mục TTHC và cập nhật lên Cổng dịch vụ công'],
  ]);
});

test('a task number and its text in one STT cell, the task cell empty (a PDF converter joined them): read apart', () => {
  const r = read([
    ['1. Rà soát quy định thủ tục hành chính', null, 'Báo cáo', 'Văn phòng Sở', 'Các phòng', 'Quý I/2026'],
    ['2) Công bố danh mục thủ tục hành chính', null, 'Quyết định', 'Thanh tra Sở', null, 'Quý II/2026'],
  ]);
  expect(r.tasks.map((t) => [t.id, t.content, t.deliverables[0].lead])).toEqual([
    ['1', 'Rà soát quy định thủ tục hành chính', 'Văn phòng Sở'],
    ['2', 'Công bố danh mục thủ tục hành chính', 'Thanh tra Sở'],
  ]);
  // A numbered title over a further table (no lead, no timing) is not a task.
  const titled = read([[1, 'Rà soát', 'Báo cáo', 'Văn phòng Sở', null, 'Quý I/2026'], ['2. Các nhiệm vụ về chuyển đổi số', null, null, null, null, null], HEADER, [3, 'Số hóa hồ sơ', 'Kho dữ liệu', 'Văn phòng Sở', null, 'Quý III/2026']]);
  expect(titled.tasks.map((t) => t.id)).toEqual(['1', '3']);
});
