import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import fc from 'fast-check';
import { consolidateForms } from '../../src/core/consolidate/consolidateForms';
import type { PlanTable } from '../../src/core/plan/model';
import { readPlanTable } from '../../src/core/plan/readPlanTable';
import { parsePeriodCode } from '../../src/core/periods/periods';
import { computePlanStatus } from '../../src/core/status/computeStatus';
import type { PlanStatus } from '../../src/core/status/model';
import { DEFAULT_UNIT_DIRECTORY, readUnitDirectory, type UnitDirectory } from '../../src/core/units/directory';
import { emlOf, rfc5322Date } from '../../src/core/remind/eml';
import { encodedWords, foldedHeader } from '../../src/core/remind/mimeEncoding';
import { consolidatorOf, emailsOf } from '../../src/core/remind/model';
import { planReminders } from '../../src/core/remind/planReminders';
import { reminderEml, reminderFileName, reminderMailto, MAILTO_LIMIT } from '../../src/core/remind/reminderText';
import { recipientOf } from '../../src/core/remind/recipient';
import { noticeSheetName, reminderSheetsWritePlan } from '../../src/core/remind/reminderSheet';
import { reportReminders } from '../../src/core/remind/reportReminders';
import { fillWording } from '../../src/core/remind/wording';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { buildSeedPlanWorkbook } from '../fixtures/seedAppendix';
import { gridsOfBytes } from '../fixtures/unitForms';
import { badFiles, goodFiles, EXPECTED_MISSING } from '../fixtures/unitFormsSet';

const ASOF = '2024-03-10';
const WHEN = new Date('2024-03-10T01:30:00Z');
/** The default directory with addresses, as an officer fills the "Email" column. */
const DIRECTORY: UnitDirectory = {
  ...DEFAULT_UNIT_DIRECTORY,
  units: DEFAULT_UNIT_DIRECTORY.units.map((u) =>
    u.name === 'Văn phòng Sở' ? { ...u, email: 'vanphong@snn.quangngai.gov.vn' } : u.shortName === 'CCTS' ? { ...u, email: 'ccts@quangngai.gov.vn; thuysan@' } : u,
  ),
};

async function seedPlan(): Promise<PlanTable> {
  const book = await FileWorkbook.open(await buildSeedPlanWorkbook('word'), 'seed.xlsx');
  const grids = await Promise.all((await book.sheetNames()).map((n) => book.readSheet(n)));
  const { plan } = readPlanTable(grids);
  if (!plan) throw new Error('seed plan not read');
  return plan;
}

function addresses(a: AddressObject | AddressObject[] | undefined): { name: string; address: string }[] {
  return (Array.isArray(a) ? a : a ? [a] : []).flatMap((o) => o.value.map((v) => ({ name: v.name, address: v.address ?? '' })));
}

describe('plan reminders on the seed plan, as of 10/03/2024', () => {
  let plan: PlanTable;
  let status: PlanStatus;
  beforeAll(async () => {
    plan = await seedPlan();
    status = computePlanStatus(plan, { asOf: ASOF, window: 7, directory: DIRECTORY });
  });

  test('one reminder per lead unit with its overdue and due-soon deliverables, exactly those of the status engine', () => {
    const reminders = planReminders(plan, status, DIRECTORY);
    const expected = new Map<string, string[]>();
    for (const d of status.deliverables) {
      for (const u of d.units) {
        if (u.role === 'lead' && (u.status === 'overdue' || u.status === 'due-soon')) expected.set(u.unit, [...(expected.get(u.unit) ?? []), `${d.taskId}/${d.key}/${u.status}`]);
      }
    }
    expect(reminders.length).toBeGreaterThan(1);
    expect(new Set(reminders.map((r) => r.unit))).toEqual(new Set(expected.keys()));
    for (const r of reminders) {
      const rows = r.items.map((i) => {
        const d = status.deliverables.find((x) => x.rows[0] === i.rows[0])!;
        return `${d.taskId}/${d.key}/${i.status}`;
      });
      expect(rows.sort()).toEqual([...(expected.get(r.unit) ?? [])].sort());
      expect(r.counts.overdue + r.counts.dueSoon).toBe(r.items.length);
      // Overdue first, then due soon.
      const firstSoon = r.items.findIndex((i) => i.status === 'due-soon');
      if (firstSoon >= 0) expect(r.items.slice(firstSoon).every((i) => i.status === 'due-soon')).toBe(true);
    }
    // Worst unit first.
    expect(reminders.map((r) => r.counts.overdue)).toEqual([...reminders.map((r) => r.counts.overdue)].sort((a, b) => b - a));
  });

  test('task 7 (once, due 19/02/2024) is overdue in its lead unit reminder, with Nội dung and Kết quả of the plan', () => {
    const task = plan.tasks.find((t) => t.no === 7)!;
    const lead = status.deliverables.find((d) => d.taskId === '7')!.units.find((u) => u.role === 'lead')!.unit;
    const item = planReminders(plan, status, DIRECTORY, { unit: lead })[0].items.find((i) => i.label === '7')!;
    expect(item).toEqual({ label: '7', content: task.content, result: task.deliverables[0].result, due: '2024-02-19', status: 'overdue', rows: task.deliverables[0].rows });
  });

  test('--unit keeps one unit (by short name too); a unit with nothing late has no reminder', () => {
    const all = planReminders(plan, status, DIRECTORY);
    const first = all[0];
    const short = DIRECTORY.units.find((u) => u.name === first.unit)!.shortName;
    expect(planReminders(plan, status, DIRECTORY, { unit: short }).map((r) => r.unit)).toEqual([first.unit]);
    const calm = DIRECTORY.units.find((u) => !all.some((r) => r.unit === u.name))!;
    expect(planReminders(plan, status, DIRECTORY, { unit: calm.name })).toEqual([]);
  });

  test('nobody is late before the plan starts', () => {
    expect(planReminders(plan, computePlanStatus(plan, { asOf: '2024-01-02', window: 0, directory: DIRECTORY }), DIRECTORY)).toEqual([]);
  });

  test('the addresses come from the directory; a unit without one still gets its reminder, with a warning', () => {
    const reminders = planReminders(plan, status, DIRECTORY);
    const vp = reminders.find((r) => r.unit === 'Văn phòng Sở')!;
    expect(vp.emails).toEqual(['vanphong@snn.quangngai.gov.vn']);
    expect(vp.warnings).toEqual([]);
    const none = reminders.find((r) => r.emails.length === 0)!;
    expect(none.warnings).toEqual([expect.stringMatching(new RegExp(`Đơn vị "${none.unit}" chưa có địa chỉ email trong trang "Danh mục đơn vị"`))]);
  });

  test('the draft parses with a real MIME parser: headers, decoded subject, both parts, Vietnamese intact', async () => {
    const vp = planReminders(plan, status, DIRECTORY).find((r) => r.unit === 'Văn phòng Sở')!;
    const eml = reminderEml(vp, { from: consolidatorOf(DIRECTORY), date: WHEN });
    const mail: ParsedMail = await simpleParser(eml);
    expect(mail.subject).toBe(vp.letter.subject);
    expect(mail.subject).toMatch(/^Đôn đốc thực hiện Kế hoạch kiểm soát TTHC năm 2024 - Văn phòng Sở \(\d+ nhiệm vụ quá hạn/);
    expect(addresses(mail.to)).toEqual([{ name: 'Văn phòng Sở', address: 'vanphong@snn.quangngai.gov.vn' }]);
    expect(addresses(mail.from)).toEqual([{ name: 'Văn phòng Sở', address: 'vanphong@snn.quangngai.gov.vn' }]);
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.headers.get('mime-version')).toBe('1.0');
    expect(mail.messageId).toMatch(/^<kstthc\.[0-9a-f]{16}@snn\.quangngai\.gov\.vn>$/);
    expect(mail.date?.toISOString()).toBe(WHEN.toISOString());
    expect((mail.headers.get('content-type') as { value: string }).value).toBe('multipart/alternative');
    expect(mail.text).toContain('Kính gửi: Văn phòng Sở.');
    expect(mail.text).toContain('Trân trọng./.');
    expect(mail.text).toContain(`Tính đến ngày 10/03/2024, Văn phòng Sở còn ${vp.counts.overdue} nhiệm vụ quá hạn và ${vp.counts.dueSoon} nhiệm vụ sắp đến hạn (đến hạn trong 7 ngày tới), cụ thể như sau:`);
    // A multi-line Kết quả keeps the item's indent: the list reads as a list.
    const list = mail.text!.slice(mail.text!.indexOf('\n1. '), mail.text!.indexOf('\nĐề nghị'));
    for (const line of list.split('\n').filter((l) => l !== '')) expect(line).toMatch(/^(\d+\. Nhiệm vụ | {3}\S)/);
    expect(list).toMatch(/\n {3}- Công khai/);
    for (const item of vp.items) {
      expect(mail.text).toContain(`Nhiệm vụ ${item.label}: ${item.content}`);
      expect(mail.html).toContain(item.result.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/\n/g, '<br>'));
    }
    expect(mail.html).toContain('<table');
    expect(mail.html).toContain('Quá hạn');
    // Every header line within 78 characters, every encoded-word within 75.
    const head = eml.slice(0, eml.indexOf('\r\n\r\n'));
    for (const line of head.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    // RFC 2047 §2: a line holding an encoded-word is at most 76 characters.
    for (const line of head.split('\r\n').filter((l) => l.includes('=?'))) expect(line.length).toBeLessThanOrEqual(76);
    for (const word of head.match(/=\?[^?]+\?[BQ]\?[^?]*\?=/g) ?? []) expect(word.length).toBeLessThanOrEqual(75);
    expect(eml).not.toMatch(/[^\r]\n/); // CRLF only
    expect([...eml].every((c) => c.charCodeAt(0) < 128)).toBe(true); // 7-bit on the wire: UTF-8 only inside the encodings
  });

  test('a unit with two addresses, one broken: the good one in To, the broken one warned about; no sender address, no From', async () => {
    const ccts = recipientOf(DIRECTORY, 'CCTS');
    expect(ccts).toEqual({ shortName: 'CCTS', emails: ['ccts@quangngai.gov.vn'], warnings: [expect.stringContaining('"thuysan@" của đơn vị "Chi cục Thủy sản"')] });
    const reminder = { ...planReminders(plan, status, DIRECTORY)[0], unit: 'Chi cục Thủy sản', emails: ccts.emails };
    const mail = await simpleParser(reminderEml(reminder, { from: { name: 'Văn phòng Sở', email: '' }, date: WHEN }));
    expect(addresses(mail.to)).toEqual([{ name: 'Chi cục Thủy sản', address: 'ccts@quangngai.gov.vn' }]);
    expect(mail.from).toBeUndefined();
  });

  test('text from the plan is escaped in the HTML part, never markup', async () => {
    const r = planReminders(plan, status, DIRECTORY)[0];
    const evil = { ...r, items: [{ ...r.items[0], content: '<script>alert("x")</script> & <b>' }] };
    const mail = await simpleParser(reminderEml(evil, { from: consolidatorOf(DIRECTORY), date: WHEN }));
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;');
    expect(mail.html).not.toContain('<script>');
    expect(mail.text).toContain('<script>alert("x")</script> & <b>');
  });

  test('the mailto: link stays within the limit and still greets the unit when the list is long', () => {
    for (const r of planReminders(plan, status, DIRECTORY)) {
      const many = { ...r, items: Array.from({ length: 60 }, (_, i) => ({ ...r.items[0], label: String(i + 1) })) };
      for (const reminder of [r, many]) {
        const url = reminderMailto(reminder);
        expect(url.length).toBeLessThanOrEqual(MAILTO_LIMIT);
        const parsed = new URL(url);
        expect(parsed.protocol).toBe('mailto:');
        expect(decodeURIComponent(parsed.pathname)).toBe(reminder.emails.join(','));
        expect(url.startsWith(`mailto:${reminder.emails.join(',')}?subject=`)).toBe(true);
        const rawBody = /[?&]body=([^&]*)/.exec(url)![1];
        expect(rawBody).not.toMatch(/(?<!%0D)%0A/); // line breaks are CRLF (RFC 6068)
        const body = decodeURIComponent(rawBody);
        expect(decodeURIComponent(/[?&]subject=([^&]*)/.exec(url)![1])).toBe(reminder.letter.subject);
        expect(body).toContain(`Kính gửi: ${reminder.unit}.`);
      }
      expect(decodeURIComponent(reminderMailto(many))).toMatch(/- Nhiệm vụ 1: [^]*… và \d+ nhiệm vụ khác/);
      expect(decodeURIComponent(reminderMailto(r))).toContain(`- Nhiệm vụ ${r.items[0].label}: `);
    }
  });
});

describe('report reminders (SPEC §6, §9)', () => {
  test('the TTHC units with no accepted file for the period get one, naming the period, its days and deadline; a refused file is explained', async () => {
    const files = [...(await goodFiles()), ...(await badFiles())];
    const inputs = await Promise.all(files.map(async (f) => ({ file: f.file, grids: await gridsOfBytes(f.bytes, f.file).catch(() => undefined), ...(f.file.endsWith('.xlsx') ? {} : {}) })));
    const period = parsePeriodCode('2024-Q1')!;
    const result = consolidateForms(inputs.map((i) => (i.grids ? { file: i.file, grids: i.grids } : { file: i.file, openError: 'không đọc được' })), { period, directory: DIRECTORY });
    const reminders = reportReminders(result, DIRECTORY, { asOf: '2024-03-20' });
    expect(reminders.map((r) => r.unit)).toEqual(EXPECTED_MISSING);
    const thuyLoi = reminders.find((r) => r.unit === 'Chi cục Thủy lợi')!;
    expect(thuyLoi.letter.subject).toBe('Đôn đốc gửi báo cáo tình hình giải quyết TTHC Quý I/2024 - Chi cục Thủy lợi');
    expect(thuyLoi.letter.intro[0]).toContain('kỳ Quý I/2024 (số liệu từ ngày 15/12/2023 đến ngày 14/03/2024');
    // SPEC §6: units send "by" 16/03, the deadline day included ("trước ngày 16/03" would be 15/03, as the schedule reads it).
    expect(thuyLoi.letter.intro[0]).toContain('về Sở chậm nhất ngày 16/03/2024. Đến ngày 20/03/2024, Văn phòng Sở chưa nhận được báo cáo của Chi cục Thủy lợi.');
    expect(thuyLoi.rejected).toEqual([{ file: 'thuy-loi-quy-truoc.xlsx', reason: expect.stringMatching(/Quý IV\/2023/) }]);
    expect(thuyLoi.letter.intro[1]).toMatch(/^Tệp "thuy-loi-quy-truoc\.xlsx" của đơn vị chưa được tiếp nhận vì: /);
    expect(thuyLoi.period).toEqual({ code: '2024-Q1', label: 'Quý I/2024', from: '2023-12-15', to: '2024-03-14', deadline: '2024-03-16' });
    const mail = await simpleParser(reminderEml(thuyLoi, { from: consolidatorOf(DIRECTORY), date: WHEN }));
    expect(mail.subject).toBe(thuyLoi.letter.subject);
    expect(mail.text).toContain('chậm nhất ngày 16/03/2024');
    expect(mail.html).not.toContain('<table');
    expect(reportReminders(result, DIRECTORY, { asOf: '2024-03-20', unit: 'chi cuc thuy loi' }).map((r) => r.unit)).toEqual(['Chi cục Thủy lợi']);
  });
});

describe('MIME encodings', () => {
  test('encoded-words decode back to the text, split between characters, ≤ 75 chars; folded lines ≤ 78, ≤ 76 with an encoded-word', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom(...[...'aăâbcdđeêghiklmnoôơpqrstuưvxyÁÀẢÃẠắằẳẵặấầẩẫậéèẻẽẹếềểễệóòỏõọốồổỗộớờởỡợúùủũụứừửữựíìỉĩịýỳỷỹỵ &<>"=?_😀']), minLength: 1, maxLength: 200, size: 'max' }), async (text) => {
        const words = encodedWords(text);
        for (const w of words) expect(w.length).toBeLessThanOrEqual(75);
        const header = foldedHeader('Subject', words);
        for (const line of header.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
        for (const line of header.split('\r\n').filter((l) => l.includes('=?UTF-8?'))) expect(line.length).toBeLessThanOrEqual(76);
        const mail = await simpleParser(`${header}\r\n\r\nx\r\n`);
        // RFC 2047 §6.2: the space between two adjacent encoded-words is not part of the text.
        expect(mail.subject).toBe(/^[\x20-\x7e]*$/.test(text) && !/=\?|[()<>@,;:\\".[\]]/.test(text) ? text.trim().replace(/ +/g, ' ') : text);
      }),
      { numRuns: 60 },
    );
  });

  test('Date is RFC 5322 in Vietnam time', () => {
    expect(rfc5322Date(new Date('2024-03-10T01:30:00Z'))).toBe('Sun, 10 Mar 2024 08:30:00 +0700');
    expect(rfc5322Date(new Date('2024-12-31T20:05:09Z'))).toBe('Wed, 1 Jan 2025 03:05:09 +0700');
  });

  test('the same draft written twice is identical; another date gives another Message-ID', () => {
    const draft = { to: [], subject: 'Nhắc việc', text: 'Nội dung', html: '<p>Nội dung</p>', date: WHEN };
    expect(emlOf(draft)).toBe(emlOf(draft));
    const id = (eml: string) => /Message-ID: (.*)/.exec(eml)![1];
    expect(id(emlOf({ ...draft, date: new Date('2024-03-11T00:00:00Z') }))).not.toBe(id(emlOf(draft)));
  });
});

describe('wording and names', () => {
  test.each([
    ['Kính gửi: {unit}.', { unit: 'Chi cục Thủy sản' }, 'Kính gửi: Chi cục Thủy sản.'],
    ['{n} nhiệm vụ quá hạn', { n: 2 }, '2 nhiệm vụ quá hạn'],
  ])('fillWording(%s)', (template, values, expected) => {
    expect(fillWording(template, values)).toBe(expected);
  });

  test('a mark with no value is a programmer error', () => {
    expect(() => fillWording('Kính gửi: {unit}.', {})).toThrow(RangeError);
  });

  test.each([
    ['Chi cục Thủy sản', 'Chi cục Thủy sản.eml'],
    ['Phòng Kế hoạch / Tài chính', 'Phòng Kế hoạch - Tài chính.eml'],
    ['Chi cục Trồng trọt và Bảo vệ thực vật: "BVTV"?', 'Chi cục Trồng trọt và Bảo vệ thực vật BVTV.eml'],
    ['Chi cu\u0323c Thu\u0309y sa\u0309n', 'Chi cục Thủy sản.eml'],
    ['...', 'don-vi.eml'],
    ['CON', 'don-vi.eml'],
  ])('reminderFileName(%j) = %j', (unit, expected) => {
    expect(reminderFileName(unit)).toBe(expected);
  });

  test.each([
    ['a@x.gov.vn', ['a@x.gov.vn'], []],
    ['a@x.gov.vn; b@y.vn, c@z.vn', ['a@x.gov.vn', 'b@y.vn', 'c@z.vn'], []],
    ['mailto:a@x.vn', ['a@x.vn'], []],
    ['b@y', [], ['b@y']],
    // Pasted from Outlook: the name is not an address, the bracketed one is.
    ['Chi cục Thủy sản <ccts@quangngai.gov.vn>; "Trần Văn B" <b@y.vn>', ['ccts@quangngai.gov.vn', 'b@y.vn'], []],
    ['<a@x.vn> c@z.vn thuysan@', ['a@x.vn', 'c@z.vn'], ['thuysan@']],
    ['', [], []],
  ])('emailsOf(%j)', (cell, valid, invalid) => {
    expect(emailsOf(cell)).toEqual({ valid, invalid });
  });
});

describe('the printable notice (write plan)', () => {
  test('one A4 portrait sheet per reminder, its table the reminder items, header repeated; same-named units kept apart', async () => {
    const plan = await seedPlan();
    const status = computePlanStatus(plan, { asOf: ASOF, directory: DIRECTORY });
    const reminders = planReminders(plan, status, DIRECTORY);
    const twin = { ...reminders[0], unit: 'Văn phòng Sở', shortName: 'VP' };
    const written = reminderSheetsWritePlan([reminders[0], twin]);
    expect(written.sheets.map((s) => s.sheet)).toEqual(['Nhắc việc - VP', 'Nhắc việc - VP (2)']);
    expect(written.activate).toBe('Nhắc việc - VP');
    const sheet = written.sheets[0];
    expect(sheet.pageSetup).toMatchObject({ orientation: 'portrait', paper: 'A4', fitToWidth: true });
    const [header] = sheet.pageSetup!.printTitleRows!;
    const table = sheet.values.find((v) => v.row === header)!;
    expect(table.values[0]).toEqual(['STT', 'Nhiệm vụ', 'Nội dung', 'Kết quả', 'Hạn', 'Trạng thái']);
    const body = sheet.values.find((v) => v.row === header + 1)!.values;
    expect(body.map((r) => [r[1], r[2], r[3]])).toEqual(reminders[0].items.map((i) => [i.label, i.content, i.result]));
    for (const m of sheet.merges) expect(m.right).toBeLessThanOrEqual(6);
    expect(reminderSheetsWritePlan([])).toEqual({ sheets: [] });
  });

  test.each([
    ['Chi cục Thủy sản', 'CCTS', 'Nhắc việc - CCTS'],
    ['Chi cục Thủy sản', '', 'Nhắc việc - Chi cục Thủy sản'],
    // Shortened as the units' status sheets are ("Chi cục" → "CC"), then cut at a word.
    ['Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản', '', 'Nhắc việc - CC Quản lý chất'],
    ['Phòng A/B: [x]', '', 'Nhắc việc - Phòng A B x'],
  ])('noticeSheetName(%j, %j) = %j', (unit, short, expected) => {
    expect(noticeSheetName(unit, short)).toBe(expected);
    expect(expected.length).toBeLessThanOrEqual(31);
  });
});

describe('the e-mail column of "Danh mục đơn vị" (read by the directory reader)', () => {
  test.each(['Email', 'E-mail', 'Địa chỉ email', 'Thư điện tử', 'Địa chỉ thư điện tử'])('heading %j: the address reaches the reminder', (heading) => {
    const { directory, findings } = readUnitDirectory({
      name: 'Danh mục đơn vị',
      merges: [],
      values: [
        ['STT', 'Tên đơn vị', 'Giải quyết TTHC', heading],
        [1, 'Văn phòng Sở', 'Không', 'vp@snn.gov.vn'],
        [2, 'Chi cục Thủy sản', 'Có', ' ccts@snn.gov.vn '],
      ],
    });
    expect(findings).toEqual([]);
    expect(recipientOf(directory, 'Chi cục Thủy sản')).toEqual({ shortName: '', emails: ['ccts@snn.gov.vn'], warnings: [] });
    expect(consolidatorOf(directory)).toEqual({ name: 'Văn phòng Sở', email: 'vp@snn.gov.vn' });
  });
});
