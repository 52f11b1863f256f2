import { main } from '../../src/cli/main';
import { buildRegisterXlsx, day } from '../fixtures/registers';
import { registerExport } from '../fixtures/registerExports';
import { memoryIo } from '../support/memoryIo';

const UNIT = 'Chi cục Thủy sản';

async function formsJson(file: Uint8Array, ...extra: string[]) {
  const io = memoryIo({ 'so.xlsx': file });
  const code = await main(['forms', 'so.xlsx', '--period', '2024-Q1', '--unit', UNIT, '--json', ...extra], io);
  return { code, doc: code === 0 ? JSON.parse(io.out) : null, err: io.err };
}

describe('kstthc forms on a one-stop export with decoy columns (.xlsx, end to end)', () => {
  let plain: Uint8Array;
  let exported: Uint8Array;
  beforeAll(async () => {
    const shapes = registerExport('decoy', { count: 300, seed: 21, order: [12, 0, 7, 11, 1, 2, 3, 9, 4, 5, 10, 6, 8, 13] });
    const [plainHeader, ...plainRows] = shapes.plain;
    const [header, ...rows] = shapes.exported;
    plain = await buildRegisterXlsx({ titleLines: ['SỔ THEO DÕI HỒ SƠ'], header: [plainHeader as string[]], rows: plainRows });
    exported = await buildRegisterXlsx({ titleLines: ['DANH SÁCH HỒ SƠ', 'Xuất từ hệ thống một cửa'], header: [header as string[]], rows });
  });

  test('the same II.05a and II.06a as the plain register; the columns used are named', async () => {
    const a = await formsJson(plain);
    const b = await formsJson(exported);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(b.err).toBe('');
    expect(b.doc.ii05a).toEqual(a.doc.ii05a);
    const strip = (rows: { registerRows: number[] }[]) => rows.map(({ registerRows: _rows, ...rest }) => rest);
    expect(strip(b.doc.ii06a.rows)).toEqual(strip(a.doc.ii06a.rows));
    expect(b.doc.columns).toMatchObject({
      received: { header: 'Ngày tiếp nhận', column: 'C', byOfficer: false },
      due: { header: 'Ngày hẹn trả', column: 'M' },
      resolved: { header: 'Ngày kết thúc xử lý', column: 'K' },
      status: { header: 'Trạng thái', column: 'A' },
    });
    expect(b.doc.notReceived).toHaveLength(6);
    expect(b.doc.notReceived[0]).toEqual({ row: expect.any(Number), code: 'DK-6', status: 'Từ chối tiếp nhận' });
    expect(b.doc.conflicts).toEqual([]);
    expect(b.doc.rejected).toEqual([]);
  });

  test('--map puts a column on a field (here, wrongly, the decoys: the figures change and the JSON says who chose)', async () => {
    const right = await formsJson(exported);
    const wrong = await formsJson(exported, '--map', 'received=L', '--map', 'resolved=d');
    expect(wrong.code).toBe(0);
    expect(wrong.doc.columns.received).toEqual({ header: 'Ngày nộp', column: 'L', byOfficer: true });
    expect(wrong.doc.columns.resolved).toEqual({ header: 'Ngày trả kết quả', column: 'D', byOfficer: true });
    expect(wrong.doc.ii05a.total).not.toEqual(right.doc.ii05a.total);
  });

  test('the summary lists the columns used and the never-received rows', async () => {
    const io = memoryIo({ 'so.xlsx': exported });
    expect(await main(['forms', 'so.xlsx', '--period', '2024-Q1', '--unit', UNIT], io)).toBe(0);
    expect(io.out).toContain('Cột đã dùng:\n');
    expect(io.out).toContain('  Ngày tiếp nhận: cột C "Ngày tiếp nhận"\n');
    expect(io.out).toContain('  Ngày có kết quả: cột K "Ngày kết thúc xử lý"\n');
    expect(io.out).toContain('Hồ sơ chưa được tiếp nhận (không tính vào cột nào):\n');
    expect(io.out).toMatch(/ {2}Dòng \d+, hồ sơ DK-1: Mới đăng ký\n/);
  });
});

describe('kstthc forms: two equally named columns that disagree', () => {
  let file: Uint8Array;
  beforeAll(async () => {
    const rows = Array.from({ length: 8 }, (_, i) => [
      `H${i}`,
      'Thủy sản',
      'Trực tiếp',
      day(2024, 1, 2),
      day(2024, 1, 20),
      day(2024, 1, i < 5 ? 25 : 10),
      day(2024, 1, 10),
    ]);
    file = await buildRegisterXlsx({ header: [['Mã hồ sơ', 'Lĩnh vực', 'Kênh nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Ngày hoàn thành']], rows });
  });

  test('--json: stderr names both columns and how to choose; the JSON lists the conflict', async () => {
    const { code, doc, err } = await formsJson(file);
    expect(code).toBe(0);
    expect(err).toContain('Cột F "Ngày có kết quả" và cột G "Ngày hoàn thành" đều có thể là Ngày có kết quả nhưng khác nhau ở 5 dòng');
    expect(err).toContain('--map resolved=G');
    expect(doc.conflicts).toEqual([{ field: 'resolved', used: 'F', other: 'G', rows: 5, firstRow: 2 }]);
  });

  test('--map settles it: no warning, the chosen column counts', async () => {
    const { doc, err } = await formsJson(file, '--map', 'resolved=G');
    expect(err).toBe('');
    expect(doc.conflicts).toEqual([]);
    expect(doc.ii05a.total).toMatchObject({ c7: 8, c8: 8, c10: 0 });
  });

  test('an unknown field in --map is a usage error naming the fields', async () => {
    const io = memoryIo({ 'so.xlsx': file });
    expect(await main(['forms', 'so.xlsx', '--period', '2024-Q1', '--unit', UNIT, '--map', 'ngay=F'], io)).toBe(2);
    expect(io.err).toContain('supplementDue');
  });
});
