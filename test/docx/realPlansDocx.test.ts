import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { memoryIo } from '../support/memoryIo';
import { realPlanDocx, realPlanNames, readRealPlanSource, REAL_PLANS_DIR } from './realPlanDocx';

/**
 * SPEC §13: `kstthc plan ke-hoach.docx` reads the appendix of a Word file exactly as `kstthc
 * plan` reads the same table pasted from Word into Excel. Each real-plans source is built as
 * a .docx (letterhead and signature tables before the appendix, a repeating header row,
 * merged runs as vertical merges, bulleted cells as paragraphs) and compared with the reading
 * of its NAME-word.xlsx: same sections, tasks, ids, deliverables, units, schedules and year.
 */

type Json = Record<string, unknown>;

/** The reading without sheet rows (the .docx sheet has its title block above the table, so rows differ). */
function withoutRows(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutRows);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Json).filter(([k]) => k !== 'rows' && k !== 'row').map(([k, v]) => [k, withoutRows(v)]));
  }
  return value;
}

/** The JSON reading, with what was said on stderr (an as-of outside the plan year is warned of) kept in `err`. */
async function planJson(file: string, bytes: Uint8Array): Promise<Json> {
  const io = memoryIo({ [file]: bytes });
  const code = await main(['plan', file, '--as-of', '2026-03-01', '--json'], io);
  expect(code).toBe(0);
  return { ...(JSON.parse(io.out) as Json), err: io.err };
}

const NAMES = realPlanNames();

test('every real-plans source is covered', () => {
  expect(NAMES).toEqual(['dongnai-179-2025', 'dongthap-552-2025', 'dongthap-617-2025', 'hanoi-310-2025', 'hcm-2820-2025', 'vpcp-624-2025']);
});

describe.each(NAMES)('%s: the .docx reads as the workbook pasted from Word', (name) => {
  let fromWord: Json;
  let fromExcel: Json;
  beforeAll(async () => {
    fromWord = await planJson(`${name}.docx`, await realPlanDocx(name));
    fromExcel = await planJson(`${name}-word.xlsx`, new Uint8Array(readFileSync(path.join(REAL_PLANS_DIR, `${name}-word.xlsx`))));
  });

  test('same tasks, ids, deliverables, units and schedules', () => {
    expect((fromWord.tasks as unknown[]).length).toBeGreaterThan(0);
    expect(withoutRows(fromWord.tasks)).toEqual(withoutRows(fromExcel.tasks));
    expect(withoutRows(fromWord.sections)).toEqual(withoutRows(fromExcel.sections));
  });

  test('same plan year, unit directory and warnings', () => {
    expect(fromWord.year).toEqual(expect.any(Number));
    expect(fromWord.year).toBe(fromExcel.year);
    expect(fromWord.directory).toEqual(fromExcel.directory);
    expect(fromWord.err).toBe(fromExcel.err);
  });

  test("the document's number, date and issuer come from its opening lines", () => {
    const src = readRealPlanSource(name);
    expect(fromWord.document).toMatchObject({ number: src.source.number, date: src.source.date, tables: 1 });
    expect(String((fromWord.document as Json).issuer)).toMatch(/ỦY BAN NHÂN DÂN|VĂN PHÒNG CHÍNH PHỦ/);
    expect(fromExcel.document).toBeUndefined();
  });
});
