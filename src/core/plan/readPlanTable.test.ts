import type { CellValue, SheetGrid } from '../grid';
import { readPlanTable } from './readPlanTable';

const HEADER = ['STT', 'Nội dung công việc', 'Kết quả công việc', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện'];

function sheet(name: string, rows: CellValue[][]): SheetGrid {
  return { name, values: rows, merges: [] };
}

function planRows(tasks: number, timing = 'Quý I/2024'): CellValue[][] {
  const rows: CellValue[][] = [HEADER, ['I', 'Mục một']];
  for (let i = 1; i <= tasks; i++) rows.push([i, `Việc ${i}`, 'KQ.', 'Văn phòng Sở', 'Các phòng', timing]);
  return rows;
}

const units = sheet('Đơn vị', [['STT', 'Tên đơn vị'], [1, 'Văn phòng Sở']]);

describe('readPlanTable', () => {
  test('picks the sheet holding the table among several', () => {
    const { plan, findings } = readPlanTable([units, sheet('Phụ lục', planRows(2))]);
    expect(plan?.sheet).toBe('Phụ lục');
    expect(plan?.tasks).toHaveLength(2);
    expect(plan?.year).toBe(2024);
    expect(plan?.layout).toEqual({
      headerRows: [1, 1],
      columns: { stt: 1, content: 2, result: 3, lead: 4, support: 5, timing: 6, override: null },
      lastColumn: 6,
      lastRow: 4,
    });
    expect(findings).toEqual([]);
  });

  test('with two tables, the one with more tasks, and a warning naming the other', () => {
    const { plan, findings } = readPlanTable([sheet('Nháp', planRows(1)), sheet('Chính thức', planRows(3))]);
    expect(plan?.sheet).toBe('Chính thức');
    expect(findings.map((f) => f.message)).toEqual([
      'Trang tính "Nháp" cũng có bảng kế hoạch; đang đọc "Chính thức" (nhiều nhiệm vụ nhất). Chọn trang tính khác nếu cần.',
    ]);
  });

  test.each([
    ['Nháp', 'Nháp'],
    ['nhap', 'Nháp'],
  ])('options.sheet %j reads that sheet only', (wanted, name) => {
    const { plan, findings } = readPlanTable([sheet('Nháp', planRows(1)), sheet('Chính thức', planRows(3))], { sheet: wanted });
    expect(plan?.sheet).toBe(name);
    expect(findings).toEqual([]);
  });

  test('a sheet that does not exist', () => {
    const { plan, findings } = readPlanTable([units], { sheet: 'Kế hoạch' });
    expect(plan).toBeNull();
    expect(findings).toEqual([{ sheet: 'Kế hoạch', row: null, severity: 'error', message: 'Sổ tính không có trang tính "Kế hoạch" (các trang tính: "Đơn vị").' }]);
  });

  test('no table anywhere: null and one error sentence', () => {
    const { plan, findings } = readPlanTable([units, sheet('Trống', [])]);
    expect(plan).toBeNull();
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe('error');
    expect(findings[0].message).toMatch(/^Không tìm thấy bảng kế hoạch trong sổ tính: cần một bảng có cột STT \(số thứ tự nhiệm vụ\), cột nhiệm vụ \(Nội dung, Nhiệm vụ …\) và cột đơn vị chủ trì/);
  });

  test('no sheets at all', () => {
    expect(readPlanTable([]).findings.map((f) => f.message)).toEqual(['Sổ tính không có trang tính nào.']);
  });

  test('the year from the title when the timings have none', () => {
    const rows = [['KẾ HOẠCH kiểm soát TTHC năm 2025'], [], ...planRows(1, 'Thường xuyên')];
    const { plan } = readPlanTable([sheet('P', rows)]);
    expect(plan?.year).toBe(2025);
    expect(plan?.title).toBe('KẾ HOẠCH kiểm soát TTHC năm 2025');
    expect(plan?.layout.headerRows).toEqual([3, 3]);
  });

  test('no year anywhere: null and a warning', () => {
    const { plan, findings } = readPlanTable([sheet('P', planRows(1, 'Thường xuyên'))]);
    expect(plan?.year).toBeNull();
    expect(findings.map((f) => [f.row, f.severity])).toEqual([[null, 'warning']]);
    expect(findings[0].message).toMatch(/^Không xác định được năm của kế hoạch/);
  });

  test('a header without tasks still gives the table, with a warning', () => {
    const { plan, findings } = readPlanTable([sheet('P', [['KẾ HOẠCH năm 2024'], HEADER])]);
    expect(plan?.tasks).toEqual([]);
    expect(findings.map((f) => f.message)).toContain('Bảng kế hoạch có dòng tiêu đề nhưng chưa có nhiệm vụ nào (STT là số).');
  });

  test('linear in rows: 100 000 task rows with 50 000 merges read in well under the benchmark budget', () => {
    const rows = planRows(100_000);
    const merges = Array.from({ length: 50_000 }, (_, i) => ({ top: 3 + 2 * i, left: 6, bottom: 4 + 2 * i, right: 6 }));
    for (const m of merges) rows[m.bottom - 1][5] = null;
    const grid: SheetGrid = { name: 'P', values: rows, merges };
    const started = Date.now();
    const { plan } = readPlanTable([grid]);
    expect(plan?.tasks).toHaveLength(100_000);
    expect(plan?.tasks[1].deliverables[0].timing).toBe('Quý I/2024');
    // Generous for loaded CI machines; a quadratic reader takes minutes here.
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
