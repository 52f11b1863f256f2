import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cellAt } from '../../src/core/grid';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { readPlanTable } from '../../src/core/plan/readPlanTable';
import { buildSeedPlanWorkbook, comparableText, largeSeedPlanGrid, seedPlanFixture } from '../fixtures/seedAppendix';
import { htmlToPlain, readSeedAppendix } from '../fixtures/seedText';

// The fixtures must really be what their names say, or the layout tests prove nothing.
describe('seed fixture builder', () => {
  test.each([
    ['<b>I</b>', 'I'],
    ['<p>Văn phòng Sở</p>', 'Văn phòng Sở'],
    ['HĐND ( <i>được giao</i> ).', 'HĐND ( được giao ).'],
    ['<ul style="list-style-type: none"> <li>- Hồ sơ điện tử.</li> <li>- Hệ thống lưu trữ.</li> </ul>', '- Hồ sơ điện tử.\n- Hệ thống lưu trữ.'],
    ['<ul><li>Định kỳ</li></ul>', '- Định kỳ'],
    ['VP<sub>Vy</sub>.', 'VPVy.'],
  ])('htmlToPlain(%j)', (html, text) => {
    expect(htmlToPlain(html)).toBe(text);
  });

  test('the appendix starts at "## Phụ lục" (line 76) and keeps the seed rows in order', () => {
    const lines = readSeedAppendix();
    expect(lines[0]).toEqual({ line: 76, cells: ['Phụ lục'] });
    expect(lines.find((l) => l.line === 173)!.cells.slice(0, 3)).toEqual(['', 'cửa, một cửa liên thông gắn với cải cách TTHC trên các phương tiện thông tin đại chúng và Cổng thông tin điện tử Sở.', 'Các tin, bài, chuyên mục, hội nghị, tọa đàm về cải cách TTHC.']);
    expect(lines.filter((l) => l.cells[0] === 'STT')).toHaveLength(17);
  });

  test('PDF layout: seed line N on row N - 75, repeated headers, no merges', () => {
    const f = seedPlanFixture('pdf');
    const grid = f.sheets[0];
    expect(cellAt(grid, 7, 1)).toBe('STT');
    expect(cellAt(grid, 13, 1)).toBe('STT'); // line 88
    expect(cellAt(grid, 10, 1)).toBe(1);
    expect(cellAt(grid, 98, 1)).toBeNull(); // line 173: the split row of task 30
    expect(String(cellAt(grid, 98, 3))).toMatch(/^Các tin, bài/);
    expect(grid.merges).toEqual([]);
  });

  test('PDF layout: every appendix line of the seed is its row, cell for cell', () => {
    const grid = seedPlanFixture('pdf').sheets[0];
    for (const { line, cells } of readSeedAppendix()) {
      const row = (grid.values[line - 76] ?? []).map((v) => (v === null ? '' : String(v)));
      while (row.length > 0 && row[row.length - 1] === '') row.pop();
      expect([line, row]).toEqual([line, cells]);
    }
    expect(grid.values).toHaveLength(194 - 75);
  });

  test('Word layout: STT and Nội dung merged down, Thời gian merged when shared', () => {
    const f = seedPlanFixture('word');
    const grid = f.sheets[0];
    expect(grid.merges).toContainEqual({ top: 7, left: 1, bottom: 8, right: 1 });
    expect(grid.merges).toContainEqual({ top: 7, left: 2, bottom: 8, right: 2 });
    const [r15a, r15b] = [f.deliverableRows.get('15a')!, f.deliverableRows.get('15b')!];
    expect(grid.merges).toContainEqual({ top: r15a[0], left: 6, bottom: r15b[0], right: 6 });
    expect(cellAt(grid, r15b[0], 6)).toBeNull();
    expect(cellAt(grid, 8, 6)).toBe('Quý I'); // task 1 b) has its own timing
  });

  test.each([
    ['nfd', (v: unknown) => typeof v === 'string' && v !== v.normalize('NFC')],
    ['textStt', (v: unknown) => v === '1.'],
    ['numbersRow', (v: unknown) => v === '(1)'],
    ['renamed', (v: unknown) => v === 'Sản phẩm'],
  ] as const)('the %s variant really writes it', (variant, probe) => {
    const f = seedPlanFixture('pdf', variant);
    const grid = f.sheets[f.sheets.length - 1];
    expect(grid.values.some((line) => line.some(probe))).toBe(true);
  });

  test('the pasted variant puts each paragraph on its own row under merged cells', () => {
    const f = seedPlanFixture('word', 'pasted');
    const grid = f.sheets[0];
    const [first, last] = f.deliverableRows.get('8a')!;
    expect(last - first).toBe(2); // three bullets
    expect(String(cellAt(grid, first + 1, 3))).toMatch(/^- Phương án đơn giản hóa/);
    expect(grid.merges).toContainEqual({ top: first, left: 4, bottom: last, right: 4 });
    expect(f.deliverableRows.get('37a')).toEqual([f.deliverableRows.get('37a')![0], f.deliverableRows.get('37a')![0] + 1]);
  });

  test('the shifted variant starts at C5, titles above, other sheets before', () => {
    const f = seedPlanFixture('word', 'shifted');
    expect(f.sheets.map((s) => s.name)).toEqual(['Hướng dẫn', 'Danh sách đơn vị', 'Kế hoạch 2024']);
    const grid = f.sheets[2];
    expect(cellAt(grid, 5, 3)).toBe('STT');
    expect(String(cellAt(grid, 4, 3))).toMatch(/^KẾ HOẠCH/);
  });

  test.each([
    ['ke-hoach-2024.xlsx', 'word'],
    ['ke-hoach-2024-pdf.xlsx', 'pdf'],
  ] as const)('the checked-in %s matches the builder (else: npx tsx scripts/make-fixtures.ts)', async (name, layout) => {
    const file = path.join(__dirname, '..', 'fixtures', name);
    const kept = await FileWorkbook.open(new Uint8Array(readFileSync(file)), name);
    const fresh = await FileWorkbook.open(await buildSeedPlanWorkbook(layout), name);
    expect(await kept.readSheet('Phụ lục')).toEqual(await fresh.readSheet('Phụ lục'));
  });

  test('the checked-in ke-hoach-2024.xlsx is the Word layout with its title row', async () => {
    const file = path.join(__dirname, '..', 'fixtures', 'ke-hoach-2024.xlsx');
    const book = await FileWorkbook.open(new Uint8Array(readFileSync(file)), 'ke-hoach-2024.xlsx');
    const grid = await book.readSheet('Phụ lục');
    expect(grid.merges.length).toBeGreaterThan(20);
    const { plan } = readPlanTable([grid]);
    expect(plan?.tasks).toHaveLength(37);
    expect(comparableText(plan?.title ?? '')).toMatch(/^KẾ HOẠCH .* năm 2024/);
  });
});

describe('largeSeedPlanGrid', () => {
  test.each(['pdf', 'word'] as const)('%s: at least the rows asked for, tasks renumbered', (layout) => {
    const grid = largeSeedPlanGrid(layout, 5_000);
    expect(grid.values.length).toBeGreaterThanOrEqual(5_000);
    expect(grid.values.length).toBeLessThan(5_000 + 200);
    const { plan } = readPlanTable([grid]);
    const copies = plan!.tasks.length / 37;
    expect(Number.isInteger(copies)).toBe(true);
    expect(plan!.tasks.map((t) => t.no)).toEqual(Array.from({ length: plan!.tasks.length }, (_, i) => i + 1));
    expect(plan!.tasks.reduce((n, t) => n + t.deliverables.length, 0)).toBe(40 * copies);
  });
});
