import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { main } from '../../src/cli/main';
import { UNIT_DIRECTORY_SHEET } from '../../src/core/units/directory';
import { buildSeedPlanWorkbook } from '../fixtures/seedAppendix';
import { badFiles, goodFiles, EXPECTED_MISSING } from '../fixtures/unitFormsSet';
import { memoryIo } from '../support/memoryIo';

const ROOT = join(__dirname, '..', '..');
const decode = (b: Uint8Array) => new TextDecoder().decode(b);

interface RemindJson {
  kind: string;
  asOf: string;
  window?: number;
  sender: { name: string; email: string };
  reminders: { unit: string; emails: string[]; file?: string; subject: string; counts: { overdue: number; dueSoon: number }; items: { task: string; status: string; due: string | null }[]; period?: { label: string; deadline: string }; warnings: string[] }[];
}

/** The seed plan with a "Danh mục đơn vị" that gives two units an address. */
async function seedWithDirectory(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildSeedPlanWorkbook('word')) as unknown as ArrayBuffer);
  const ws = wb.addWorksheet(UNIT_DIRECTORY_SHEET);
  ws.addRow(['STT', 'Tên đơn vị', 'Tên viết tắt', 'Loại', 'Giải quyết TTHC', 'Email']);
  ws.addRow([1, 'Văn phòng Sở', 'VP', 'Văn phòng', 'Không', 'vanphong@snn.quangngai.gov.vn']);
  ws.addRow([2, 'Chi cục Thủy sản', 'CCTS', 'Chi cục', 'Có', 'ccts@quangngai.gov.vn']);
  ws.addRow([3, 'Chi cục Kiểm lâm', 'CCKL', 'Chi cục', 'Có', '']);
  ws.addRow([4, 'Chi cục Thủy lợi', 'CCTL', 'Chi cục', 'Có', 'cctl@quangngai.gov.vn']);
  ws.addRow([5, 'Phòng Kế hoạch - Tài chính', 'KHTC', 'Phòng', 'Không', '']);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('kstthc remind (in-process)', () => {
  let seed: Uint8Array;
  beforeAll(async () => {
    seed = await seedWithDirectory();
  });

  test('--json lists the reminders of the lead units that are late, stdout only JSON', async () => {
    const io = memoryIo({ 'kh.xlsx': seed });
    expect(await main(['remind', 'kh.xlsx', '--as-of', '2024-03-10', '--json'], io)).toBe(0);
    const doc = JSON.parse(io.out) as RemindJson;
    expect(doc).toMatchObject({ kind: 'plan', asOf: '2024-03-10', window: 7, sender: { name: 'Văn phòng Sở', email: 'vanphong@snn.quangngai.gov.vn' } });
    expect(doc.reminders.length).toBeGreaterThan(0);
    const vp = doc.reminders.find((r) => r.unit === 'Văn phòng Sở')!;
    expect(vp.emails).toEqual(['vanphong@snn.quangngai.gov.vn']);
    expect(vp.items.some((i) => i.task === '7' && i.status === 'overdue' && i.due === '2024-02-19')).toBe(true);
    for (const r of doc.reminders) {
      expect(r.items.every((i) => i.status === 'overdue' || i.status === 'due-soon')).toBe(true);
      expect(r.file).toBeUndefined();
    }
    // A unit without an address is still reminded, with a warning on stderr.
    const noAddress = doc.reminders.filter((r) => r.emails.length === 0);
    expect(noAddress.length).toBeGreaterThan(0);
    for (const r of noAddress) expect(io.err).toContain(`Đơn vị "${r.unit}" chưa có địa chỉ email trong trang "Danh mục đơn vị"`);
    expect(io.files.size).toBe(1);
  });

  test('--out DIR writes DIR/<unit>.eml per reminder, drafts a real parser reads', async () => {
    const io = memoryIo({ 'kh.xlsx': seed });
    expect(await main(['remind', 'kh.xlsx', '--as-of', '2024-03-10', '--out', 'thu'], io)).toBe(0);
    const written = [...io.files.keys()].filter((k) => k !== 'kh.xlsx');
    expect(written).toContain(join('thu', 'Văn phòng Sở.eml'));
    expect(io.out).toMatch(/^\d+ đơn vị cần nhắc \(tính đến ngày 10\/03\/2024\):\n {2}- /);
    expect(io.out).toContain(`Đã ghi ${written.length} thư nháp (.eml) vào thư mục "thu"`);
    const mail = await simpleParser(decode(io.files.get(join('thu', 'Văn phòng Sở.eml'))!));
    expect(mail.subject).toMatch(/^Đôn đốc thực hiện Kế hoạch kiểm soát TTHC năm 2024 - Văn phòng Sở \(/);
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.text).toContain('Kính gửi: Văn phòng Sở.');
    expect(mail.html).toContain('<table');
  });

  test('--unit limits to one unit; a unit with nothing late: exit 0 and a message', async () => {
    const io = memoryIo({ 'kh.xlsx': seed });
    expect(await main(['remind', 'kh.xlsx', '--as-of', '2024-03-10', '--unit', 'VP', '--json'], io)).toBe(0);
    expect((JSON.parse(io.out) as RemindJson).reminders.map((r) => r.unit)).toEqual(['Văn phòng Sở']);

    const early = memoryIo({ 'kh.xlsx': seed });
    expect(await main(['remind', 'kh.xlsx', '--as-of', '2024-01-02', '--window', '0', '--out', 'thu'], early)).toBe(0);
    expect(early.out).toBe('');
    expect(early.err).toContain('Tính đến ngày 02/01/2024 không có nhiệm vụ nào quá hạn hoặc sắp đến hạn (trong 0 ngày): không cần nhắc việc.');
    expect([...early.files.keys()]).toEqual(['kh.xlsx']);
  });

  test('--reports: the TTHC units without an accepted file for the period, naming the period and the deadline', async () => {
    const units = [...(await goodFiles()), ...(await badFiles()).slice(0, 3)];
    const io = memoryIo({ 'kh.xlsx': seed, ...Object.fromEntries(units.map((f) => [f.file, f.bytes])) }, '2024-03-20');
    expect(await main(['remind', 'kh.xlsx', '--reports', ...units.map((f) => f.file), '--period', '2024-Q1', '--json'], io)).toBe(0);
    const doc = JSON.parse(io.out) as RemindJson;
    expect(doc.kind).toBe('report');
    // The workbook's own directory decides: its TTHC units are Thủy sản and Kiểm lâm (both sent an
    // accepted file) and Thủy lợi (sent last quarter's file only); the default directory's others are not asked.
    expect(EXPECTED_MISSING).toContain('Chi cục Thủy lợi');
    expect(doc.reminders.map((r) => r.unit)).toEqual(['Chi cục Thủy lợi']);
    const tl = doc.reminders.find((r) => r.unit === 'Chi cục Thủy lợi')!;
    expect(tl.emails).toEqual(['cctl@quangngai.gov.vn']);
    expect(tl.period).toMatchObject({ label: 'Quý I/2024', deadline: '2024-03-16' });
    expect(tl.subject).toBe('Đôn đốc gửi báo cáo tình hình giải quyết TTHC Quý I/2024 - Chi cục Thủy lợi');
    expect(io.err).toContain('Tệp "thuy-loi-quy-truoc.xlsx" không được nhận: ');
  });

  test.each<[string, string[], RegExp]>([
    ['no plan', ['remind'], /Thiếu tệp kế hoạch/],
    ['neither --out nor --json', ['remind', 'kh.xlsx'], /Cần --out THƯ-MỤC/],
    ['two plans', ['remind', 'kh.xlsx', 'b.xlsx', '--json'], /chỉ nhận một tệp kế hoạch/],
    ['--reports without files', ['remind', 'kh.xlsx', '--reports', '--period', '2024-Q1', '--json'], /Thiếu tệp báo cáo/],
    ['--reports without --period', ['remind', 'kh.xlsx', '--reports', 'a.xlsx', '--json'], /Thiếu --period/],
    ['a bad period', ['remind', 'kh.xlsx', '--reports', 'a.xlsx', '--period', 'Q1', '--json'], /Kỳ "Q1" không hợp lệ/],
    ['--period without --reports', ['remind', 'kh.xlsx', '--period', '2024-Q1', '--json'], /--period chỉ dùng cùng --reports/],
    ['a day that does not exist', ['remind', 'kh.xlsx', '--as-of', '30/02/2024', '--json'], /Ngày --as-of "30\/02\/2024" không có thật/],
    ['an unknown unit', ['remind', 'kh.xlsx', '--unit', 'Sở Tài chính', '--json'], /Không có đơn vị "Sở Tài chính"/],
    ['an unknown option', ['remind', 'kh.xlsx', '--to', 'x', '--json'], /không có tùy chọn "--to"/],
  ])('usage error (exit 2): %s', async (_name, argv, message) => {
    const io = memoryIo({ 'kh.xlsx': seed });
    expect(await main(argv, io)).toBe(2);
    expect(io.err).toMatch(message);
    expect(io.err).toContain('kstthc remind <kế-hoạch.xlsx>');
    expect(io.out).toBe('');
  });

  test('a plan workbook without "Danh mục đơn vị": the default directory, said once, and every draft still written', async () => {
    const io = memoryIo({ 'kh.xlsx': await buildSeedPlanWorkbook('word') });
    expect(await main(['remind', 'kh.xlsx', '--as-of', '2024-03-10', '--out', 'thu'], io)).toBe(0);
    expect(io.err.match(/không có trang "Danh mục đơn vị": dùng danh mục đơn vị mặc định \(cần kiểm tra\)/g)).toHaveLength(1);
    expect(io.err).toContain('kstthc init');
    expect([...io.files.keys()].filter((k) => k.endsWith('.eml')).length).toBeGreaterThan(1);
  });

  test('an input that is not a plan: exit 1, in Vietnamese', async () => {
    const io = memoryIo({ 'kh.xlsx': new TextEncoder().encode('không phải sổ tính') });
    expect(await main(['remind', 'kh.xlsx', '--json'], io)).toBe(1);
    expect(io.err).toMatch(/kh\.xlsx/);
    expect(io.out).toBe('');
    const missing = memoryIo({});
    expect(await main(['remind', 'khong-co.xlsx', '--json'], missing)).toBe(1);
    expect(missing.err).toBe('Tệp "khong-co.xlsx" không tồn tại: hãy kiểm tra lại đường dẫn và tên tệp rồi chạy lại.\n');
  });
});

describe('npx kstthc remind (built CLI, real disk)', () => {
  test('creates the folder and one .eml per unit, names keeping Vietnamese letters', async () => {
    execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, stdio: 'pipe', timeout: 180_000 });
    const dir = mkdtempSync(join(tmpdir(), 'kstthc-remind-'));
    writeFileSync(join(dir, 'kế hoạch.xlsx'), await seedWithDirectory());
    const out = join(dir, 'thư nhắc', 'quý I');
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'kstthc.js'), 'remind', join(dir, 'kế hoạch.xlsx'), '--as-of', '2024-03-10', '--out', out], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    const names = readdirSync(out).sort();
    expect(names).toContain('Văn phòng Sở.eml');
    expect(names.every((n) => n.endsWith('.eml'))).toBe(true);
    expect(run.stdout).toContain(`Đã ghi ${names.length} thư nháp`);
    const mail = await simpleParser(readFileSync(join(out, 'Văn phòng Sở.eml')));
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0].address : null).toBe('vanphong@snn.quangngai.gov.vn');
    expect(Math.abs((mail.date?.getTime() ?? 0) - Date.now())).toBeLessThan(5 * 60_000);
  }, 240_000);

  test('--out naming a file, or a folder under a file: exit 1, said in Vietnamese, no library text', async () => {
    // The CLI was built by the test above.
    const dir = mkdtempSync(join(tmpdir(), 'kstthc-remind-'));
    writeFileSync(join(dir, 'kh.xlsx'), await seedWithDirectory());
    writeFileSync(join(dir, 'thu'), 'một tệp, không phải thư mục');
    for (const out of [join(dir, 'thu'), join(dir, 'thu', 'quy-1')]) {
      const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'kstthc.js'), 'remind', join(dir, 'kh.xlsx'), '--as-of', '2024-03-10', '--out', out], { encoding: 'utf8', timeout: 60_000 });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`Không tạo được thư mục "${out}" vì đã có một tệp trùng tên`);
      expect(run.stderr).not.toMatch(/EEXIST|ENOTDIR|Lỗi không mong đợi/);
    }
  }, 120_000);
});
