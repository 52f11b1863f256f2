import { memoryIo } from '../support/memoryIo';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { unitWorkbookBytes } from '../fixtures/unitForms';
import { GOOD_SPECS } from '../fixtures/unitFormsSet';
import {
  biffXlsBytes,
  docxBytes,
  odsBytes,
  encryptedBytes,
  farCell,
  FORM_FIRST_ROW,
  FORM_SHEET,
  HUGE,
  junkRows,
  manyEntries,
  NBSP,
  nfd,
  oversized,
  PLAN_SHEET,
  planSheets,
  planTaskRow,
  randomBytes,
  registerSheet,
  rowWhere,
  set,
  truncated,
  unitSheets,
  xlsBytes,
  xlsxOf,
  zipBomb,
  ZWSP,
  type RawSheet,
} from './corpus';

/**
 * The bad-input corpus through the real `kstthc` (in-process `main`): each case has its
 * intended outcome, and every run must keep the promises of SPEC §10 — an exit status of
 * 0/1, a Vietnamese sentence, valid JSON with --json, no stack trace, nothing "undefined".
 */

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(argv: string[], files: Record<string, Uint8Array>): Promise<Run> {
  const io = memoryIo(files);
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

/** What no output of kstthc may ever contain. */
const LEAKS = [/\bundefined\b/, /\bNaN\b/, /\[object Object\]/, /\n\s+at .+\(.+:\d+:\d+\)/, /\b(Type|Range|Reference|Syntax)Error\b/, /Lỗi không mong đợi/];

function expectClean(r: Run): void {
  for (const leak of LEAKS) {
    expect(r.out).not.toMatch(leak);
    expect(r.err).not.toMatch(leak);
  }
}

// ------------------------------------------------------------------ cases

type Bytes = () => Promise<Uint8Array>;

interface CommandCase {
  name: string;
  bytes: Bytes;
  code: 0 | 1;
  /** Matched against stderr (exit 1) or stdout+stderr (exit 0, summary run). */
  says?: RegExp;
  /** Checks on the --json document (exit 0). */
  json?: (doc: Record<string, unknown>) => void;
  /** A slow case (100 000 rows, zip bomb): run once, with --json. */
  big?: true;
}

const planOf = (mutate: (s: RawSheet, all: RawSheet[]) => void): Bytes => async () => {
  const sheets = planSheets();
  mutate(sheets.find((s) => s.name === PLAN_SHEET)!, sheets);
  return xlsxOf(sheets);
};
const registerOf = (mutate: (s: RawSheet) => void, count = 40): Bytes => async () => {
  const sheet = registerSheet(count);
  mutate(sheet);
  return xlsxOf([sheet]);
};
const unitOf = (mutate: (s: RawSheet, all: RawSheet[]) => void): Bytes => async () => {
  const sheets = await unitSheets();
  mutate(sheets.find((s) => s.name === FORM_SHEET)!, sheets);
  return xlsxOf(sheets);
};

type Warning = { row: number | null; message: string };
const warningsOf = (doc: Record<string, unknown>) => doc.warnings as Warning[];
const tasksOf = (doc: Record<string, unknown>) => doc.tasks as { no: number; content: string; deliverables: { result: string; timing: string; schedule: { kind: string } }[] }[];

let goodPlan: Uint8Array;
let bombBytes: Uint8Array | undefined;
let lyingBytes: Uint8Array | undefined;
/** One zip bomb of each kind for the whole file (building one deflates hundreds of MB). */
async function bomb(good: Uint8Array): Promise<Uint8Array> {
  bombBytes ??= await zipBomb(good, 420);
  return bombBytes;
}
async function lyingBomb(good: Uint8Array): Promise<Uint8Array> {
  lyingBytes ??= await zipBomb(good, 300, { lie: true });
  return lyingBytes;
}
let goodRegister: Uint8Array;
let goodUnit: Uint8Array;
let otherUnit: Uint8Array;

/** Cases common to every reader: files that are not workbooks at all. */
const fileCases = (good: () => Uint8Array): CommandCase[] => [
  { name: 'zero-byte file', bytes: async () => new Uint8Array(0), code: 1, says: /rỗng \(0 byte\)/ },
  { name: 'random bytes', bytes: async () => randomBytes(4096, 11), code: 1, says: /không phải sổ tính Excel/ },
  { name: 'a real .xlsx cut in half', bytes: async () => truncated(good()), code: 1, says: /bị hỏng/ },
  { name: 'an .xls renamed to .xlsx', bytes: async () => xlsBytes(), code: 1, says: /\.xls.*\.xlsx/ },
  // A real zip with word/ parts and no xl/ part: said to be a Word file before any reader runs.
  { name: 'a .docx renamed to .xlsx', bytes: async () => docxBytes(), code: 1, says: /là văn bản Word \(\.docx\) được đổi tên/ },
  { name: 'an encrypted workbook (OLE container with EncryptedPackage)', bytes: async () => encryptedBytes(), code: 1, says: /có mật khẩu: hãy mở bằng Excel, gỡ mật khẩu/ },
  // .xls and .ods are read (issue 19); these containers hold no readable workbook, so they are named as damaged.
  { name: 'a damaged Excel 97-2003 .xls (OLE container with a Workbook stream, no BIFF records)', bytes: async () => biffXlsBytes(), code: 1, says: /tệp Excel cũ \(\.xls\) bị hỏng: hãy mở bằng Excel và lưu lại dưới dạng \.xlsx/ },
  { name: 'a damaged OpenDocument .ods (mimetype only)', bytes: async () => odsBytes(), code: 1, says: /tệp LibreOffice \(\.ods\) bị hỏng: hãy mở bằng LibreOffice Calc và lưu lại dưới dạng \.xlsx/ },
  { name: 'a zip bomb (≈ 420 MB of zeros inside)', bytes: () => bomb(good()), code: 1, says: /vượt quá .* MB/, big: true },
  // Declared 2 000 bytes, inflating to 300 MB: the reader's output stays at the declared size.
  { name: 'a zip bomb lying about its size (a 300 MB worksheet declared as 2 000 bytes)', bytes: () => lyingBomb(good()), code: 1, big: true },
  { name: 'sheets with no data', bytes: () => xlsxOf([{ name: 'Sheet1', values: [] }, { name: 'Sheet2', values: [[null, '']] }]), code: 1 },
  { name: 'a file over the size cap (51 MB)', bytes: async () => oversized(), code: 1, says: /quá lớn \(51 MB; tối đa 50 MB\)/ },
  { name: 'a zip of 10 001 parts', bytes: async () => manyEntries(good()), code: 1, says: /quá nhiều thành phần/ },
  { name: 'one cell at XFD1048576, the last cell of a sheet', bytes: () => farCell(), code: 1 },
];

const PLAN_CASES: CommandCase[] = [
  ...fileCases(() => goodPlan),
  {
    name: 'header only',
    bytes: planOf((s) => {
      s.values = s.values.slice(0, 5);
      s.merges = s.merges?.filter((m) => m.bottom <= 5);
    }),
    code: 1,
    says: /Trang tính 'Phụ lục', dòng 4: .*chưa có nhiệm vụ nào/,
  },
  { name: 'header only, with merges left over from the deleted rows', bytes: planOf((s) => (s.values = s.values.slice(0, 5))), code: 1, says: /chưa có nhiệm vụ nào|Không tìm thấy bảng/ },
  {
    name: 'two plan tables on two sheets',
    bytes: planOf((_, all) => all.push({ ...planSheets()[0], name: 'Bản sao' })),
    code: 0,
    json: (doc) => {
      expect(doc.sheet).toBe(PLAN_SHEET);
      expect(tasksOf(doc)).toHaveLength(37);
    },
  },
  {
    name: 'two plan tables on one sheet',
    bytes: planOf((s) => s.values.push([], [], ...planSheets()[0].values.slice(3))),
    code: 0,
    json: (doc) => {
      expect(tasksOf(doc).length).toBeGreaterThanOrEqual(37);
      expect(warningsOf(doc).length).toBeGreaterThan(0);
    },
  },
  {
    name: 'error values (#REF!, #N/A) in cells',
    bytes: planOf((s) => {
      set(s, planTaskRow(s, 3), 3, { error: '#REF!' });
      set(s, planTaskRow(s, 4), 6, { error: '#N/A' });
      set(s, planTaskRow(s, 5), 4, { error: '#VALUE!' });
    }),
    code: 0,
    json: (doc) => {
      expect(tasksOf(doc)).toHaveLength(37);
      const rows = [3, 4, 5].map((no) => tasksOf(doc).find((t) => t.no === no)!.deliverables[0]);
      expect(rows.map((d) => [d.result, d.timing])).toEqual([
        ['#REF!', expect.any(String)],
        [expect.any(String), '#N/A'],
        [expect.any(String), expect.any(String)],
      ]);
      const said = warningsOf(doc).filter((w) => /là lỗi Excel/.test(w.message));
      expect(said.map((w) => w.message.match(/Ô ([A-Z]+)\d+ là lỗi Excel (\S+)/)!.slice(1))).toEqual([
        ['C', '#REF!'],
        ['F', '#N/A'],
        ['D', '#VALUE!'],
      ]);
    },
  },
  {
    name: 'booleans and numbers where text is expected',
    bytes: planOf((s) => {
      set(s, planTaskRow(s, 3), 2, true);
      set(s, planTaskRow(s, 4), 3, 12345.678);
      set(s, planTaskRow(s, 5), 4, false);
      set(s, planTaskRow(s, 6), 6, 2024);
    }),
    code: 0,
    json: (doc) => {
      expect(tasksOf(doc)).toHaveLength(37);
      expect(JSON.stringify(doc)).not.toMatch(/"(true|false)"/);
    },
  },
  {
    name: 'impossible dates (31/02, Quý V, tháng 13)',
    bytes: planOf((s) => {
      set(s, planTaskRow(s, 3), 6, 'Trước ngày 31/02/2024');
      set(s, planTaskRow(s, 4), 6, 'Quý V');
      set(s, planTaskRow(s, 5), 6, 'Tháng 13/2024');
      set(s, planTaskRow(s, 6), 6, 'Ngày 00/00/0000');
    }),
    code: 0,
    json: (doc) => {
      const tasks = tasksOf(doc);
      for (const no of [3, 4, 5, 6]) expect(tasks.find((t) => t.no === no)?.deliverables[0].schedule.kind).toBe('unscheduled');
      const w = warningsOf(doc).map((x) => x.message).join('\n');
      for (const text of ['31/02/2024', 'Quý V', 'Tháng 13/2024']) expect(w).toContain(text);
    },
  },
  {
    name: '40 000-character cells',
    bytes: planOf((s) => {
      set(s, planTaskRow(s, 3), 2, HUGE);
      set(s, planTaskRow(s, 4), 4, HUGE);
      set(s, planTaskRow(s, 5), 6, HUGE);
    }),
    code: 0,
    json: (doc) => expect(tasksOf(doc).find((t) => t.no === 3)?.content.length).toBeGreaterThan(30_000),
  },
  {
    name: 'zero-width and non-breaking spaces in header, STT and text',
    bytes: planOf((s) => {
      const h = rowWhere(s, 1, (v) => v === 'STT');
      set(s, h, 1, `${ZWSP}STT${NBSP}`);
      set(s, h, 2, `Nội${NBSP}dung${ZWSP} công việc`);
      set(s, planTaskRow(s, 3), 1, `3${NBSP}`);
      set(s, rowWhere(s, 1, (v) => v === 4), 6, `Quý${NBSP}II${ZWSP}`);
    }),
    code: 0,
    json: (doc) => {
      expect(tasksOf(doc)).toHaveLength(37);
      expect(JSON.stringify(doc)).not.toContain(ZWSP);
    },
  },
  {
    name: 'all text in NFD',
    bytes: planOf((s) => (s.values = s.values.map((l) => l.map((v) => (typeof v === 'string' ? nfd(v) : v))))),
    code: 0,
    json: (doc) => {
      expect(tasksOf(doc)).toHaveLength(37);
      expect(tasksOf(doc)[0].content).toBe(tasksOf(doc)[0].content.normalize('NFC'));
    },
  },
  {
    name: 'negative and fractional STT, text in STT',
    bytes: planOf((s) => {
      set(s, planTaskRow(s, 3), 1, -3);
      set(s, planTaskRow(s, 4), 1, 4.5);
      set(s, planTaskRow(s, 5), 1, 'năm');
    }),
    code: 0,
  },
  {
    name: 'formula-looking text',
    bytes: planOf((s) => {
      set(s, planTaskRow(s, 3), 2, "=cmd|' /C calc'!A0");
      set(s, planTaskRow(s, 4), 3, '@SUM(1)');
      set(s, planTaskRow(s, 5), 4, '+1');
    }),
    code: 0,
    json: (doc) => expect(tasksOf(doc).find((t) => t.no === 3)?.content).toBe("=cmd|' /C calc'!A0"),
  },
  {
    name: '20 000 rows of junk below the table, after a note',
    bytes: planOf((s) => s.values.push([], [], ['Ghi chú: số liệu cũ, không thuộc kế hoạch'], ...junkRows(20_000))),
    code: 0,
    big: true,
    json: (doc) => {
      expect(tasksOf(doc)).toHaveLength(37);
      expect(warningsOf(doc).map((w) => w.message).join('\n')).toContain('coi là hết bảng kế hoạch');
    },
  },
  {
    // Rows with an integer in STT are tasks (SPEC §1), so junk glued to the table is read as
    // tasks and each odd row warned about; what matters here is that 100 000 of them neither
    // crash the reader (they once overflowed the call stack) nor lose the real 37.
    name: '100 000 rows of junk glued to the table',
    bytes: planOf((s) => s.values.push(...junkRows(100_000))),
    code: 0,
    big: true,
    json: (doc) => {
      expect(tasksOf(doc).slice(0, 37).map((t) => t.no)).toEqual(Array.from({ length: 37 }, (_, i) => i + 1));
      expect(warningsOf(doc).length).toBeGreaterThan(1000);
    },
  },
  {
    name: '100 000 rows of junk in the tracking and directory sheets',
    bytes: planOf((_, all) => all.push({ name: 'Theo dõi thực hiện', values: [['STT', 'Kết quả', 'Đơn vị', 'Kỳ', 'Ngày hoàn thành', 'Ghi chú'], ...junkRows(100_000)] }, { name: 'Danh mục đơn vị', values: [['Tên đơn vị', 'Tên viết tắt', 'Giải quyết TTHC', 'Email'], ...junkRows(20_000, 4)] })),
    code: 0,
    big: true,
    json: (doc) => expect(warningsOf(doc).length).toBeGreaterThan(1000),
  },
  {
    name: '100 000 rows of junk and no table',
    bytes: () => xlsxOf([{ name: 'Rác', values: junkRows(100_000) }]),
    code: 1,
    says: /Không tìm thấy bảng kế hoạch/,
    big: true,
  },
];

const REGISTER_CASES: CommandCase[] = [
  ...fileCases(() => goodRegister),
  { name: 'header only', bytes: registerOf((s) => (s.values = s.values.slice(0, 1))), code: 0, json: (doc) => expect((doc.ii05a as { total: { c3: number } }).total.c3).toBe(0) },
  {
    name: 'error values (#REF!, #N/A) in date and text cells',
    bytes: registerOf((s) => {
      set(s, 3, 6, { error: '#REF!' });
      set(s, 4, 7, { error: '#N/A' });
      set(s, 5, 3, { error: '#NAME?' });
    }),
    code: 0,
    json: (doc) => expect((doc.rejected as Warning[]).map((r) => r.row)).toEqual(expect.arrayContaining([3, 4])),
  },
  {
    name: 'impossible dates (31/02, tháng 13)',
    bytes: registerOf((s) => {
      set(s, 3, 6, '31/02/2024');
      set(s, 4, 6, '15/13/2024');
      set(s, 5, 7, '00/00/0000');
    }),
    code: 0,
    json: (doc) => expect((doc.rejected as Warning[]).map((r) => r.row)).toEqual(expect.arrayContaining([3, 4, 5])),
  },
  {
    name: 'date cells holding impossible serial numbers (-5, 99 999 999, 1e308)',
    bytes: registerOf((s) => {
      set(s, 3, 6, -5);
      set(s, 4, 6, 99_999_999);
      set(s, 5, 7, 1e308);
    }),
    code: 0,
    json: (doc) => expect((doc.rejected as Warning[]).map((r) => r.row)).toEqual(expect.arrayContaining([3, 4, 5])),
  },
  {
    name: 'two registers on two sheets',
    bytes: async () => xlsxOf([{ ...registerSheet(10), name: 'Sổ cũ' }, registerSheet(40)]),
    code: 0,
    json: (doc) => expect(doc.sheet).toBe('Sổ theo dõi'),
  },
  {
    name: 'booleans and numbers where text is expected',
    bytes: registerOf((s) => {
      set(s, 3, 3, true);
      set(s, 4, 5, 42);
      set(s, 5, 4, false);
    }),
    code: 0,
  },
  { name: '40 000-character cells', bytes: registerOf((s) => { set(s, 3, 3, HUGE); set(s, 4, 10, HUGE); }), code: 0 },
  {
    name: 'zero-width and non-breaking spaces in the header',
    bytes: registerOf((s) => {
      set(s, 1, 6, `Ngày${NBSP}tiếp${ZWSP} nhận`);
      set(s, 1, 3, `${ZWSP}Lĩnh vực${NBSP}`);
    }),
    code: 0,
  },
  { name: 'all text in NFD', bytes: registerOf((s) => (s.values = s.values.map((l) => l.map((v) => (typeof v === 'string' ? nfd(v) : v))))), code: 0 },
  { name: 'a register missing its date columns', bytes: registerOf((s) => (s.values = s.values.map((l) => l.slice(0, 5)))), code: 1, says: /Không tìm thấy sổ|Không xác định được cột/ },
  { name: 'formula-looking text in the reason', bytes: registerOf((s) => set(s, 3, 10, "=cmd|' /C calc'!A0")), code: 0 },
  { name: '100 000 rows of junk below the dossiers', bytes: registerOf((s) => s.values.push(...junkRows(100_000, 6))), code: 0, big: true },
];

interface UnitCase {
  name: string;
  bytes: Bytes;
  status: 'accepted' | 'rejected';
  /** The file's reason (rejected) or one of its warnings (accepted). */
  says?: RegExp;
  big?: true;
}

const sumRow = (s: RawSheet, row: number) => s.values[row - 1];

const UNIT_CASES: UnitCase[] = [
  ...fileCases(() => goodUnit).map((c): UnitCase => ({ name: c.name, bytes: c.bytes, status: 'rejected', says: c.says ?? /Không tìm thấy biểu/, big: c.big })),
  { name: 'header only (no lĩnh vực rows)', bytes: unitOf((s) => (s.values = s.values.slice(0, FORM_FIRST_ROW - 1))), status: 'accepted' },
  { name: 'a negative count', bytes: unitOf((s) => (sumRow(s, FORM_FIRST_ROW)[4] = -1)), status: 'rejected', says: /II\.05a'?, dòng 17/ },
  { name: 'a fractional count', bytes: unitOf((s) => (sumRow(s, FORM_FIRST_ROW)[3] = 5.5)), status: 'rejected', says: /dòng 17/ },
  { name: 'text in a count cell', bytes: unitOf((s) => (sumRow(s, FORM_FIRST_ROW)[3] = 'sáu')), status: 'rejected', says: /dòng 17/ },
  { name: 'an error value (#REF!) in a count cell', bytes: unitOf((s) => (sumRow(s, FORM_FIRST_ROW)[3] = { error: '#REF!' })), status: 'rejected', says: /dòng 17/ },
  { name: 'a count of 1e308', bytes: unitOf((s) => (sumRow(s, FORM_FIRST_ROW)[3] = 1e308)), status: 'rejected', says: /dòng 17/ },
  { name: 'a boolean in a count cell', bytes: unitOf((s) => (sumRow(s, FORM_FIRST_ROW)[3] = true)), status: 'rejected', says: /dòng 17/ },
  { name: 'a boolean and a number as lĩnh vực', bytes: unitOf((s) => { sumRow(s, FORM_FIRST_ROW)[1] = true; sumRow(s, FORM_FIRST_ROW + 1)[1] = 2024; }), status: 'accepted' },
  { name: 'a form missing its last columns', bytes: unitOf((s) => (s.values = s.values.map((l) => l.slice(0, 11)))), status: 'rejected', says: /Không tìm thấy biểu II\.05a|cột|\(1[23]\)/ },
  { name: 'Kỳ báo cáo "Quý V/2024"', bytes: unitOf((s) => set(s, 9, 2, 'Kỳ báo cáo: Quý V/2024')), status: 'rejected', says: /kỳ|Kỳ/ },
  { name: 'Kỳ báo cáo "tháng 13/2024"', bytes: unitOf((s) => set(s, 9, 2, 'Kỳ báo cáo: tháng 13/2024')), status: 'rejected', says: /kỳ|Kỳ/ },
  { name: 'Kỳ báo cáo with 31/02', bytes: unitOf((s) => set(s, 9, 2, 'Kỳ báo cáo: Quý I/2024 (Từ ngày 31/02/2024 đến ngày 14/03/2024)')), status: 'accepted' },
  { name: 'a 40 000-character lĩnh vực', bytes: unitOf((s) => (sumRow(s, FORM_FIRST_ROW)[1] = HUGE)), status: 'accepted' },
  {
    name: 'zero-width and non-breaking spaces in title, labels and lĩnh vực',
    bytes: unitOf((s) => {
      set(s, 8, 1, `${ZWSP}TÌNH HÌNH,${NBSP}KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC${NBSP}`);
      set(s, 10, 2, `Đơn vị báo cáo:${NBSP}Chi cục${ZWSP} Kiểm lâm`);
      sumRow(s, FORM_FIRST_ROW)[1] = `Lâm${NBSP}nghiệp${ZWSP}`;
    }),
    status: 'accepted',
  },
  { name: 'all text in NFD', bytes: unitOf((_, all) => all.forEach((sh) => (sh.values = sh.values.map((l) => l.map((v) => (typeof v === 'string' ? nfd(v) : v)))))), status: 'accepted' },
  { name: 'two II.05a tables on one sheet', bytes: unitOf((s) => s.values.push([], [], ...s.values.slice(6, 23).map((l) => [...l]))), status: 'accepted' },
  { name: 'formula-looking lĩnh vực', bytes: unitOf((s) => (sumRow(s, FORM_FIRST_ROW)[1] = "=cmd|' /C calc'!A0")), status: 'accepted' },
  { name: '100 000 rows of junk below the form', bytes: unitOf((s) => s.values.push([], [], ...junkRows(100_000, 6))), status: 'accepted', big: true },
];

describe('the bad-input corpus through kstthc', () => {
  beforeAll(async () => {
    goodPlan = await xlsxOf(planSheets());
    goodRegister = await xlsxOf([registerSheet()]);
    goodUnit = await xlsxOf(await unitSheets());
    otherUnit = await unitWorkbookBytes(GOOD_SPECS['thuy-san.xlsx']);
  });

  const check = async (argv: (file: string) => string[], c: CommandCase) => {
    const bytes = await c.bytes();
    const files = { 'in.xlsx': bytes };
    const json = await run([...argv('in.xlsx'), '--json'], files);
    expectClean(json);
    expect({ code: json.code, err: c.code === 1 ? json.err : '' }).toEqual({ code: c.code, err: c.code === 1 ? expect.stringMatching(c.says ?? /./) : '' });
    if (c.code === 0) {
      const doc = JSON.parse(json.out);
      c.json?.(doc);
    } else if (json.out !== '') {
      JSON.parse(json.out);
    }
    if (c.big) return;
    const text = await run(argv('in.xlsx'), files);
    expectClean(text);
    expect(text.code).toBe(c.code);
    if (c.code === 1) expect(text.err.trim()).not.toBe('');
    if (c.says && c.code === 0) expect(text.out + text.err).toMatch(c.says);
  };

  test.each(PLAN_CASES.map((c) => [c.name, c] as const))('plan: %s', async (_, c) => check((f) => ['plan', f, '--as-of', '2024-03-10'], c), 120_000);
  test.each(REGISTER_CASES.map((c) => [c.name, c] as const))('forms: %s', async (_, c) => check((f) => ['forms', f, '--period', '2024-Q1', '--unit', 'Chi cục Thủy sản'], c), 120_000);

  test.each(UNIT_CASES.map((c) => [c.name, c] as const))(
    'consolidate, beside a good file: %s',
    async (_, c) => {
      const files = { 'thuy-san.xlsx': otherUnit, 'kiem-lam.xlsx': await c.bytes() };
      const argv = ['consolidate', 'thuy-san.xlsx', 'kiem-lam.xlsx', '--period', '2024-Q1'];
      const json = await run([...argv, '--json'], files);
      expectClean(json);
      expect(json.code).toBe(0);
      const doc = JSON.parse(json.out) as { files: { file: string; status: string; reason?: string; warnings: unknown[] }[] };
      expect(doc.files.map((f) => [f.file, f.status])).toEqual([
        ['thuy-san.xlsx', 'accepted'],
        ['kiem-lam.xlsx', c.status],
      ]);
      const mine = doc.files[1];
      if (c.says) expect(c.status === 'rejected' ? mine.reason : JSON.stringify(mine.warnings)).toMatch(c.says);
      if (c.status === 'rejected') expect(mine.reason?.trim()).toBeTruthy();
      if (c.big) return;
      const text = await run(argv, files);
      expectClean(text);
      expect(text.code).toBe(0);
      // Alone, a rejected file leaves nothing to consolidate: exit 1, with the reason said.
      const alone = await run(['consolidate', 'kiem-lam.xlsx', '--period', '2024-Q1', '--json'], files);
      expectClean(alone);
      expect(alone.code).toBe(c.status === 'rejected' ? 1 : 0);
      JSON.parse(alone.out);
    },
    120_000,
  );

  describe('40 000-character cells with --out: the output is written, each cut cell said on stderr', () => {
    const outIo = (files: Record<string, Uint8Array>) => {
      let err = '';
      const io: CliIo = {
        stdout: () => undefined,
        stderr: (t) => void (err += t),
        readFile: async (p) => {
          const b = files[p];
          if (!b) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT', path: p });
          return b;
        },
        writeFile: async (p, b) => void (files[p] = b),
        today: () => '2024-03-10',
      };
      return { io, err: () => err };
    };
    test.each<[string, () => Promise<Uint8Array>, string[]]>([
      ['plan --out', planOf((s) => set(s, planTaskRow(s, 4), 4, HUGE)), ['plan', 'in.xlsx', '--as-of', '2024-03-10', '--out', 'out.xlsx']],
      ['forms --out', registerOf((s) => set(s, 3, 3, HUGE)), ['forms', 'in.xlsx', '--period', '2023-Y', '--unit', 'Chi cục Thủy sản', '--out', 'out.xlsx']],
      ['consolidate --out', unitOf((s) => (sumRow(s, FORM_FIRST_ROW)[1] = HUGE)), ['consolidate', 'in.xlsx', '--period', '2024-Q1', '--out', 'out.xlsx']],
    ])('%s', async (_, bytes, argv) => {
      const files: Record<string, Uint8Array> = { 'in.xlsx': await bytes() };
      const { io, err } = outIo(files);
      expect(await main(argv, io)).toBe(0);
      expect(err()).not.toMatch(LEAKS[5]);
      expect(err()).toMatch(/ô [A-Z]+\d+: nội dung dài 40000 ký tự, .*đã cắt bớt/);
      expect(files['out.xlsx']?.length).toBeGreaterThan(0);
    }, 60_000);
  });
});
