/**
 * The self-test report as the lines the pane shows and the text "Sao chép báo cáo" copies (to
 * paste into an e-mail to the developers): Vietnamese, one line per requirement set and per
 * check, "đạt" / "không đạt" with Excel's own error code and message.
 */
import type { CheckFailure, CheckResult, RequirementResult, SelfTestReport } from './model';
import { reportCounts } from './model';

export type LineStatus = 'đạt' | 'không đạt' | 'chưa chạy' | 'không có';

export interface ReportLine {
  status: LineStatus;
  /** What was checked. */
  label: string;
  /** Why it did not pass, or a note on a pass (sizes, date system …); null when none. */
  detail: string | null;
  /** The error's own text, for the developers: in the copied report, not in the pane. */
  raw?: string;
}

/** Excel's refusal in one sentence: its code, its own message, where in the request. */
export function failureText(f: CheckFailure): string {
  if (!f.code) return f.text;
  const excel = [`Excel báo lỗi ${f.code}`, f.excelMessage ? `"${f.excelMessage}"` : null, f.location ? `tại ${f.location}` : null].filter(Boolean).join(', ');
  return f.text === 'Excel từ chối thao tác.' ? excel : `${excel}. ${f.text}`;
}

export function requirementLine(r: RequirementResult): ReportLine {
  const label = `Bộ API ${r.set}`;
  if (r.supported) return { status: 'đạt', label, detail: null };
  if (r.optional) return { status: 'không có', label, detail: `không bắt buộc, Excel này không có: ${r.disables}` };
  return { status: 'không đạt', label, detail: `Excel này không hỗ trợ; không dùng được: ${r.disables}` };
}

export function checkLine(c: CheckResult): ReportLine {
  const o = c.outcome;
  if (o.status === 'pass') return { status: 'đạt', label: c.label, detail: o.note };
  if (o.status === 'skip') return { status: 'chưa chạy', label: c.label, detail: o.reason };
  return { status: 'không đạt', label: c.label, detail: failureText(o.failure), ...(o.failure.raw ? { raw: o.failure.raw } : {}) };
}

function lineText(line: ReportLine): string {
  return `${line.status} — ${line.label}${line.detail ? `: ${line.detail}` : ''}${line.raw ? ` (lỗi: ${line.raw})` : ''}`;
}

/** `12/06/2026 09:15` in Vietnam time, whatever the machine's zone. */
function vietnamTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 7 * 3_600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/**
 * The whole report as plain text, one line per requirement set and check, a summary last.
 *
 * @example
 * reportText(report).split('\n').at(-1) // 'Kết quả: 33 đạt, 0 không đạt.'
 */
export function reportText(report: SelfTestReport): string {
  const { passed, failed, notRun } = reportCounts(report);
  const h = report.host;
  return [
    `Kiểm soát TTHC ${report.addinVersion} — báo cáo tự kiểm tra lúc ${vietnamTime(report.startedAt)}`,
    `Máy: ${h.kind}; phiên bản ${h.version ?? 'không rõ'}; nền tảng ${h.platform ?? 'không rõ'}; ngôn ngữ ${h.language ?? 'không rõ'}`,
    `Trình duyệt của ngăn tác vụ: ${h.userAgent ?? 'không rõ'}`,
    '',
    'Bộ API phần bổ trợ cần:',
    ...report.requirements.map((r) => lineText(requirementLine(r))),
    '',
    'Thao tác trên sổ tính:',
    ...report.checks.map((c) => lineText(checkLine(c))),
    '',
    `Kết quả: ${passed} đạt, ${failed} không đạt${notRun > 0 ? `, ${notRun} chưa chạy` : ''}.`,
  ].join('\n');
}
