/**
 * The self-test run against the recording fake of Excel: every check passes where the fake
 * behaves as Excel documents, the scratch sheet goes away (also after a failure), the officer's
 * sheets are as they were, and a failed operation or a missing requirement set is reported with
 * Excel's code and message and what it disables.
 */
import { runSelfTest, type SelfTestEnv } from '../../src/taskpane/selftest/runSelfTest';
import { reportCounts, type SelfTestReport } from '../../src/taskpane/selftest/model';
import { CHECKS } from '../../src/taskpane/selftest/checks';
import { REQUIREMENT_SETS, setLabel } from '../../src/taskpane/selftest/requirementSets';
import { reportText } from '../../src/taskpane/selftest/reportText';
import { FakeExcel, type FakeSheet } from '../fakes/excelFake';

jest.setTimeout(120_000);

const OFFICE_JS = 'https://officeapis.public.onecdn.static.microsoft/1/office.js';

function officeOf(missing: string[] = []): SelfTestEnv['office'] {
  return {
    requirements: { isSetSupported: (name: string, version?: string) => !missing.includes(`${name} ${version}`) },
    diagnostics: { host: 'Excel', platform: 'PC', version: '16.0.17928.20114' },
    displayLanguage: 'vi-VN',
  };
}

const CSP = `default-src 'self'; script-src 'self' https://officeapis.public.onecdn.static.microsoft https://appsforoffice.microsoft.com; connect-src 'self' https://officeapis.public.onecdn.static.microsoft https://appsforoffice.microsoft.com`;
const page = { scripts: [OFFICE_JS, 'https://addin.example/taskpane.js'], csp: CSP, blocked: [], officeJs: OFFICE_JS, resources: [OFFICE_JS, 'https://appsforoffice.microsoft.com/lib/1/hosted/excel-web-16.00.js'] };

/** The officer's workbook: a plan sheet with a merged title, and a second sheet. */
function officerWorkbook(): FakeExcel {
  const fake = new FakeExcel();
  fake.seed('Kế hoạch', [['KẾ HOẠCH KIỂM SOÁT TTHC NĂM 2026'], [], ['STT', 'Nội dung'], [1, 'Rà soát thủ tục']], { merges: [{ top: 1, left: 1, bottom: 1, right: 6 }] });
  fake.seed('Sổ hồ sơ', [['Mã hồ sơ'], ['000.00.12.H48-240001']], { numberFormats: { A2: '@' } });
  fake.activeSheet = 'Sổ hồ sơ';
  return fake;
}

function snapshot(sheets: FakeSheet[]): string {
  return JSON.stringify(sheets.map((s) => ({ name: s.name, visibility: s.visibility, cells: [...s.cells], merges: s.merges, validations: s.validations, widths: [...s.columnWidths], heights: [...s.rowHeights], page: s.page, tab: s.tabColor, freeze: s.freeze })));
}

function lines(report: SelfTestReport): string[] {
  return report.checks.map((c) => `${c.id}: ${c.outcome.status}${c.outcome.status === 'fail' ? ` ${JSON.stringify(c.outcome.failure)}` : c.outcome.status === 'skip' ? ` ${c.outcome.reason}` : ''}`);
}

describe('self-test against the recording fake', () => {
  test('every check names only requirement sets of the table, and its id once', () => {
    const sets = new Set(REQUIREMENT_SETS.map(setLabel));
    expect(CHECKS.flatMap((c) => c.uses.filter((u) => !sets.has(u)).map((u) => `${c.id}: ${u}`))).toEqual([]);
    expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
    for (const c of CHECKS) if (c.after) expect(CHECKS.findIndex((x) => x.id === c.after)).toBeLessThan(CHECKS.indexOf(c));
  });

  test('every check passes, the scratch sheet is removed and the officer’s sheets are unchanged', async () => {
    const fake = officerWorkbook();
    const before = snapshot(fake.sheets);
    const report = await runSelfTest({ run: fake.run, office: officeOf(), page, userAgent: 'jest' });
    expect(lines(report).filter((l) => !l.endsWith(': pass'))).toEqual([]);
    expect(report.checks.find((c) => c.id === 'print')?.outcome).toEqual({ status: 'pass', note: expect.stringMatching(/^Excel đọc lại thu phóng: vừa 1 trang ngang, \d+ trang dọc$/) });
    expect(report.checks.map((c) => c.id)).toEqual(['preflight', ...CHECKS.map((c) => c.id), 'cleanup']);
    expect(reportCounts(report)).toEqual({ passed: report.requirements.length + CHECKS.length + 2, failed: 0, notRun: 0 });
    expect(snapshot(fake.sheets)).toBe(before);
    expect(fake.activeSheet).toBe('Sổ hồ sơ');
    expect(fake.settings.size).toBe(0);
    expect(report.host).toMatchObject({ kind: 'Excel cho Windows', version: '16.0.17928.20114' });
  });

  test('a failed operation and missing requirement sets: the report says which, with Excel\'s code and message, and what it disables; the scratch sheet still goes', async () => {
    const fake = officerWorkbook();
    const before = snapshot(fake.sheets);
    fake.failWrite = (w) => (w.kind === 'dataValidation.rule' ? { code: 'InvalidArgument', message: 'The argument is invalid or missing or has an incorrect format.' } : undefined);
    const report = await runSelfTest({ run: fake.run, office: officeOf(['OpenBrowserWindowApi 1.1', 'ExcelApi 1.9']), page, userAgent: 'jest' });
    const byId = new Map(report.checks.map((c) => [c.id, c.outcome]));
    expect(byId.get('validation')).toEqual({
      status: 'fail',
      failure: expect.objectContaining({ code: 'InvalidArgument', excelMessage: 'The argument is invalid or missing or has an incorrect format.' }),
    });
    // The sheet-deletion check reads back what the validation check wrote: not run.
    expect(byId.get('delete-sheet')).toMatchObject({ status: 'skip' });
    expect(byId.get('formulas')).toMatchObject({ status: 'pass' });
    expect(byId.get('cleanup')).toMatchObject({ status: 'pass' });
    expect(snapshot(fake.sheets)).toBe(before);
    expect(reportCounts(report)).toEqual({ passed: expect.any(Number), failed: 2, notRun: 1 });

    const text = reportText(report).split('\n');
    expect(text.find((l) => l.startsWith('không đạt — Bộ API ExcelApi 1.9:'))).toMatch(/^không đạt — Bộ API ExcelApi 1\.9: Excel này không hỗ trợ; không dùng được: tô màu nhiều dòng một lần; thiết lập trang in \(A4, vừa một trang ngang, tiêu đề in lặp, số trang\), ngắt trang/);
    expect(text).toContain('không có — Bộ API OpenBrowserWindowApi 1.1: không bắt buộc, Excel này không có: mở thư nhắc việc bằng chương trình thư của máy (Excel trên web mở bằng trình duyệt; vẫn tải được tệp .eml)');
    expect(text.find((l) => l.startsWith('không đạt — Danh sách chọn'))).toMatch(/: Excel báo lỗi InvalidArgument, "The argument is invalid or missing or has an incorrect format\."\. Excel từ chối dữ liệu gửi tới.*$/);
    expect(text.find((l) => l.startsWith('chưa chạy — Xoá trang tính'))).toContain('chưa chạy vì bước "Danh sách chọn trong ô');
    expect(text.at(-1)).toMatch(/^Kết quả: \d+ đạt, 2 không đạt, 1 chưa chạy\.$/);
    expect(text[1]).toBe('Máy: Excel cho Windows; phiên bản 16.0.17928.20114; nền tảng PC; ngôn ngữ vi-VN');
  });

  test("a refused check names the set its calls need that this Excel lacks", async () => {
    const fake = officerWorkbook();
    fake.failWrite = (w) => (w.kind === 'dataValidation.rule' ? { code: 'ApiNotFound', message: 'The API you are trying to use could not be found.' } : undefined);
    const report = await runSelfTest({ run: fake.run, office: officeOf(['ExcelApi 1.8']), page, userAgent: 'jest', checks: CHECKS.filter((c) => c.id === 'validation') });
    const outcome = report.checks.find((c) => c.id === 'validation')?.outcome;
    expect(outcome?.status === 'fail' && outcome.failure.text).toMatch(/ Excel này không có bộ API ExcelApi 1\.8\.$/);
  });

  test('a workbook that already has a "Tự kiểm tra" sheet: nothing runs, nothing is deleted', async () => {
    const fake = officerWorkbook();
    fake.seed('Tự kiểm tra', [['sheet of the officer']]);
    const before = snapshot(fake.sheets);
    const report = await runSelfTest({ run: fake.run, office: officeOf(), page, userAgent: 'jest' });
    expect(report.checks[0]).toMatchObject({ id: 'preflight', outcome: { status: 'fail', failure: { text: expect.stringContaining('Sổ tính đã có trang "Tự kiểm tra"') } } });
    expect(report.checks.slice(1).every((c) => c.outcome.status === 'skip')).toBe(true);
    expect(report.checks.some((c) => c.id === 'cleanup')).toBe(false);
    expect(snapshot(fake.sheets)).toBe(before);
    expect(fake.writes).toEqual([]);
  });

  test('in a workbook that counts dates from 1904 the dates check passes and says so', async () => {
    const fake = officerWorkbook();
    fake.date1904 = true;
    const report = await runSelfTest({ run: fake.run, office: officeOf(), page, userAgent: 'jest', checks: CHECKS.filter((c) => c.id === 'dates') });
    expect(report.checks.find((c) => c.id === 'dates')?.outcome).toEqual({ status: 'pass', note: 'sổ tính dùng hệ ngày 1904' });
  });

  test('a failed write fails its check and leaves unrun the checks that read its sheet back', async () => {
    const fake = officerWorkbook();
    fake.failWrite = (w) => (w.kind === 'format.fill.color' || w.kind === 'pageLayout.zoom' ? { code: 'GeneralException', message: 'An internal error has occurred.' } : undefined);
    const report = await runSelfTest({ run: fake.run, office: officeOf(), page, userAgent: 'jest' });
    expect(report.checks.filter((c) => c.outcome.status === 'fail').map((c) => c.id)).toEqual(['batch', 'print']);
    expect(report.checks.filter((c) => c.outcome.status === 'skip').map((c) => c.id)).toEqual(['merge', 'fill', 'border', 'number-format', 'font', 'size', 'freeze', 'page-break', 'tab-color']);
  });

  test('checks that read back notice when Excel keeps something else than what was written', async () => {
    const fake = officerWorkbook();
    const scratch = () => fake.sheet('Tự kiểm tra');
    // Between the write and the read-backs, the sheet changes as an Excel that dropped a fill and a merge would show it.
    const tamper: Record<string, () => void> = {
      merge: () => (scratch().merges = scratch().merges.slice(1)),
      fill: () => (scratch().cell(3, 1).fill = null),
      size: () => scratch().rowHeights.set(7, 15),
    };
    const report = await runSelfTest({
      run: fake.run,
      office: officeOf(),
      page,
      userAgent: 'jest',
      onProgress: (_done, _total, label) => CHECKS.filter((c) => c.label === label && tamper[c.id]).forEach((c) => tamper[c.id]()),
    });
    const failures = Object.fromEntries(report.checks.filter((c) => c.outcome.status === 'fail').map((c) => [c.id, c.outcome.status === 'fail' ? c.outcome.failure.text : '']));
    expect(failures).toEqual({
      merge: 'Vùng gộp: đọc lại ["B5:B6"], đã ghi ["A1:F1","B5:B6"]',
      fill: 'Ô A3, màu nền: đọc lại "#FFFFFF", đã ghi "#DDEBF7"',
      size: 'Dòng 7, chiều cao (điểm): đọc lại 15, đã ghi 45 (sai lệch cho phép 1)',
    });
  });

  test('an Excel that ignores fit-to-pages (office-js issue 1860) fails the print check with what it read back', async () => {
    const fake = officerWorkbook();
    fake.fitToPagesIgnored = true;
    const report = await runSelfTest({ run: fake.run, office: officeOf(), page, userAgent: 'jest', checks: CHECKS.filter((c) => c.id === 'print') });
    const print = report.checks.find((c) => c.id === 'print')?.outcome;
    expect(print?.status).toBe('fail');
    expect(print?.status === 'fail' && print.failure.text).toMatch(/^Vừa số trang theo chiều ngang: đọc lại không có, đã ghi 1; Số trang theo chiều dọc: đọc lại không có, không phải một số trang\.; .+/);
  });

  describe('downloads on Excel for Mac (office-js issue 2700)', () => {
    const WKWEBVIEW = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)';
    const downloads = CHECKS.filter((c) => c.id === 'downloads');
    const withOffice = async (platform: string, userAgent: string, office = officeOf()) => {
      const g = globalThis as { Office?: unknown };
      g.Office = { context: { platform } };
      try {
        const fake = officerWorkbook();
        const report = await runSelfTest({ run: fake.run, office: { ...office, diagnostics: { host: 'Excel', platform, version: '16.0' } }, page, userAgent, checks: downloads });
        return report.checks.find((c) => c.id === 'downloads')?.outcome;
      } finally {
        delete g.Office;
      }
    };

    test('on a Mac the pane offers the text to copy, and the mail program opens through Office', async () => {
      expect(await withOffice('Mac', WKWEBVIEW)).toEqual({ status: 'pass', note: 'ngăn tác vụ không tải được tệp: thư nháp và kết quả hiện để chép' });
    });

    test('on Windows the pane downloads', async () => {
      expect(await withOffice('PC', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Edg/126.0')).toEqual({
        status: 'pass',
        note: 'tải về bằng trình duyệt của ngăn tác vụ',
      });
    });

    test('a WKWebView that Office does not call a Mac, or a Mac without OpenBrowserWindowApi, fails', async () => {
      expect(await withOffice('PC', WKWEBVIEW)).toMatchObject({ status: 'fail', failure: { text: expect.stringContaining('WKWebView') } });
      expect(await withOffice('Mac', WKWEBVIEW, officeOf(['OpenBrowserWindowApi 1.1']))).toMatchObject({ status: 'fail', failure: { text: expect.stringContaining('OpenBrowserWindowApi 1.1') } });
    });
  });
});
