/** Stages 1 and 2 of reading a plan: where the header is and which column plays each role. */
import type { CellValue, SheetGrid } from '../grid';
import { columnRoles, isRefusal } from './columnRoles';
import { locateTables } from './locateTable';

/** The header rows, the columns of the roles and the table's last column, as the reader settles them. */
function findPlanHeader(g: SheetGrid) {
  for (const table of locateTables(g)) {
    const roles = columnRoles(g, table);
    if (isRefusal(roles)) continue;
    const used = Object.values(roles.columns).filter((c): c is number => c !== null && c !== undefined);
    return { headerRows: table.headerRows, columns: roles.columns, lastColumn: Math.max(table.lastColumn, ...used) };
  }
  return null;
}

function grid(values: CellValue[][]): SheetGrid {
  return { name: 'S', values, merges: [] };
}

const ONE_ROW = ['STT', 'Nội dung công việc', 'Kết quả công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện'];

describe('the table header (stages 1–2)', () => {
  test('a one-row header at A1', () => {
    expect(findPlanHeader(grid([ONE_ROW, [1, 'x', 'y', 'z', 'w', 'Quý I']]))).toEqual({
      headerRows: [1, 1],
      columns: { stt: 1, content: 2, result: 3, lead: 4, support: 5, timing: 6, override: null },
      lastColumn: 6,
    });
  });

  test('a two-row header under "Đơn vị thực hiện", shifted, with title rows and a numbers row', () => {
    const values: CellValue[][] = [[], ['', 'KẾ HOẠCH năm 2024'], [], [null, 'TT', 'Nội dung', 'Sản phẩm', 'Đơn vị thực hiện', null, 'Thời hạn hoàn thành'], [null, null, null, null, 'Chủ trì', 'Phối hợp'], [null, '(1)', '(2)', '(3)', '(4)', '(5)', '(6)']];
    expect(findPlanHeader(grid(values))).toEqual({
      headerRows: [4, 6],
      columns: { stt: 2, content: 3, result: 4, lead: 5, support: 6, timing: 7, override: null },
      lastColumn: 7,
    });
  });

  test('Thời gian may sit in the second header row', () => {
    const values: CellValue[][] = [['STT', 'Nội dung', 'Kết quả', 'Đơn vị thực hiện'], [null, null, null, 'Chủ trì', 'Phối hợp', 'Thời hạn']];
    expect(findPlanHeader(grid(values))?.columns.timing).toBe(6);
  });

  test('an optional "Hạn điều chỉnh" column', () => {
    const h = findPlanHeader(grid([[...ONE_ROW, 'Ghi chú', 'Hạn điều chỉnh']]));
    expect(h?.columns.override).toBe(8);
    expect(h?.lastColumn).toBe(8);
  });

  // SPEC §11: support, timing and result are optional; the undivided "Đơn vị thực hiện" leads.
  test.each<[string, CellValue[][], Record<string, number | null>, number]>([
    ['no Thời gian', [['STT', 'Nội dung', 'Kết quả', 'Chủ trì', 'Phối hợp']], { result: 3, lead: 4, support: 5, timing: null }, 1],
    ['no Phối hợp', [['STT', 'Nội dung', 'Kết quả', 'Chủ trì', 'Thời gian']], { result: 3, lead: 4, support: null, timing: 5 }, 1],
    ['no Kết quả, capitals', [['STT', 'NHIỆM VỤ VÀ GIẢI PHÁP', 'CHỦ TRÌ', 'PHỐI HỢP', 'THỜI GIAN']], { result: null, lead: 3, support: 4, timing: 5 }, 1],
    [
      'lead only, an extra column between (Văn bản giao nhiệm vụ)',
      [['STT', 'Nhiệm vụ', 'Văn bản giao nhiệm vụ', 'Cơ quan chủ trì thực hiện', 'Thời hạn hoàn thành']],
      { content: 2, result: null, lead: 4, support: null, timing: 5 },
      1,
    ],
    [
      '"Đơn vị thực hiện" beside "Đơn vị phối hợp" is the lead; "Sản phẩm đầu ra"',
      [['STT', 'Nhiệm vụ, giải pháp', 'Đơn vị thực hiện', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Sản phẩm đầu ra']],
      { lead: 3, support: 4, timing: 5, result: 6 },
      1,
    ],
    ['an undivided "Cơ quan thực hiện"', [['TT', 'Tên nhiệm vụ', 'Cơ quan thực hiện', 'Thời gian dự kiến hoàn thành']], { lead: 3, support: null, timing: 4 }, 1],
    ['"Cơ quan, đơn vị thực hiện"', [['TT', 'Công việc', 'Cơ quan, đơn vị thực hiện', 'Tiến độ']], { lead: 3, timing: 4 }, 1],
    ['footnote marks', [['STT', 'Nội dung[1]', 'Cơ quan chủ trì[2]', 'Cơ quan phối hợp', 'Thời hạn*']], { content: 2, lead: 3, support: 4, timing: 5 }, 1],
    [
      '"Thời hạn" and "Tiến độ": Thời hạn is the timing',
      [['STT', 'Nội dung', 'Chủ trì', 'Tiến độ', 'Thời hạn', 'Người đứng đầu chịu trách nhiệm']],
      { lead: 3, timing: 5, result: null, support: null },
      1,
    ],
    ['"Tiến độ thực hiện" alone is the timing', [['STT', 'Nội dung', 'Chủ trì', 'Tiến độ thực hiện']], { timing: 4 }, 1],
    [
      'a numbering row "1 2 3"',
      [['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian'], [1, 2, 3, 4, 5], [1, 'Việc', 'Sở', null, 'Quý I']],
      { lead: 3 },
      2,
    ],
    [
      'a numbering row "A B C"',
      [['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian'], ['A', 'B', 'C', 'D', 'E'], [1, 'Việc', 'Sở', null, 'Quý I']],
      { lead: 3 },
      2,
    ],
  ])('a header with %s', (_name, values, columns, lastHeaderRow) => {
    const h = findPlanHeader(grid(values));
    expect(h).not.toBeNull();
    expect(h!.columns).toMatchObject(columns);
    expect(h!.headerRows).toEqual([1, lastHeaderRow]);
  });

  test('extra columns belong to the table: the add-in writes after "Nguồn kinh phí"', () => {
    const h = findPlanHeader(grid([['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian', 'Kết quả dự kiến', 'Nguồn kinh phí']]));
    expect(h?.lastColumn).toBe(7);
  });

  test.each([
    ['no lead column', [['STT', 'Nội dung', 'Kết quả', 'Thời gian']]],
    ['no task column', [['STT', 'Văn bản giao nhiệm vụ', 'Chủ trì']]],
    ['only a list of units', [['STT', 'Tên đơn vị'], [1, 'Văn phòng Sở']]],
    ['an empty sheet', []],
  ])('no header: %s', (_name, values) => {
    expect(findPlanHeader(grid(values as CellValue[][]))).toBeNull();
  });

  test('the header is found far down the sheet', () => {
    const values: CellValue[][] = Array.from({ length: 300 }, (_, i) => [`Ghi chú ${i}`]);
    values.push(ONE_ROW);
    expect(findPlanHeader(grid(values))?.headerRows).toEqual([301, 301]);
  });
});

test('a 100 000-row sheet without a plan table is passed over quickly', () => {
  const values: CellValue[][] = Array.from({ length: 100_000 }, (_, i) => [i + 1, `Hồ sơ ${i}`, 'Trực tuyến', 'Đúng hạn', 'Tổ chức', 'Sở', 'Thẩm định', 'STT cũ']);
  const started = Date.now();
  expect(findPlanHeader(grid(values))).toBeNull();
  // Generous for loaded CI machines; matching every cell as a label took seconds.
  expect(Date.now() - started).toBeLessThan(3_000);
});

test.each(['STT', 'TT', 'T.T', 'Số TT', 'Số thứ tự', 'Số thứ tự'.normalize('NFD'), ' stt ', 'S TT'])('the STT header may read %j', (label) => {
  const found = findPlanHeader(grid([[label, 'Nội dung', 'Kết quả', 'Chủ trì', 'Phối hợp', 'Thời gian']]));
  expect(found?.columns.stt).toBe(1);
});

// Issue 12, held-out plans: wordings other agencies use; the start column is never the deadline.
describe('findPlanHeader: held-out header wordings', () => {
  test.each<[string, CellValue[], Record<string, number | null>]>([
    ['a Sở plan with "Quy mô, mục tiêu, kết quả" and Ghi chú', ['TT', 'Nhiệm vụ thực hiện', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Quy mô, mục tiêu, kết quả', 'Ghi chú'], { stt: 1, content: 2, lead: 3, support: 4, timing: 5, result: 6, override: null }],
    ['"Tên công việc", "Thời điểm hoàn thành", "Dự kiến kết quả"', ['STT', 'Tên công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời điểm hoàn thành', 'Dự kiến kết quả'], { stt: 1, content: 2, lead: 3, support: 4, timing: 5, result: 6, override: null }],
    ['"Phân công thực hiện", "Dự kiến thời gian hoàn thành", "Nguồn kinh phí" left alone', ['STT', 'Hoạt động', 'Phân công thực hiện', 'Nguồn kinh phí', 'Dự kiến thời gian hoàn thành'], { stt: 1, content: 2, lead: 3, support: null, timing: 5, result: null, override: null }],
    ['"Cơ quan chịu trách nhiệm"', ['STT', 'Các nhiệm vụ', 'Cơ quan chịu trách nhiệm', 'Mốc thời gian'], { stt: 1, content: 2, lead: 3, support: null, timing: 4, result: null, override: null }],
    ['start and end columns: the end is the timing', ['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian bắt đầu', 'Thời gian hoàn thành', 'Kết quả'], { stt: 1, content: 2, lead: 3, support: 4, timing: 6, result: 7, override: null }],
    ['a start column alone is the timing', ['STT', 'Nội dung', 'Chủ trì', 'Thời gian bắt đầu'], { stt: 1, content: 2, lead: 3, support: null, timing: 4, result: null, override: null }],
  ])('%s', (_name, header, columns) => {
    expect(findPlanHeader(grid([header, [1, 'Rà soát TTHC', 'Văn phòng Sở', 'Các phòng', 'Quý II/2026', 'Báo cáo']]))?.columns).toEqual(columns);
  });
});

test('"Thời gian" over "Bắt đầu | Kết thúc": a two-row header whose timing is the end (issue 12)', () => {
  const values: CellValue[][] = [
    ['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian', null, 'Kết quả'],
    [null, null, null, null, 'Bắt đầu', 'Kết thúc', null],
    ['1', 'Rà soát', 'Văn phòng Sở', null, '01/2026', '06/2026', 'Báo cáo'],
  ];
  expect(findPlanHeader(grid(values))).toEqual({
    headerRows: [1, 2],
    columns: { stt: 1, content: 2, lead: 3, support: 4, timing: 6, result: 7, override: null },
    lastColumn: 7,
  });
});
