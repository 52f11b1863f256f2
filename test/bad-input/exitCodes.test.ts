import { memoryIo } from '../support/memoryIo';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { main } from '../../src/cli/main';
import { unitWorkbookBytes } from '../fixtures/unitForms';
import { GOOD_SPECS } from '../fixtures/unitFormsSet';
import {
  docxBytes,
  encryptedBytes,
  FORM_FIRST_ROW,
  FORM_SHEET,
  planSheets,
  randomBytes,
  registerSheet,
  set,
  truncated,
  unitSheets,
  xlsBytes,
  xlsxOf,
  type RawSheet,
} from './corpus';

/**
 * SPEC §10 everywhere: exit 0 on success (warnings included), 1 when the input cannot be
 * used, 2 on a usage error; messages on stderr, one JSON document on stdout with --json;
 * never a stack trace. In-process for every command, then through the real bin.
 */

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'kstthc.js');
const LEAKS = /\bundefined\b|\bNaN\b|\[object Object\]|\n\s+at .+:\d+:\d+|\b(Type|Range|Reference|Syntax)Error\b|Lỗi không mong đợi/;

let files: Record<string, Uint8Array>;

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(files);
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

const Q = ['--period', '2024-Q1'];
const UNIT = ['--unit', 'Chi cục Thủy sản'];

/** [argv, exit status, what stderr says]. */
const TABLE: [string[], 0 | 1 | 2, RegExp][] = [
  [[], 2, /Cách dùng/],
  [['--help'], 0, /^$/],
  [['xoa-het'], 2, /Lệnh không có: "xoa-het"/],
  [['plan'], 2, /Thiếu tệp kế hoạch/],
  [['plan', 'ke-hoach.xlsx', '--as-of', '31/02/2024'], 2, /--as-of/],
  [['plan', 'ke-hoach.xlsx', '--window', '-3'], 2, /--window/],
  [['plan', 'ke-hoach.xlsx', '--year', 'hai nghìn'], 2, /--year/],
  [['plan', 'ke-hoach.xlsx', '--khong-co'], 2, /không đúng/],
  [['plan', 'khong-co.xlsx'], 1, /không tồn tại/],
  [['plan', 'rong.xlsx'], 1, /rỗng/],
  [['plan', 'so.xlsx'], 1, /Không tìm thấy bảng kế hoạch/],
  [['plan', 'ke-hoach.xlsx', '--sheet', 'Không có'], 1, /Không có/],
  [['plan', 'ke-hoach.xlsx', '--out', 'ke-hoach.xlsx'], 2, /không ghi đè/],
  [['plan', 'ke-hoach.xlsx'], 0, /^$/],
  [['init', 'ke-hoach.xlsx'], 2, /--out/],
  [['init', 'rong.xlsx', '--out', 'x.xlsx'], 1, /rỗng/],
  [['init', 'ke-hoach.xlsx', '--out', 'ke-hoach.xlsx'], 2, /không ghi đè tệp gốc/],
  [['consolidate', 'thuy-san.xlsx', ...Q, '--out', 'thuy-san.xlsx'], 2, /không bao giờ bị ghi đè/],
  [['forms', 'so.xlsx', ...UNIT], 2, /Thiếu --period/],
  [['forms', 'so.xlsx', '--period', '2024-Q5', ...UNIT], 2, /2024-Q5/],
  [['forms', 'so.xlsx', ...Q], 2, /--unit/],
  [['forms', 'so.xlsx', ...Q, ...UNIT, '--map', 'kenh=Z'], 2, /--map/],
  [['forms', 'so.xlsx', 'so.xlsx', ...Q, ...UNIT], 2, /một tệp/],
  [['forms', 'cat-doi.xlsx', ...Q, ...UNIT], 1, /bị hỏng/],
  [['forms', 'ke-hoach.xlsx', ...Q, ...UNIT], 1, /Không tìm thấy sổ theo dõi/],
  [['forms', 'so.xlsx', ...Q, ...UNIT], 0, /^$/],
  [['consolidate', ...Q], 2, /./],
  [['consolidate', 'thuy-san.xlsx'], 2, /--period/],
  [['consolidate', 'cu.xls', ...Q], 1, /Không có tệp nào dùng được/],
  [['consolidate', 'thuy-san.xlsx', 'cu.xls', 'khong-co.xlsx', ...Q], 0, /^$/],
  [['remind', 'ke-hoach.xlsx'], 2, /--out/],
  [['remind', 'ke-hoach.xlsx', '--window', '-3', '--out', 'thu'], 2, /--window/],
  [['remind', 'rong.xlsx', '--out', 'thu'], 1, /rỗng/],
  [['remind', 'so.xlsx', '--out', 'thu'], 1, /Không tìm thấy bảng kế hoạch/],
  [['remind', 'ke-hoach.xlsx', '--reports', 'cu.xls', 'khong-co.xlsx', ...Q, '--out', 'thu'], 0, /khong-co\.xlsx/],
];

beforeAll(async () => {
  files = {
    'ke-hoach.xlsx': await xlsxOf(planSheets()),
    'so.xlsx': await xlsxOf([registerSheet()]),
    'rong.xlsx': new Uint8Array(0),
    'cu.xls': xlsBytes(),
    'thuy-san.xlsx': await unitWorkbookBytes(GOOD_SPECS['thuy-san.xlsx']),
  };
  files['cat-doi.xlsx'] = truncated(files['so.xlsx']);
});

describe('exit status and streams, in-process', () => {
  test.each(TABLE)('%j → exit %d', async (argv, code, says) => {
    const r = await run(argv);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(says);
    expect(`${r.out}\n${r.err}`).not.toMatch(LEAKS);
    // consolidate still prints each file's fate when none could be used; the others print nothing.
    if (code !== 0 && argv[0] !== 'consolidate') expect(r.out).toBe('');
    if (code === 2) expect(r.err).toContain('Cách dùng');
    if (argv.length > 1 && code !== 2 && argv[0] !== 'init') {
      // The same with --json: the status does not change; stdout is one JSON document or nothing.
      const j = await run([...argv, '--json']);
      expect(j.code).toBe(code);
      expect(`${j.out}\n${j.err}`).not.toMatch(LEAKS);
      if (code === 0 || j.out !== '') expect(() => JSON.parse(j.out)).not.toThrow();
      if (code === 1) expect(j.err.trim()).not.toBe('');
    }
  });
});

describe('the real bin, spawned', () => {
  const exec = promisify(execFile);
  let dir: string;
  const spawn = (args: string[]) =>
    exec('node', [BIN, ...args], { cwd: dir, env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh' } }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );

  /** A folder of what a quarter's mail brings: one good unit workbook and every kind of bad file. */
  const BAD: [string, () => Promise<Uint8Array>, RegExp][] = [
    ['rong.xlsx', async () => new Uint8Array(0), /rỗng/],
    ['anh.xlsx', async () => randomBytes(2048, 5), /không phải sổ tính Excel/],
    ['cat-doi.xlsx', async () => truncated(await unitWorkbookBytes(GOOD_SPECS['kiem-lam.xlsx'])), /bị hỏng/],
    ['bao-cao-cu.xlsx', async () => xlsBytes(), /\.xls/],
    ['mat-khau.xlsx', async () => encryptedBytes(), /mật khẩu/],
    ['cong-van.xlsx', async () => docxBytes(), /là văn bản Word \(\.docx\) được đổi tên/],
    ['trang.xlsx', () => xlsxOf([{ name: 'Sheet1', values: [] }]), /Không tìm thấy biểu/],
    ['so-am.xlsx', () => formWith((s) => (s.values[FORM_FIRST_ROW - 1][4] = -2)), /dòng 17/],
    ['chu-trong-o-so.xlsx', () => formWith((s) => (s.values[FORM_FIRST_ROW - 1][3] = 'bảy')), /dòng 17/],
    ['thieu-cot.xlsx', () => formWith((s) => (s.values = s.values.map((l) => l.slice(0, 11)))), /./],
    ['quy-v.xlsx', () => formWith((s) => set(s, 9, 2, 'Kỳ báo cáo: Quý V/2024')), /[Kk]ỳ/],
  ];
  async function formWith(mutate: (s: RawSheet) => void): Promise<Uint8Array> {
    const sheets = await unitSheets();
    mutate(sheets.find((s) => s.name === FORM_SHEET)!);
    return xlsxOf(sheets);
  }

  beforeAll(async () => {
    await exec('npx', ['tsc', '-p', 'tsconfig.cli.json'], { cwd: ROOT });
    dir = await fs.mkdtemp(join(tmpdir(), 'kstthc-bad-input-'));
    await fs.writeFile(join(dir, 'thuy-san.xlsx'), files['thuy-san.xlsx']);
    await fs.writeFile(join(dir, 'ke-hoach.xlsx'), files['ke-hoach.xlsx']);
    for (const [name, make] of BAD) await fs.writeFile(join(dir, name), await make());
  }, 180_000);
  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  test('consolidating the folder: the good file accepted, each bad one rejected with its reason; exit 0, one JSON document', async () => {
    const names = (await fs.readdir(dir)).filter((f) => f !== 'ke-hoach.xlsx').sort();
    const r = await spawn(['consolidate', ...names, ...Q, '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout) as { files: { file: string; status: string; reason?: string }[] };
    expect(doc.files.filter((f) => f.status === 'accepted').map((f) => f.file)).toEqual(['thuy-san.xlsx']);
    for (const [name, , reason] of BAD) {
      const f = doc.files.find((x) => x.file === name);
      expect([name, f?.status]).toEqual([name, 'rejected']);
      expect([name, f?.reason]).toEqual([name, expect.stringMatching(reason)]);
    }
    expect(r.stdout).not.toMatch(LEAKS);
    // Without --json the officer reads every file's fate.
    const text = await spawn(['consolidate', ...names, ...Q]);
    expect(text.code).toBe(0);
    for (const [name] of BAD) expect(text.stdout).toContain(name);
    expect(`${text.stdout}${text.stderr}`).not.toMatch(LEAKS);
  }, 60_000);

  test.each([
    [['plan', 'rong.xlsx', '--json'], 1],
    [['plan', 'bao-cao-cu.xlsx'], 1],
    [['forms', 'cat-doi.xlsx', ...Q, ...UNIT, '--json'], 1],
    [['consolidate', 'anh.xlsx', 'mat-khau.xlsx', ...Q], 1],
    [['plan', 'ke-hoach.xlsx', '--as-of', 'hôm nay'], 2],
    [['khong-co-lenh'], 2],
    [['plan', 'ke-hoach.xlsx', '--as-of', '2024-03-10', '--json'], 0],
  ])('%j → exit %d, stderr a sentence, no stack trace', async (args, code) => {
    const r = await spawn(args as string[]);
    expect(r.code).toBe(code);
    expect(`${r.stdout}\n${r.stderr}`).not.toMatch(LEAKS);
    if (code === 0) expect(() => JSON.parse(r.stdout)).not.toThrow();
    else expect(r.stderr.trim()).not.toBe('');
    if (code !== 0 && !(args as string[]).includes('consolidate')) expect(r.stdout).toBe('');
  }, 60_000);
});
