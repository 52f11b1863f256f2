import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { buildSeedPlanWorkbook } from '../fixtures/seedAppendix';
import { memoryIo } from '../support/memoryIo';

// SPEC §10/§11: the plan year and span (--year wins), the lead and support units as named, and the one
// line saying which unit directory is in use.
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/real-plans', `${name}.xlsx`)));

interface Doc {
  year: number | null;
  span?: [number, number];
  directory: { source: string; units: number; line: string };
  tasks: { id: string; deliverables: { timing: string; leadUnits: string[]; supportUnits: string[]; schedule: { due: string[] }; units: { unit: string; role: string }[] }[] }[];
  warnings: { message: string }[];
}

async function planDoc(file: string, bytes: Uint8Array, ...argv: string[]): Promise<Doc> {
  const io = memoryIo({ [file]: bytes }, '2025-12-20');
  expect(await main(['plan', file, '--json', ...argv], io)).toBe(0);
  // Today (20/12/2025) is outside most of these plans' years: that warning alone is expected.
  expect(io.err.replace(/^CẢNH BÁO: Ngày đối chiếu \d\d\/\d\d\/\d{4} không thuộc .*\n/, '')).toBe('');
  return JSON.parse(io.out) as Doc;
}

describe('kstthc plan: plan year and span', () => {
  test('a title "GIAI ĐOẠN 2026-2030": year 2026, span [2026, 2030]', async () => {
    const doc = await planDoc('dn.xlsx', fixture('dongnai-179-2025-word'));
    expect([doc.year, doc.span]).toEqual([2026, [2026, 2030]]);
  });

  test('--year always wins; a year outside the span makes a one-year plan', async () => {
    const inSpan = await planDoc('dn.xlsx', fixture('dongnai-179-2025-word'), '--year', '2027');
    expect([inSpan.year, inSpan.span]).toEqual([2027, [2026, 2030]]);
    const outside = await planDoc('dn.xlsx', fixture('dongnai-179-2025-word'), '--year', '2025');
    expect([outside.year, outside.span]).toEqual([2025, undefined]);
  });

  test('--year moves the schedules of phrases without a year ("Hằng năm." in HCM 2820)', async () => {
    const yearly = (doc: Doc) => doc.tasks.flatMap((t) => t.deliverables).find((d) => d.timing === 'Hằng năm.')!.schedule.due;
    expect(yearly(await planDoc('hcm.xlsx', fixture('hcm-2820-2025-word')))).toEqual(['2026-12-16']);
    const doc = await planDoc('hcm.xlsx', fixture('hcm-2820-2025-word'), '--year', '2025');
    expect(doc.year).toBe(2025);
    expect(yearly(doc)).toEqual(['2025-12-16']);
  });

  test('the seed keeps its year and has no span', async () => {
    const doc = await planDoc('seed.xlsx', await buildSeedPlanWorkbook('word'));
    expect([doc.year, doc.span]).toEqual([2024, undefined]);
  });
});

describe('kstthc plan: units as named and the directory in use', () => {
  test('another agency: leadUnits/supportUnits as named, units from the learned directory, one directory line, no unit warning', async () => {
    const doc = await planDoc('hcm.xlsx', fixture('hcm-2820-2025-word'));
    expect(doc.directory).toEqual({ source: 'plan', units: 7, line: expect.stringMatching(/^Danh mục đơn vị: lập từ 7 đơn vị nêu trong kế hoạch/) });
    const d = doc.tasks.find((t) => t.id === 'I.4')!.deliverables[0];
    expect(d.leadUnits).toEqual(['Các sở, ngành', 'UBND xã, phường, đặc khu']);
    expect(d.supportUnits).toEqual(['Sở Tài chính']);
    expect(d.units.filter((u) => u.role === 'lead').map((u) => u.unit)).toEqual(['UBND xã, phường, đặc khu', 'Sở Khoa học và Công nghệ', 'Sở Nội vụ']);
    expect(doc.warnings.filter((w) => /đơn vị/.test(w.message))).toEqual([]);
  });

  test('the seed: the built-in directory of the Sở', async () => {
    const doc = await planDoc('seed.xlsx', await buildSeedPlanWorkbook('word'));
    expect(doc.directory).toEqual({ source: 'default', units: 14, line: expect.stringMatching(/danh mục mặc định/) });
    expect(doc.tasks[1].deliverables[0].leadUnits).toEqual(['Các phòng, cơ quan, đơn vị thuộc Sở có liên quan']);
  });

  test('without --json the directory line closes the summary', async () => {
    const io = memoryIo({ 'hcm.xlsx': fixture('hcm-2820-2025-word') }, '2025-12-20');
    expect(await main(['plan', 'hcm.xlsx'], io)).toBe(0);
    expect(io.out.trimEnd().split('\n').pop()).toMatch(/^Danh mục đơn vị: lập từ 7 đơn vị/);
  });
});
