/**
 * SPEC §12 "No header found": every real plan (development set and held-out set, Word and PDF
 * layouts), its header words replaced by words no reader knows — the same word for a column
 * wherever its header repeats — is found by its shape and reads as with its own headers: the same
 * tasks, sections and, for each deliverable, the same lead, support and timing, with one warning
 * naming the guessed roles. Kết quả is not guessed (SPEC lists it as optional for such a table).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SheetGrid } from '../../src/core/grid';
import type { PlanTable } from '../../src/core/plan/model';
import { readPlanTable } from '../../src/core/plan/readPlanTable';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { withUnknownHeaders } from '../support/nonsenseHeaders';

const FIXTURES = path.join(__dirname, '../fixtures');
const DEVELOPMENT = ['dongnai-179-2025', 'dongthap-552-2025', 'dongthap-617-2025', 'hanoi-310-2025', 'hcm-2820-2025', 'vpcp-624-2025'].map((n) => `real-plans/${n}`);
const HELD_OUT = ['daknong-stttt-2024', 'nq03-cp-2025', 'nq03-cp-2025-iii', 'nq03-cp-2025-v'].map((n) => `held-out/${n}`);
const NAMES = [...DEVELOPMENT, ...HELD_OUT].flatMap((n) => [`${n}-word`, `${n}-pdf`]);

async function readGrid(name: string): Promise<SheetGrid> {
  const file = path.join(FIXTURES, `${name}.xlsx`);
  const book = await FileWorkbook.open(new Uint8Array(readFileSync(file)), file);
  return book.readSheet((await book.sheetNames())[0]);
}

function reading(plan: PlanTable) {
  return {
    sections: plan.sections.map((s) => [s.path, s.level]),
    tasks: plan.tasks.map((t) => [t.id, t.section, t.content, t.deliverables.map((d) => [d.lead, d.support, d.timing, d.timingDate])]),
  };
}

test.each(NAMES)('%s with header words no reader knows reads as with its own', async (name) => {
  const grid = await readGrid(name);
  const own = readPlanTable([grid]).plan;
  expect(own?.reading?.guessed).toBe(false);
  const { plan, findings } = readPlanTable([withUnknownHeaders(grid)]);
  expect(plan).not.toBeNull();
  expect(reading(plan!)).toEqual(reading(own!));
  expect(plan!.reading?.guessed).toBe(true);
  expect(findings.filter((f) => /đọc theo hình dạng bảng/.test(f.message))).toHaveLength(1);
});
