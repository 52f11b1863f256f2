import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { main } from '../../src/cli/main';
import { columnsSettingKey } from '../../src/workbook/columnSetting';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { STATUS_PALETTE } from '../../src/core/highlight/palette';
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
  const written: Record<string, Uint8Array> = {};
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: async (p) => files[p] ?? new Uint8Array(await fs.readFile(p)),
    writeFile: async (p, bytes) => void (written[p] = bytes),
    today: () => '2024-03-31',
  };
  return { io, written, stdout: () => out.join(''), stderr: () => err.join('') };
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
    expect(doc.asOf).toBe('2024-03-31'); // today, as the fake io says
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
    expect(doc.warnings).toContainEqual({ sheet: 'Phụ lục', row: 98, message: expect.stringMatching(/Kết quả bắt đầu câu mới/) });
    // 14 guesses of the reader, then the status step's 3 assumptions (tasks 33, 34, 36).
    expect(doc.warnings).toHaveLength(17);
    expect(doc.warnings.slice(14).map((w) => w.message)).toEqual([
      expect.stringMatching(/^Nhiệm vụ 33: Chủ trì/),
      expect.stringMatching(/^Nhiệm vụ 34: Chủ trì/),
      expect.stringMatching(/^Nhiệm vụ 36: "Định kỳ theo quy định"/),
    ]);
  });

  test('without --json: a short Vietnamese summary', async () => {
    const cli = fakeIo({ 'k.xlsx': await buildSeedPlanWorkbook('pdf') });
    expect(await main(['plan', 'k.xlsx'], cli.io)).toBe(0);
    const lines = cli.stdout().split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'Trang tính: Phụ lục',
      'Năm kế hoạch: 2024',
      '12 mục, 37 nhiệm vụ, 40 kết quả (dòng 7–119).',
      'Cột: STT = A "STT"; Nội dung (nhiệm vụ) = B "Nội dung công việc"; Kết quả = C "Kết quả công việc"; Chủ trì = D "Đơn vị thực hiện / Chủ trì"; Phối hợp = E "Phối hợp"; Thời gian (thời hạn) = F "Thời gian thực hiện".',
      '17 cảnh báo, 5 cảnh báo đầu:',
    ]);
    expect(lines[5]).toBe("  - Trang tính 'Phụ lục', dòng 23: Không có STT, ngay sau tiêu đề lặp lại (ngắt trang): nối tiếp từng ô vào nhiệm vụ 4.");
    expect(cli.stderr()).toBe('');
  });

  test('--sheet chooses the sheet; --unit names the unit judged', async () => {
    const cli = fakeIo({ 's.xlsx': await buildSeedPlanWorkbook('word', 'shifted') });
    const code = await main(['plan', 's.xlsx', '--sheet', 'Kế hoạch 2024', '--json', '--as-of', '2024-03-31', '--window', '7', '--unit', 'van phong so'], cli.io);
    expect(code).toBe(0);
    const doc = JSON.parse(cli.stdout()) as PlanJsonDocument & { unit: string };
    expect(doc.sheet).toBe('Kế hoạch 2024');
    expect(doc.unit).toBe('Văn phòng Sở');
  });

  test('--as-of 2024-03-10: schedule, status, nextDue and units per deliverable (SPEC §10)', async () => {
    const cli = fakeIo({ 'k.xlsx': await buildSeedPlanWorkbook('pdf') });
    expect(await main(['plan', 'k.xlsx', '--as-of', '2024-03-10', '--json'], cli.io)).toBe(0);
    const doc = JSON.parse(cli.stdout()) as PlanJsonDocument;
    expect(doc.asOf).toBe('2024-03-10');
    const d = (no: number, i = 0) => doc.tasks.find((t) => t.no === no)!.deliverables[i] as Record<string, unknown>;
    expect(d(1, 0)).toMatchObject({ schedule: { kind: 'once', due: ['2024-02-29'], adhoc: false }, status: 'overdue', nextDue: '2024-02-29' });
    expect(d(7)).toMatchObject({ status: 'overdue', nextDue: '2024-02-19' });
    expect(d(19)).toMatchObject({ schedule: { kind: 'recurring', due: ['2024-03-16', '2024-06-16', '2024-09-16', '2024-12-16'] }, status: 'due-soon' });
    expect(d(37)).toMatchObject({ schedule: { adhoc: true }, status: 'due-soon' });
    expect(d(32)).toMatchObject({ schedule: { kind: 'recurring', due: ['2024-06-16', '2024-12-16'] }, status: 'pending', nextDue: '2024-06-16' });
    expect(d(2)).toMatchObject({ schedule: { kind: 'ongoing', due: [] }, status: 'ongoing', nextDue: null });
    expect(d(8)).toMatchObject({ status: 'unscheduled' });
    expect(d(5).units).toEqual([expect.objectContaining({ unit: 'Văn phòng Sở', role: 'lead' }), ...((d(5).units as unknown[]).slice(1).map(() => expect.objectContaining({ role: 'support' })))]);
  });

  test('without --json the summary lists overdue and upcoming work', async () => {
    const cli = fakeIo({ 'k.xlsx': await buildSeedPlanWorkbook('word') });
    expect(await main(['plan', 'k.xlsx', '--as-of', '2024-03-10'], cli.io)).toBe(0);
    const out = cli.stdout();
    expect(out).toContain('Tính đến ngày 10/03/2024 (sắp đến hạn: trong 7 ngày):');
    expect(out).toContain('✖ Quá hạn: 2');
    expect(out).toMatch(/Quá hạn:\n {2}- Nhiệm vụ 1a \(dòng \d+\) — hạn 29\/02\/2024\n {2}- Nhiệm vụ 7 \(dòng \d+\) — hạn 19\/02\/2024/);
  });

  test('--out writes a coloured copy with the status sheet; the source bytes are untouched', async () => {
    const source = await buildSeedPlanWorkbook('word');
    const before = Buffer.from(source).toString('base64');
    const cli = fakeIo({ 'k.xlsx': source });
    expect(await main(['plan', 'k.xlsx', '--as-of', '2024-03-10', '--out', 'tien-do.xlsx'], cli.io)).toBe(0);
    expect(Buffer.from(source).toString('base64')).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(cli.written['tien-do.xlsx'] as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Phụ lục', 'Tiến độ']));
    const sheet = wb.getWorksheet('Phụ lục')!;
    const fillOf = (key: string) => {
      const row = seedPlanFixture('word').deliverableRows.get(key)![0];
      return (sheet.getRow(row).getCell(3).fill as { fgColor?: { argb?: string } }).fgColor?.argb;
    };
    expect(fillOf('7a')).toBe(`FF${STATUS_PALETTE.overdue.fill!.slice(1)}`);
    expect(fillOf('19a')).toBe(`FF${STATUS_PALETTE['due-soon'].fill!.slice(1)}`);
    expect(fillOf('2a')).toBe(`FF${STATUS_PALETTE.ongoing.fill!.slice(1)}`);
    expect(cli.stdout()).toContain('Đã ghi tệp tien-do.xlsx');
  });

  test('--issuer puts the issuing body on the status sheet; the coloured plan sheet prints A4 landscape, one page wide (issue 14)', async () => {
    const cli = fakeIo({ 'k.xlsx': await buildSeedPlanWorkbook('word') });
    expect(await main(['plan', 'k.xlsx', '--as-of', '2024-03-10', '--issuer', 'UBND TỈNH QUẢNG NGÃI\\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', '--out', 't.xlsx'], cli.io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(cli.written['t.xlsx'] as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Tiến độ')!.findCell(1, 1)?.value).toBe('UBND TỈNH QUẢNG NGÃI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG');
    const page = wb.getWorksheet('Phụ lục')!.pageSetup;
    expect(page).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(wb.getWorksheet('Phụ lục')!.headerFooter.oddFooter).toBe('&CTrang &P/&N');
  });

  test.each([
    [['plan', 'a.xlsx', '--as-of', '2024-02-31'], /^Ngày --as-of "2024-02-31" không có thật: tháng 02\/2024 chỉ có 29 ngày/],
    [['plan', 'a.xlsx', '--as-of', '10/03/24'], /^Ngày --as-of "10\/03\/24" không đúng dạng/],
    [['plan', 'a.xlsx', '--window', '-3'], /^Tham số của lệnh "plan" không đúng|^Số ngày --window/],
    [['plan', 'a.xlsx', '--window', 'bảy'], /^Số ngày --window "bảy" không đúng/],
    [['plan', 'a.xlsx', '--out', 'a.xlsx'], /^Tệp --out phải khác tệp kế hoạch/],
  ])('bad status option %j: exit 2 before reading anything', async (argv, message) => {
    const cli = fakeIo();
    expect(await main(argv, cli.io)).toBe(2);
    expect(cli.stderr()).toMatch(message);
  });

  test('an unknown --unit: exit 2 naming the known units', async () => {
    const cli = fakeIo({ 'k.xlsx': await buildSeedPlanWorkbook('word') });
    expect(await main(['plan', 'k.xlsx', '--unit', 'Sở Tài chính'], cli.io)).toBe(2);
    expect(cli.stderr()).toMatch(/^Không có đơn vị "Sở Tài chính" trong danh mục đơn vị\. Các đơn vị: Văn phòng Sở; /);
  });

  test.each([
    ['a file that is not a workbook', { 'x.xlsx': new TextEncoder().encode('STT\tNội dung\n1\tViệc') }, ['plan', 'x.xlsx'], /^Tệp "x\.xlsx" không phải sổ tính Excel \(\.xlsx, \.xls, \.ods\): hãy chọn đúng tệp\.\n$/],
    ['a file that does not exist', {}, ['plan', '/nonexistent/ke-hoach.xlsx'], /^Tệp "\/nonexistent\/ke-hoach\.xlsx" không tồn tại: hãy kiểm tra lại đường dẫn và tên tệp rồi chạy lại\.\n$/],
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
    expect(cli.stderr()).toMatch(/^ds\.xlsx: Không tìm thấy bảng kế hoạch trong sổ tính: cần một bảng có cột STT \(số thứ tự nhiệm vụ\), cột nhiệm vụ \(Nội dung, Nhiệm vụ …\) và cột đơn vị chủ trì \(Chủ trì, Đơn vị thực hiện …\); Phối hợp, Thời gian thực hiện và Kết quả có thì đọc\. Nếu bảng có nhưng tiêu đề cột khác, hãy chọn cột ở mục "Cột của bảng" \(hoặc --columns, --header-row\)\.\n$/);
    expect(cli.stdout()).toBe('');
  });

  test.each([
    [['plan'], /^Thiếu tệp kế hoạch/],
    [['plan', 'a.xlsx', 'b.xlsx'], /^Lệnh "plan" chỉ nhận một tệp kế hoạch\./],
    [['plan', 'a.xlsx', '--bogus'], /^Tham số của lệnh "plan" không đúng: không có tùy chọn "--bogus"\./],
    [['plan', 'a.xlsx', '--as-of'], /^Tham số của lệnh "plan" không đúng: tùy chọn "--as-of" cần một giá trị/],
  ])('usage error %j: exit 2', async (argv, message) => {
    const cli = fakeIo();
    expect(await main(argv, cli.io)).toBe(2);
    expect(cli.stderr()).toMatch(message);
  });
});

describe("kstthc plan --columns / --header-row: the officer's reading of the columns (SPEC §12)", () => {
  /** The seed (Word layout) with every header cell renamed to words no reader knows. */
  async function renamedSeed(): Promise<{ bytes: Uint8Array; headerRow: number }> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildSeedPlanWorkbook('word')) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    let headerRow = 0;
    ws.eachRow((row, r) => {
      // The first one: exceljs shows a merged cell's value in every cell it covers.
      if (headerRow === 0 && String(row.getCell(1).value ?? '').trim() === 'STT') headerRow = r;
    });
    // Both header rows (Đơn vị thực hiện over Chủ trì | Phối hợp) become "Cột 1" … "Cột 6".
    for (const r of [headerRow, headerRow + 1]) for (let c = 1; c <= 6; c++) if (ws.getCell(r, c).value !== null) ws.getCell(r, c).value = `Cột ${c}`;
    return { bytes: new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), headerRow: headerRow + 1 };
  }

  test('renamed headers mapped with --columns read as the original seed; the JSON says who chose each column', async () => {
    const { bytes, headerRow } = await renamedSeed();
    const cli = fakeIo({ 'r.xlsx': bytes });
    const code = await main(['plan', 'r.xlsx', '--json', '--header-row', String(headerRow), '--columns', 'no=A,task=B,result=C,lead=D,support=E,timing=F'], cli.io);
    expect(cli.stderr()).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(cli.stdout()) as PlanJsonDocument;
    expect(comparableTasks(doc.tasks)).toEqual(comparableTasks(EXPECTED_SEED_PLAN.tasks));
    expect(doc.columns?.lead).toEqual({ column: 'D', header: 'Cột 4', source: 'officer' });
  });

  test('a mapping the officer kept in the file (pane, file mode) is used without --columns', async () => {
    const { bytes, headerRow } = await renamedSeed();
    const book = await FileWorkbook.open(bytes, 'r.xlsx');
    const [sheet] = await book.sheetNames();
    await book.setSetting(columnsSettingKey(sheet), JSON.stringify({ headerRow, columns: { no: 1, task: 2, result: 3, lead: 4, support: 5, timing: 6 } }));
    const cli = fakeIo({ 'kept.xlsx': await book.save() });
    expect(await main(['plan', 'kept.xlsx', '--json'], cli.io)).toBe(0);
    const doc = JSON.parse(cli.stdout()) as PlanJsonDocument;
    expect(comparableTasks(doc.tasks)).toEqual(comparableTasks(EXPECTED_SEED_PLAN.tasks));
    expect(doc.columns?.timing).toEqual({ column: 'F', header: 'Cột 6', source: 'officer' });
  });

  test('the original seed: JSON columns by header', async () => {
    const cli = fakeIo({ 'k.xlsx': await buildSeedPlanWorkbook('word') });
    expect(await main(['plan', 'k.xlsx', '--json'], cli.io)).toBe(0);
    const doc = JSON.parse(cli.stdout()) as PlanJsonDocument;
    expect(doc.columns).toMatchObject({ no: { column: 'A', source: 'header' }, lead: { column: 'D', header: 'Đơn vị thực hiện / Chủ trì' }, timing: { column: 'F' } });
  });

  test.each([
    [['--columns', 'chu-tri=D'], /^--columns: không có vai trò "chu-tri"; dùng no, task, result, lead, support, timing, status, done/],
    [['--columns', 'lead=4'], /^--columns: "4" không phải chữ cột Excel/],
    [['--columns', 'lead=D,support=d'], /^--columns: cột D được chọn cho cả "lead" và "support"/],
    [['--columns', 'lead='], /^--columns: "lead" cần một cột/],
    [['--header-row', 'hai'], /^Dòng tiêu đề --header-row "hai" không đúng/],
  ])('%j: exit 2 with a Vietnamese sentence', async (extra, message) => {
    const cli = fakeIo();
    expect(await main(['plan', 'a.xlsx', ...extra], cli.io)).toBe(2);
    expect(cli.stderr()).toMatch(message);
  });

  test('--help lists both options', async () => {
    const cli = fakeIo();
    expect(await main(['plan', '--help'], cli.io)).toBe(0);
    expect(cli.stdout()).toMatch(/--columns VAI=CỘT/);
    expect(cli.stdout()).toMatch(/--header-row SỐ/);
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
    // As of a day of the seed's year: today would be outside it (a warning on stderr).
    const { stdout, stderr } = await run('node', [path.join(ROOT, 'bin', 'kstthc.js'), 'plan', path.join(dir, 'ke-hoach.xlsx'), '--json', '--as-of', '2024-03-10']);
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
