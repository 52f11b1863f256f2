import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { buildSeedPlanWorkbook } from '../fixtures/seedAppendix';
import { memoryIo } from '../support/memoryIo';

/**
 * Issue 14: the coloured plan sheet prints A4 landscape, one page wide — the officer's columns
 * and the add-in's status columns on the same pages, its header repeated, "Trang n/N" centred.
 */
const TOOLS = ['soffice', 'pdfinfo', 'pdftotext'];
const missing = TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
const runs = missing.length === 0 || !!process.env.CI;
if (!runs) process.stderr.write(`\n[print] skipped: ${missing.join(', ')} not installed. With CI set this test runs and fails instead.\n`);

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

(runs ? describe : describe.skip)('the coloured plan sheet prints (LibreOffice → PDF)', () => {
  let dir: string;
  const pages: string[] = [];
  let size = '';

  beforeAll(async () => {
    expect(missing).toEqual([]);
    const io = memoryIo({ 'k.xlsx': await buildSeedPlanWorkbook('word') });
    expect(await main(['plan', 'k.xlsx', '--as-of', '2024-03-10', '--out', 'to-mau.xlsx'], io)).toBe(0);
    dir = mkdtempSync(path.join(tmpdir(), 'kstthc-plan-print-'));
    const xlsx = path.join(dir, 'to-mau.xlsx');
    writeFileSync(xlsx, io.files.get('to-mau.xlsx')!);
    run('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx]);
    const pdf = path.join(dir, 'to-mau.pdf');
    const info = run('pdfinfo', [pdf]);
    size = /Page size:\s+([\d.]+ x [\d.]+)/.exec(info)?.[1] ?? '';
    const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
    for (let p = 1; p <= count; p++) pages.push(run('pdftotext', ['-layout', '-f', String(p), '-l', String(p), pdf, '-']));
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('A4 landscape', () => {
    expect(size).toMatch(/^841\.\d+ x 595\.\d+$/);
  });

  test('one page wide: every page of the plan has the officer’s first column and the added status columns', () => {
    const planPages = pages.filter((t) => !t.includes('TIẾN ĐỘ THỰC HIỆN'));
    expect(planPages.length).toBeGreaterThan(0);
    for (const text of planPages) {
      expect(text).toContain('STT');
      expect(text).toContain('Hạn tiếp theo');
      expect(text).toContain('Trạng thái');
      expect(text).toMatch(/Trang \d+\/\d+/);
    }
  });
});
