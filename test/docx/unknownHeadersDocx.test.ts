/**
 * SPEC §12 "No header found" through SPEC §13: a Word appendix whose header words the reader does
 * not know is still the document's appendix (the longest table with a column of task numbers)
 * and reads as the same table with its own headers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SheetGrid } from '../../src/core/grid';
import type { PlanTable } from '../../src/core/plan/model';
import { readPlanTable } from '../../src/core/plan/readPlanTable';
import { readDocxPlanSheet } from '../../src/workbook/docx/docxPlan';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { withUnknownHeaders } from '../support/nonsenseHeaders';
import { docxOfGrid } from './gridDocx';
import { REAL_PLANS_DIR } from './realPlanDocx';

async function readGrid(name: string): Promise<SheetGrid> {
  const file = path.join(REAL_PLANS_DIR, `${name}.xlsx`);
  const book = await FileWorkbook.open(new Uint8Array(readFileSync(file)), file);
  return book.readSheet((await book.sheetNames())[0]);
}

const reading = (plan: PlanTable) => plan.tasks.map((t) => [t.id, t.content, t.deliverables.map((d) => [d.lead, d.support, d.timing])]);

test.each(['hcm-2820-2025-word', 'dongnai-179-2025-word', 'vpcp-624-2025-word'])('%s as a .docx with unknown header words', async (name) => {
  const grid = await readGrid(name);
  const own = readPlanTable([grid]).plan as PlanTable;
  const bytes = await docxOfGrid(withUnknownHeaders(grid), own.layout.headerRows[0]);
  const sheet = readDocxPlanSheet(bytes, `${name}.docx`);
  const { plan } = readPlanTable([sheet.grid]);
  expect(plan?.reading?.guessed).toBe(true);
  expect(reading(plan as PlanTable)).toEqual(reading(own));
});

test('a document whose only table has no task numbers is still refused', async () => {
  const grid: SheetGrid = { name: 'x', values: [['Tiêu đề'], ['Họ tên', 'Chức vụ', 'Đơn vị'], ['Nguyễn Văn A', 'Chuyên viên', 'Văn phòng Sở'], ['Trần Thị B', 'Chuyên viên', 'Thanh tra Sở']], merges: [] };
  const bytes = await docxOfGrid(grid, 2);
  expect(() => readDocxPlanSheet(bytes, 'x.docx')).toThrow(/bảng kế hoạch/);
});
