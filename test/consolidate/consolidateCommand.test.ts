import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { departmentSheetName } from '../../src/core/consolidate/departmentForms';
import { parsePeriodCode } from '../../src/core/periods/periods';
import { consistentRow, unitWorkbookBytes, Q1_2024, Q4_2023 } from '../fixtures/unitForms';
import { memoryIo } from '../support/memoryIo';
import { badFiles, goodFiles, EXPECTED_DEPARTMENT, EXPECTED_MISSING, EXPECTED_TOTAL } from '../fixtures/unitFormsSet';

const ROOT = join(__dirname, '..', '..');

function diskIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: async (p) => new Uint8Array(readFileSync(p)),
    writeFile: async (p, b) => writeFileSync(p, b),
    today: () => '2024-03-20',
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const KEYS = ['c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11', 'c12', 'c13'];

describe('kstthc consolidate', () => {
  let dir: string;
  let good: string[];
  let bad: { path: string; reason: RegExp }[];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kstthc-consolidate-'));
    good = [];
    for (const f of await goodFiles()) {
      writeFileSync(join(dir, f.file), f.bytes);
      good.push(join(dir, f.file));
    }
    bad = [];
    for (const f of await badFiles()) {
      writeFileSync(join(dir, f.file), f.bytes);
      bad.push({ path: join(dir, f.file), reason: f.reason });
    }
  });

  test('--json: one JSON document (SPEC §10) with every file, the sums and the units that sent nothing', async () => {
    const { io, stdout, stderr } = diskIo();
    const files = [...good.slice(0, 2), ...bad.map((b) => b.path), ...good.slice(2)];
    const code = await main(['consolidate', ...files, '--period', '2024-Q1', '--json'], io);
    expect([code, stderr()]).toEqual([0, '']);
    const doc = JSON.parse(stdout());
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(['period', 'files', 'missingUnits', 'ii05a', 'ii06a']));
    expect(doc.period).toMatchObject({ code: '2024-Q1', label: 'Quý I/2024', from: '2023-12-15', to: '2024-03-14' });
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual(files);
    for (const b of bad) {
      const f = doc.files.find((x: { file: string }) => x.file === b.path);
      expect(f.status).toBe('rejected');
      expect(f.reason).toMatch(b.reason);
      expect(Array.isArray(f.warnings)).toBe(true);
    }
    expect(doc.files.filter((f: { status: string }) => f.status === 'accepted').map((f: { file: string }) => f.file)).toEqual(good);
    expect(doc.files.find((f: { status: string }) => f.status === 'accepted')).not.toHaveProperty('reason');
    expect(doc.ii05a.rows.map((r: Record<string, unknown>) => [r.field, ...KEYS.map((k) => r[k])])).toEqual(EXPECTED_DEPARTMENT);
    expect(KEYS.map((k) => doc.ii05a.total[k])).toEqual(EXPECTED_TOTAL);
    expect(doc.ii06a.rows[0]).toEqual(expect.objectContaining({ unit: 'Chi cục Thủy sản', field: 'Thủy sản', count: 1, reason: '=HYPERLINK("http://x","y")' }));
    expect(doc.missingUnits).toEqual(EXPECTED_MISSING);
  });

  test('--out: the department workbook is written, the sources stay byte-identical, unit text stays text', async () => {
    const files = [...good, ...bad.map((b) => b.path)];
    const before = files.map(sha256);
    const out = join(dir, 'tong-hop.xlsx');
    const { io, stdout } = diskIo();
    expect(await main(['consolidate', ...files, '--period', '2024-Q1', '--out', out], io)).toBe(0);
    expect(files.map(sha256)).toEqual(before);
    expect(stdout()).toMatch(/✘ .*bao-cao-cu\.xls — bị từ chối: .*\.xlsx/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    book.getWorksheet(departmentSheetName('II.06a', parsePeriodCode('2024-Q1')!))!.eachRow((row) => row.eachCell((c) => cells.push(c)));
    const cell = cells.find((c) => c.value === '=HYPERLINK("http://x","y")');
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cells.find((c) => c.value === '+ chờ bổ sung hồ sơ')?.type).toBe(ExcelJS.ValueType.String);
  });

  test('--out an existing department workbook: its directory is used, its other sheets stay, its own sheets are replaced', async () => {
    const wb = new ExcelJS.Workbook();
    const directory = wb.addWorksheet('Danh mục đơn vị');
    directory.addRows([['Tên đơn vị', 'Giải quyết TTHC'], ['Chi cục Thủy sản', 'x'], ['Ban Quản lý cảng cá', 'x'], ['Văn phòng Sở', '']]);
    wb.addWorksheet('Ghi chép').getCell('A1').value = 'giữ nguyên';
    const out = join(dir, 'so-nn.xlsx');
    writeFileSync(out, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    for (let run = 0; run < 2; run++) {
      const { io, stdout } = diskIo();
      expect(await main(['consolidate', good[0], '--period', '2024-Q1', '--json', '--out', out], io)).toBe(0);
      expect(JSON.parse(stdout()).missingUnits).toEqual(['Ban Quản lý cảng cá']);
    }
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const q1 = parsePeriodCode('2024-Q1')!;
    expect(book.worksheets.map((w) => w.name).filter((n) => !n.startsWith('_'))).toEqual(
      expect.arrayContaining(['Danh mục đơn vị', 'Ghi chép', departmentSheetName('II.05a', q1), departmentSheetName('II.06a', q1), 'Kiểm tra tổng hợp']),
    );
    expect(book.worksheets.filter((w) => w.name === departmentSheetName('II.05a', q1))).toHaveLength(1);
    expect(book.getWorksheet('Ghi chép')!.getCell('A1').value).toBe('giữ nguyên');
  });

  test('--out a file that is not a workbook: exit 1, the file is left as it was', async () => {
    const out = join(dir, 'ghi-chu.txt');
    writeFileSync(out, 'ghi chú quan trọng');
    const before = sha256(out);
    const { io, stderr } = diskIo();
    expect(await main(['consolidate', good[0], '--period', '2024-Q1', '--out', out], io)).toBe(1);
    expect(stderr()).toMatch(/không phải sổ tính Excel/);
    expect(sha256(out)).toBe(before);
  });

  test('a file that does not exist is one rejected entry; the rest consolidates', async () => {
    const { io, stdout } = diskIo();
    const missing = join(dir, 'khong-co.xlsx');
    expect(await main(['consolidate', missing, good[0], '--period', '2024-Q1', '--json'], io)).toBe(0);
    const doc = JSON.parse(stdout());
    expect(doc.files[0]).toMatchObject({ file: missing, status: 'rejected', reason: expect.stringMatching(/không tồn tại/) });
    expect(doc.files[1].status).toBe('accepted');
  });

  test('no usable input: exit 1, the JSON still says why', async () => {
    const { io, stdout, stderr } = diskIo();
    expect(await main(['consolidate', ...bad.slice(3).map((b) => b.path), '--period', '2024-Q1', '--json'], io)).toBe(1);
    expect(JSON.parse(stdout()).files.every((f: { status: string }) => f.status === 'rejected')).toBe(true);
    expect(stderr()).toMatch(/Không có tệp nào dùng được/);
  });

  test('--previous: carry-over differences are reported', async () => {
    const previous = join(dir, 'thuy-san-q4.xlsx');
    writeFileSync(previous, await unitWorkbookBytes({ unit: 'Chi cục Thủy sản', period: Q4_2023, ii05a: [consistentRow('Thủy sản', 5, 0, 0, 0, 0, 0, 0)], ii06a: [], style: { noIi06a: true } }));
    const { io, stdout } = diskIo();
    expect(await main(['consolidate', good[0], '--period', '2024-Q1', '--previous', previous, '--json'], io)).toBe(0);
    const doc = JSON.parse(stdout());
    expect(doc.carryOver).toEqual([expect.objectContaining({ unit: 'Chi cục Thủy sản', field: 'Thủy sản', thisQuarter: 1, lastQuarter: 5 })]);
    expect(doc.files[0].warnings).toEqual([doc.carryOver[0].message]);
  });

  test.each([
    [['consolidate', '--period', '2024-Q1'], /Thiếu tệp/],
    [['consolidate', 'a.xlsx'], /Thiếu --period/],
    [['consolidate', 'a.xlsx', '--period', 'Q1-2024'], /không hợp lệ/],
    [['consolidate', 'a.xlsx', '--period', '2024-Q1', '--bogus'], /^Tham số của lệnh "consolidate" không đúng: không có tùy chọn "--bogus"\./],
    [['consolidate', 'a.xlsx', '--period', '2024-Q1', '--out', 'a.xlsx'], /tệp nguồn/],
  ])('usage error %j → exit 2', async (argv, message) => {
    const { io, stderr, stdout } = diskIo();
    expect(await main(argv, io)).toBe(2);
    expect(stderr()).toMatch(message);
    expect(stdout()).toBe('');
  });

  test('the real bin, spawned: exit 0 and one JSON document on stdout', () => {
    execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, stdio: 'pipe', timeout: 180_000 });
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'kstthc.js'), 'consolidate', ...good, bad[4].path, '--period', '2024-Q1', '--json'], { encoding: 'utf8', timeout: 60_000 });
    expect([run.status, run.stderr]).toEqual([0, '']);
    const doc = JSON.parse(run.stdout);
    expect(KEYS.map((k) => doc.ii05a.total[k])).toEqual(EXPECTED_TOTAL);
    expect(doc.files.at(-1)).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/\.xls/) });
  }, 240_000);
});

describe('kstthc consolidate: two differing files of one unit (issue 14)', () => {
  test('the one saved last is kept whatever the argument order, and stderr says so naming both', async () => {
    const spec = { unit: 'Chi cục Trồng trọt và Bảo vệ thực vật', period: Q1_2024, ii06a: [] };
    const files = {
      'TT_Q1.xlsx': await unitWorkbookBytes({ ...spec, ii05a: [consistentRow('Trồng trọt', 1, 1, 0, 1, 1, 0, 0)], savedAt: new Date('2024-03-16T03:00:00Z') }),
      'TT_Q1 (1).xlsx': await unitWorkbookBytes({ ...spec, ii05a: [consistentRow('Trồng trọt', 5, 1, 0, 1, 5, 0, 0)], savedAt: new Date('2024-03-15T03:00:00Z') }),
    };
    for (const order of [['TT_Q1.xlsx', 'TT_Q1 (1).xlsx'], ['TT_Q1 (1).xlsx', 'TT_Q1.xlsx']]) {
      const io = memoryIo(files);
      expect(await main(['consolidate', ...order, '--period', '2024-Q1', '--json'], io)).toBe(0);
      const doc = JSON.parse(io.out);
      expect(doc.files.find((f: { file: string }) => f.file === 'TT_Q1.xlsx').status).toBe('accepted');
      expect(doc.files.find((f: { file: string }) => f.file === 'TT_Q1 (1).xlsx')).toMatchObject({ status: 'rejected', reason: expect.stringContaining('Bị thay bằng tệp "TT_Q1.xlsx"') });
      expect(doc.ii05a.total.c3).toBe(2);
      expect(io.err).toMatch(/^CẢNH BÁO: Đơn vị "Chi cục Trồng trọt và Bảo vệ thực vật" gửi 2 tệp khác số liệu: "TT_Q1\.xlsx" \(lưu lúc 10:00 ngày 16\/03\/2024\) và "TT_Q1 \(1\)\.xlsx" \(lưu lúc 10:00 ngày 15\/03\/2024\)\. Dùng "TT_Q1\.xlsx" vì được lưu sau cùng\./m);
    }
  });
});
