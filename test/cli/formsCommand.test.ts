import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { main } from '../../src/cli/main';
import { findForms } from '../../src/core/forms/findForms';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { buildRegisterXlsx } from '../fixtures/registers';
import { EXPECTED_II05A, EXPECTED_II06A, EXPECTED_REJECTED_ROWS, QUARTER_REGISTER } from '../forms/quarterFixture';
import { memoryIo } from '../support/memoryIo';


describe('kstthc forms', () => {
  let register: Uint8Array;
  beforeAll(async () => {
    register = await buildRegisterXlsx({ ...QUARTER_REGISTER, sheetsBefore: ['Hướng dẫn'] });
  });

  test('--json prints the SPEC §10 document and nothing else', async () => {
    const io = memoryIo({ 'so.xlsx': register });
    expect(await main(['forms', 'so.xlsx', '--period', '2024-Q1', '--unit', 'Chi cục Chăn nuôi và Thú y', '--json'], io)).toBe(0);
    expect(io.err).toBe('');
    const doc = JSON.parse(io.out);
    expect(doc.period).toEqual({ code: '2024-Q1', label: 'Quý I/2024', from: '2023-12-15', to: '2024-03-14' });
    expect(doc.unit).toBe('Chi cục Chăn nuôi và Thú y');
    expect(doc.sheet).toBe('Sổ hồ sơ');
    expect(doc.ii05a).toEqual(EXPECTED_II05A);
    expect(doc.ii06a.rows.map(({ field, procedure, count, reason }: Record<string, unknown>) => ({ field, procedure, count, reason }))).toEqual(
      EXPECTED_II06A.map(({ field, procedure, count, reason }) => ({ field, procedure, count, reason })),
    );
    expect(doc.rejected.map((r: { row: number }) => r.row)).toEqual(EXPECTED_REJECTED_ROWS);
    expect(doc.rejected[0].message).toContain('thiếu ngày tiếp nhận');
    expect(doc.warnings).toEqual([{ row: 18, message: expect.stringContaining('Chưa nêu nguyên nhân') }]);
  });

  test('without --json: a Vietnamese summary; --out writes a new workbook with both forms', async () => {
    const io = memoryIo({ 'so.xlsx': register });
    expect(await main(['forms', 'so.xlsx', '--period', '2024-q1', '--unit', 'Chi cục Chăn nuôi và Thú y', '--out', 'bieu.xlsx'], io)).toBe(0);
    expect(io.out).toContain('Biểu II.05a và II.06a Quý I/2024 (từ 15/12/2023 đến 14/03/2024) — Chi cục Chăn nuôi và Thú y');
    expect(io.out).toContain('16 hồ sơ đọc được, 3 dòng bị loại');
    expect(io.out).toContain('Tổng cộng: nhận 14 (trực tuyến 5, trực tiếp/bưu chính 7, kỳ trước chuyển qua 2)');
    expect(io.out).toContain("Trang tính 'Sổ hồ sơ', dòng 23: Hồ sơ C1: thiếu ngày tiếp nhận");
    expect(io.out).toContain('Đã ghi biểu II.05a và II.06a vào "bieu.xlsx"');
    expect(io.files.get('so.xlsx')).toBe(register);
    const book = await FileWorkbook.open(io.files.get('bieu.xlsx')!, 'bieu.xlsx');
    const names = await book.sheetNames();
    expect(names).toEqual(['II.05a Quý I-2024', 'II.06a Quý I-2024']);
    const found = findForms(await Promise.all(names.map((n) => book.readSheet(n))));
    expect(found.ii05a?.total?.cells).toMatchObject(EXPECTED_II05A.total);
    expect(found.ii06a?.rows).toHaveLength(EXPECTED_II06A.length);
  });

  test.each([
    [['forms', '--period', '2024-Q1', '--unit', 'A'], /Thiếu tệp sổ theo dõi/],
    [['forms', 'so.xlsx', '--unit', 'A'], /Thiếu --period/],
    [['forms', 'so.xlsx', '--period', '2024-Q5', '--unit', 'A'], /Kỳ "2024-Q5" không hợp lệ/],
    [['forms', 'so.xlsx', '--period', '2024-Q1', '--unit', 'A', '--out', 'so.xlsx'], /sổ chỉ được đọc/],
    [['forms', 'so.xlsx', '--period', '2024-Q1', '--unit', 'A', '--map', 'kenh=E'], /--map "kenh=E" không hợp lệ/],
    [['forms', 'so.xlsx', '--period', '2024-Q1', '--unit', 'A', '--bogus'], /^Tham số của lệnh "forms" không đúng: không có tùy chọn "--bogus"\./],
  ])('usage error %j → exit 2', async (argv, message) => {
    const io = memoryIo({ 'so.xlsx': register });
    expect(await main(argv, io)).toBe(2);
    expect(io.err).toMatch(message);
    expect(io.out).toBe('');
  });

  test('input that cannot be used → exit 1 with the reason', async () => {
    const notRegister = await buildRegisterXlsx({ header: [['Họ tên', 'Chức vụ']], rows: [['A', 'B']] });
    const cases: [string[], Record<string, Uint8Array>, RegExp][] = [
      [['forms', 'khong-co.xlsx', '--period', '2024-Q1', '--unit', 'A'], {}, /không tồn tại/],
      [['forms', 'rong.xlsx', '--period', '2024-Q1', '--unit', 'A'], { 'rong.xlsx': new Uint8Array() }, /rỗng/],
      [['forms', 'x.xlsx', '--period', '2024-Q1', '--unit', 'A'], { 'x.xlsx': notRegister }, /Không tìm thấy sổ theo dõi hồ sơ/],
      [['forms', 'so.xlsx', '--period', '2024-Q1', '--unit', 'A', '--sheet', 'Sổ khác'], { 'so.xlsx': register }, /Không có trang tính "Sổ khác"/],
    ];
    for (const [argv, files, message] of cases) {
      const io = memoryIo(files);
      expect(await main(argv, io)).toBe(1);
      expect(io.err).toMatch(message);
    }
  });

  test('a column the reader cannot place: exit 1 naming it; --map places it', async () => {
    const bytes = await buildRegisterXlsx({
      header: [['Mã hồ sơ', 'Lĩnh vực', 'Tên TTHC', 'Cột E', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả']],
      rows: [['M1', 'Thủy sản', 'TT', 'Trực tuyến', '02/01/2024', '05/01/2024', '04/01/2024']],
    });
    const io = memoryIo({ 'so.xlsx': bytes });
    expect(await main(['forms', 'so.xlsx', '--period', '2024-Q1', '--unit', 'A', '--json'], io)).toBe(1);
    expect(io.err).toContain('Sổ không có cột kênh nộp hồ sơ');
    expect(io.err).toContain('--map channel=CỘT');
    expect(io.err).toContain('--channel truc-tuyen hoặc --channel truc-tiep');
    expect(io.out).toBe('');
    const mapped = memoryIo({ 'so.xlsx': bytes });
    expect(await main(['forms', 'so.xlsx', '--period', '2024-Q1', '--unit', 'Chi cục Thủy sản', '--json', '--map', 'channel=D'], mapped)).toBe(0);
    expect(JSON.parse(mapped.out).ii05a.total).toMatchObject({ c3: 1, c4: 1, c8: 1 });
  });

  test('a register without any channel column: --channel counts every dossier in (4) or (5); a wrong word is a usage error', async () => {
    const bytes = await buildRegisterXlsx({
      header: [['Mã hồ sơ', 'Lĩnh vực', 'Tên TTHC', 'Phương thức nhận kết quả', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả']],
      rows: [
        ['M1', 'Thủy sản', 'TT', 'Trực tuyến', '02/01/2024', '05/01/2024', '04/01/2024'],
        ['M2', 'Thủy sản', 'TT', 'Bưu chính', '03/01/2024', '05/01/2024', null],
      ],
    });
    const run = async (...extra: string[]) => {
      const io = memoryIo({ 'so.xlsx': bytes });
      const code = await main(['forms', 'so.xlsx', '--period', '2024-Q1', '--unit', 'Chi cục Thủy sản', '--json', ...extra], io);
      return { code, io };
    };
    const refused = await run();
    expect(refused.code).toBe(1);
    expect(refused.io.err).toContain('không tách được cột (4) và (5)');
    const online = await run('--channel', 'truc-tuyen');
    expect(online.code).toBe(0);
    expect(JSON.parse(online.io.out).ii05a.total).toMatchObject({ c3: 2, c4: 2, c5: 0 });
    expect(JSON.parse(online.io.out).warnings.map((w: { message: string }) => w.message)).toContain(
      'Sổ không có cột kênh nộp: mọi hồ sơ được tính là nộp trực tuyến, theo lựa chọn của cán bộ.',
    );
    const direct = await run('--channel', 'truc-tiep');
    expect(JSON.parse(direct.io.out).ii05a.total).toMatchObject({ c3: 2, c4: 0, c5: 2 });
    const wrong = await run('--channel', 'buu-chinh');
    expect(wrong.code).toBe(2);
    expect(wrong.io.err).toContain('--channel "buu-chinh" không hợp lệ');
  });

  test('--channel with a register that has its channel column: the column decides, and the officer is told', async () => {
    const io = memoryIo({ 'so.xlsx': await buildRegisterXlsx(QUARTER_REGISTER) });
    expect(await main(['forms', 'so.xlsx', '--period', '2024-Q1', '--unit', 'Chi cục Chăn nuôi và Thú y', '--json', '--channel', 'truc-tiep'], io)).toBe(0);
    expect(JSON.parse(io.out).ii05a.total.c4).toBeGreaterThan(0);
    expect(io.err).toMatch(/Sổ có cột kênh nộp \(cột [A-Z]\): kênh của từng hồ sơ theo cột này, --channel không dùng\./);
  });
});

describe('the real kstthc bin', () => {
  test('forms --json through node bin/kstthc.js', async () => {
    const dir = await fs.mkdtemp(join(tmpdir(), 'kstthc-forms-'));
    const file = join(dir, 'so.xlsx');
    await fs.writeFile(file, await buildRegisterXlsx(QUARTER_REGISTER));
    await promisify(execFile)('npm', ['run', '--silent', 'build:cli'], { cwd: process.cwd() });
    const { stdout } = await promisify(execFile)('node', ['bin/kstthc.js', 'forms', file, '--period', '2024-Q1', '--unit', 'Chi cục Chăn nuôi và Thú y', '--json'], {
      cwd: process.cwd(),
      env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh' },
    });
    const doc = JSON.parse(stdout);
    expect(doc.ii05a.total).toEqual(EXPECTED_II05A.total);
    expect(doc.rejected).toHaveLength(3);
    await fs.rm(dir, { recursive: true, force: true });
  }, 120_000);
});

describe('kstthc forms: the unit of the register (issue 14)', () => {
  let register: Uint8Array;
  beforeAll(async () => {
    register = await buildRegisterXlsx({ ...QUARTER_REGISTER, titleLines: ['SỔ THEO DÕI HỒ SƠ TTHC - Chi cục Chăn nuôi và Thú y', ''] });
  });

  test('without --unit the register’s own unit is used', async () => {
    const io = memoryIo({ 'so.xlsx': register });
    expect(await main(['forms', 'so.xlsx', '--period', '2024-Q1', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out).unit).toBe('Chi cục Chăn nuôi và Thú y');
  });

  test.each([
    [['--unit', 'Chi cục Thủy sản'], /"Chi cục Thủy sản" khác đơn vị ghi trên sổ "Chi cục Chăn nuôi và Thú y"/],
    [['--unit', 'Chi cục Chăn nuôi'], /"Chi cục Chăn nuôi" khác đơn vị ghi trên sổ "Chi cục Chăn nuôi và Thú y"/],
    [['--unit', 'Chi cục Chăn nuôi', '--add-unit'], /khác đơn vị ghi trên sổ/],
  ])('%j contradicts the register → exit 1, both units named, nothing written', async (args, message) => {
    const io = memoryIo({ 'so.xlsx': register });
    expect(await main(['forms', 'so.xlsx', '--period', '2024-Q1', ...args, '--out', 'bieu.xlsx'], io)).toBe(1);
    expect(io.err).toMatch(message);
    expect(io.files.has('bieu.xlsx')).toBe(false);
  });

  test('a unit not in the directory is refused unless --add-unit', async () => {
    const untitled = await buildRegisterXlsx({ ...QUARTER_REGISTER, titleLines: ['SỔ THEO DÕI HỒ SƠ', ''] });
    const refused = memoryIo({ 'so.xlsx': untitled });
    expect(await main(['forms', 'so.xlsx', '--period', '2024-Q1', '--unit', 'Chi cục Chăn nuôi'], refused)).toBe(1);
    expect(refused.err).toMatch(/"Chi cục Chăn nuôi" không có trong Danh mục đơn vị.*--add-unit/);
    const added = memoryIo({ 'so.xlsx': untitled });
    expect(await main(['forms', 'so.xlsx', '--period', '2024-Q1', '--unit', 'Chi cục Chăn nuôi', '--add-unit', '--json'], added)).toBe(0);
    expect(JSON.parse(added.out).unit).toBe('Chi cục Chăn nuôi');
    const missing = memoryIo({ 'so.xlsx': untitled });
    expect(await main(['forms', 'so.xlsx', '--period', '2024-Q1'], missing)).toBe(2);
    expect(missing.err).toMatch(/Thiếu --unit/);
  });
});
