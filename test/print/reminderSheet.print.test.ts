import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readPlanTable } from '../../src/core/plan/readPlanTable';
import { planReminders } from '../../src/core/remind/planReminders';
import { reminderSheetsWritePlan } from '../../src/core/remind/reminderSheet';
import type { Reminder } from '../../src/core/remind/model';
import { computePlanStatus } from '../../src/core/status/computeStatus';
import { DEFAULT_UNIT_DIRECTORY } from '../../src/core/units/directory';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { readSeedAppendix } from '../fixtures/seedText';

/**
 * Prints the "Phiếu nhắc việc" of the seed plan's most late unit (as of 10/03/2024) with
 * LibreOffice and reads the PDF back. Same tool rules as the status sheets' print test.
 */
const TOOLS = ['soffice', 'pdfinfo', 'pdftotext'];
const missing = TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
const runs = missing.length === 0 || !!process.env.CI;
if (!runs) process.stderr.write(`\n[print] skipped: ${missing.join(', ')} not installed (apt-get install libreoffice-calc-nogui poppler-utils).\n`);

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 120_000 });
  if (r.error) throw new Error(`${cmd} could not run: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

(runs ? describe : describe.skip)('phiếu nhắc việc prints (LibreOffice → PDF)', () => {
  let dir: string;
  let pdf: string;
  let reminder: Reminder;
  const pageText: string[] = [];

  beforeAll(async () => {
    expect(missing).toEqual([]);
    const { plan } = readPlanTable([{ name: 'Phụ lục', values: readSeedAppendix().map((l) => l.cells), merges: [] }]);
    if (!plan) throw new Error('the seed appendix did not read');
    const status = computePlanStatus(plan, { asOf: '2024-03-10' });
    reminder = planReminders(plan, status, DEFAULT_UNIT_DIRECTORY)[0];
    const book = FileWorkbook.create('nhac-viec.xlsx');
    await book.apply(reminderSheetsWritePlan([reminder]));
    dir = mkdtempSync(path.join(tmpdir(), 'kstthc-remind-print-'));
    const xlsx = path.join(dir, 'nhac-viec.xlsx');
    writeFileSync(xlsx, await book.save());
    run('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx]);
    pdf = path.join(dir, 'nhac-viec.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1] ?? 0);
    for (let p = 1; p <= pages; p++) pageText.push(run('pdftotext', ['-layout', '-f', String(p), '-l', String(p), pdf, '-']));
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('A4 portrait', () => {
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(run('pdfinfo', [pdf]));
    expect(Number(size?.[1])).toBeCloseTo(595.3, 0);
    expect(Number(size?.[2])).toBeCloseTo(841.9, 0);
  });

  test('the notice reads whole: headings, date line, title, greeting, every deliverable, request, signature', () => {
    const all = pageText.join('\n');
    const flat = all.replace(/\s+/g, ' ');
    expect(pageText[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(pageText[0]).toContain('Quảng Ngãi, ngày 10 tháng 03 năm 2024');
    expect(pageText[0]).toContain('PHIẾU NHẮC VIỆC');
    expect(pageText[0]).toContain(`Kính gửi: ${reminder.unit}.`);
    for (const item of reminder.items) expect(all).toMatch(new RegExp(`^\\s*\\d+\\s+${item.label}\\s`, 'm'));
    expect(flat).toContain('Trân trọng./.');
    expect(flat).toContain('(Ký, ghi rõ họ tên)');
    expect(flat).toContain('Nơi nhận:');
    // Every column on the page: the last heading and the statuses are printed.
    expect(pageText[0]).toContain('Trạng thái');
    expect(flat).toContain('Quá hạn');
  });

  test('each page: the table heading repeated and "Trang n/N"', () => {
    pageText.forEach((text, i) => {
      expect(text).toContain(`Trang ${i + 1}/${pageText.length}`);
      if (i > 0 && /^\s*\d+\s+\d+[a-z]?\s/m.test(text)) expect(text).toContain('Nội dung');
    });
  });
});
