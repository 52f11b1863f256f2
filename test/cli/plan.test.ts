import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import type { PlanJsonDocument } from '../../src/cli/planJson';
import {
  EXPECTED_SEED_PLAN,
  SEED_VARIANTS,
  buildSeedPlanWorkbook,
  comparableTasks,
  comparableText,
  seedPlanFixture,
  type SeedLayout,
  type SeedVariantName,
} from '../fixtures/seedAppendix';

const run = promisify(execFile);
const ROOT = path.join(__dirname, '..', '..');

/** An in-process CLI: files from a map (else the disk), outputs captured. */
function fakeIo(files: Record<string, Uint8Array> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: async (p) => files[p] ?? new Uint8Array(await fs.readFile(p)),
    writeFile: async () => {
      throw new Error('plan writes nothing yet');
    },
    today: () => '2024-03-31',
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

async function bytesOf(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const CASES: [SeedLayout, SeedVariantName][] = (['pdf', 'word'] as SeedLayout[]).flatMap((layout) =>
  (Object.keys(SEED_VARIANTS) as SeedVariantName[]).map((v): [SeedLayout, SeedVariantName] => [layout, v]),
);

describe('kstthc plan --json (in-process)', () => {
  test.each(CASES)('%s layout, %s variant: the seed plan, texts and rows', async (layout, variant) => {
    const file = `${layout}-${variant}.xlsx`;
    const cli = fakeIo({ [file]: await buildSeedPlanWorkbook(layout, variant) });
    expect(await main(['plan', file, '--json'], cli.io)).toBe(0);
    expect(cli.stderr()).toBe('');
    const doc = JSON.parse(cli.stdout()) as PlanJsonDocument;
    const fixture = seedPlanFixture(layout, variant);
    expect(doc.sheet).toBe(fixture.sheet);
    expect(doc.year).toBe(2024);
    expect(doc.asOf).toBeNull();
    expect(doc.sections.map((s) => [s.code, comparableText(s.title)])).toEqual(EXPECTED_SEED_PLAN.sections.map((s) => [s.code, comparableText(s.title)]));
    expect(doc.tasks).toHaveLength(37);
    expect(doc.tasks.flatMap((t) => t.deliverables)).toHaveLength(40);
    expect(comparableTasks(doc.tasks)).toEqual(comparableTasks(EXPECTED_SEED_PLAN.tasks));
    for (const t of doc.tasks) for (const d of t.deliverables) expect(d.rows).toEqual(fixture.deliverableRows.get(`${t.no}${d.key}`));
    const task = (no: number) => doc.tasks.find((t) => t.no === no)!;
    expect(task(4).deliverables[0].timing).toBe('Thường xuyên');
    expect(task(34).deliverables[0].timing).toBe('Theo lộ trình Công văn');
    expect(task(30).deliverables[1].lead).toBe('Các phòng, cơ quan, đơn vị thuộc Sở có liên quan.');
    expect(doc.warnings.every((w) => typeof w.message === 'string' && (w.row === null || Number.isInteger(w.row)))).toBe(true);
  });

  test('the PDF layout lists its guesses as warnings with rows', async () => {
    const cli = fakeIo({ 'a.xlsx': await buildSeedPlanWorkbook('pdf') });
    expect(await main(['plan', 'a.xlsx', '--json'], cli.io)).toBe(0);
    const doc = JSON.parse(cli.stdout()) as PlanJsonDocument;
    expect(doc.warnings).toContainEqual({ row: 98, message: expect.stringMatching(/Kết quả bắt đầu câu mới/) });
    expect(doc.warnings).toHaveLength(14);
  });

  test('without --json: a short Vietnamese summary', async () => {
    const cli = fakeIo({ 'k.xlsx': await buildSeedPlanWorkbook('pdf') });
    expect(await main(['plan', 'k.xlsx'], cli.io)).toBe(0);
    const lines = cli.stdout().split('\n');
    expect(lines.slice(0, 4)).toEqual(['Trang tính: Phụ lục', 'Năm kế hoạch: 2024', '12 mục, 37 nhiệm vụ, 40 kết quả (dòng 7–119).', '14 cảnh báo, 5 cảnh báo đầu:']);
    expect(lines[4]).toBe("  - Trang tính 'Phụ lục', dòng 23: Không có STT, ngay sau tiêu đề lặp lại (ngắt trang): nối tiếp từng ô vào nhiệm vụ 4.");
    expect(cli.stderr()).toBe('');
  });

  test('--sheet chooses the sheet; status options are accepted', async () => {
    const cli = fakeIo({ 's.xlsx': await buildSeedPlanWorkbook('word', 'shifted') });
    const code = await main(['plan', 's.xlsx', '--sheet', 'Kế hoạch 2024', '--json', '--as-of', '2024-03-31', '--window', '7', '--unit', 'Văn phòng Sở'], cli.io);
    expect(code).toBe(0);
    expect((JSON.parse(cli.stdout()) as PlanJsonDocument).sheet).toBe('Kế hoạch 2024');
  });

  test.each([
    ['a file that is not a workbook', { 'x.xlsx': new TextEncoder().encode('STT\tNội dung\n1\tViệc') }, ['plan', 'x.xlsx'], /^Tệp "x\.xlsx" không phải sổ tính Excel \(\.xlsx\)\.\n$/],
    ['a file that does not exist', {}, ['plan', '/nonexistent/ke-hoach.xlsx'], /^Tệp "\/nonexistent\/ke-hoach\.xlsx" không tồn tại\.\n$/],
    ['a sheet that does not exist', 'seed', ['plan', 'seed.xlsx', '--sheet', 'Không có'], /^seed\.xlsx: Sổ tính không có trang tính "Không có" \(các trang tính: "Phụ lục"\)\.\n$/],
  ] as const)('%s: exit 1, one Vietnamese sentence on stderr', async (_name, files, argv, message) => {
    const cli = fakeIo(files === 'seed' ? { 'seed.xlsx': await buildSeedPlanWorkbook('pdf') } : files);
    expect(await main([...argv], cli.io)).toBe(1);
    expect(cli.stderr()).toMatch(message);
    expect(cli.stdout()).toBe('');
  });

  test('an empty workbook: exit 1, one sentence', async () => {
    const cli = fakeIo({ 'trong.xlsx': await bytesOf((wb) => void wb.addWorksheet('Sheet1')) });
    expect(await main(['plan', 'trong.xlsx', '--json'], cli.io)).toBe(1);
    expect(cli.stderr()).toBe('Sổ tính "trong.xlsx" trống: không có ô nào có dữ liệu.\n');
    expect(cli.stdout()).toBe('');
  });

  test('a workbook without a plan table: exit 1, one sentence', async () => {
    const bytes = await bytesOf((wb) => {
      const ws = wb.addWorksheet('Danh sách');
      ws.addRow(['STT', 'Tên đơn vị']);
      ws.addRow([1, 'Văn phòng Sở']);
    });
    const cli = fakeIo({ 'ds.xlsx': bytes });
    expect(await main(['plan', 'ds.xlsx', '--json'], cli.io)).toBe(1);
    expect(cli.stderr()).toMatch(/^ds\.xlsx: Không tìm thấy bảng kế hoạch trong sổ tính: cần một dòng tiêu đề có các cột STT, Nội dung công việc, Kết quả công việc, Chủ trì, Phối hợp và Thời gian thực hiện\.\n$/);
    expect(cli.stdout()).toBe('');
  });

  test.each([
    [['plan'], /^Thiếu tệp kế hoạch/],
    [['plan', 'a.xlsx', 'b.xlsx'], /^Lệnh "plan" chỉ nhận một tệp kế hoạch\./],
    [['plan', 'a.xlsx', '--bogus'], /^Tham số của lệnh "plan" không đúng/],
  ])('usage error %j: exit 2', async (argv, message) => {
    const cli = fakeIo();
    expect(await main(argv, cli.io)).toBe(2);
    expect(cli.stderr()).toMatch(message);
  });
});

describe('the real bin/kstthc.js', () => {
  let dir: string;
  beforeAll(async () => {
    await run('npx', ['tsc', '-p', 'tsconfig.cli.json'], { cwd: ROOT });
    dir = await fs.mkdtemp(path.join(tmpdir(), 'kstthc-plan-'));
    await fs.writeFile(path.join(dir, 'ke-hoach.xlsx'), await buildSeedPlanWorkbook('pdf'));
    await fs.writeFile(path.join(dir, 'khong-phai.xlsx'), 'không phải sổ tính');
  }, 180_000);
  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  test('plan --json prints one JSON document and exits 0', async () => {
    const { stdout, stderr } = await run('node', [path.join(ROOT, 'bin', 'kstthc.js'), 'plan', path.join(dir, 'ke-hoach.xlsx'), '--json']);
    const doc = JSON.parse(stdout) as PlanJsonDocument;
    expect([doc.sections.length, doc.tasks.length, doc.tasks.flatMap((t) => t.deliverables).length]).toEqual([12, 37, 40]);
    expect(stderr).toBe('');
  });

  test('a file that is not a workbook exits 1 with one sentence, no stack trace', async () => {
    const failed = await run('node', [path.join(ROOT, 'bin', 'kstthc.js'), 'plan', path.join(dir, 'khong-phai.xlsx')]).then(
      () => null,
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).toBe('');
    expect(failed?.stderr.trim().split('\n')).toHaveLength(1);
    expect(failed?.stderr).toMatch(/không phải sổ tính Excel/);
  });
});
