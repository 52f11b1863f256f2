import type { IsoDate } from '../calendar/isoDate';
import type { CellRange, CellValue, SheetGrid } from '../grid';
import { rowsToFit } from '../highlight/rowsToFit';
import { a4PageSetup } from '../write/printSetup';
import type { RangeFormat, WritePlan } from '../write/writePlan';
import { samplePlanOf } from './datedPlan';
import type { SeedPlan } from './seedPlanModel';

/** Sheet and file names of the sample plan the pane offers ("Dùng dữ liệu mẫu"). */
export const SAMPLE_PLAN_SHEET = 'Phụ lục';
export const SAMPLE_PLAN_FILE = 'ke-hoach-mau.xlsx';

/**
 * The title block of the sample plan, as an officer's copy of the signed plan has it: the
 * issuing body top left, the national heading top right. The issuing body is what the status
 * sheets print ("Cơ quan ban hành").
 */
export const SAMPLE_ISSUER = ['UBND TỈNH QUẢNG NGÃI', 'SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN'] as const;
const NATIONAL_HEADING = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'] as const;

const COLUMNS = 6;
const WIDTHS = [6, 42, 42, 22, 24, 18];
const HEADER = ['STT', 'Nội dung công việc', 'Kết quả công việc', 'Đơn vị thực hiện', null, 'Thời gian thực hiện'];
const SUB_HEADER = [null, null, null, 'Chủ trì', 'Phối hợp', null];
const HEADER_FILL = '#F2F2F2';

/** A sheet being laid out: values by 1-based row, merges and formats. */
class Layout {
  readonly values: CellValue[][] = [];
  readonly merges: CellRange[] = [];
  readonly formats: RangeFormat[] = [];

  put(row: number, col: number, value: CellValue): void {
    while (this.values.length < row) this.values.push([]);
    const line = this.values[row - 1];
    while (line.length < col - 1) line.push(null);
    line[col - 1] = value;
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }
}

/** The title block: issuer and national heading, then the appendix's own title lines. Returns the next free row. */
function titleBlock(layout: Layout, plan: SeedPlan): number {
  SAMPLE_ISSUER.forEach((line, i) => {
    layout.put(i + 1, 1, line);
    layout.merge(i + 1, 1, i + 1, 2);
    layout.put(i + 1, 4, NATIONAL_HEADING[i]);
    layout.merge(i + 1, 4, i + 1, COLUMNS);
  });
  layout.formats.push({ range: { top: 1, left: 1, bottom: 2, right: COLUMNS }, format: { horizontal: 'center', vertical: 'top', wrap: true } });
  layout.formats.push({ range: { top: 2, left: 1, bottom: 2, right: COLUMNS }, format: { bold: true } });
  layout.formats.push({ range: { top: 1, left: 4, bottom: 1, right: COLUMNS }, format: { bold: true } });
  let row = 4;
  plan.titles.forEach((title, i) => {
    // "Phụ lục" and the title in capitals' weight; the "(Kèm theo …)" line in italics.
    layout.put(row, 1, i === 0 ? title.toUpperCase() : title);
    layout.merge(row, 1, row, COLUMNS);
    layout.formats.push({ range: { top: row, left: 1, bottom: row, right: COLUMNS }, format: { horizontal: 'center', wrap: true, bold: i < 2, italic: i >= 2 } });
    row++;
  });
  return row + 1;
}

/** The table as a Word table pasted into Excel: one row per deliverable, STT and Nội dung merged over a task's rows. */
function table(layout: Layout, plan: SeedPlan, top: number): void {
  HEADER.forEach((v, i) => layout.put(top, i + 1, v));
  SUB_HEADER.forEach((v, i) => v && layout.put(top + 1, i + 1, v));
  for (const col of [1, 2, 3, 6]) layout.merge(top, col, top + 1, col);
  layout.merge(top, 4, top, 5);
  layout.formats.push({ range: { top, left: 1, bottom: top + 1, right: COLUMNS }, format: { bold: true, horizontal: 'center', vertical: 'middle', wrap: true, fill: HEADER_FILL, border: 'thin' } });
  let row = top + 2;
  for (const section of plan.sections) {
    layout.put(row, 1, section.code);
    layout.put(row, 2, section.title);
    layout.merge(row, 2, row, COLUMNS);
    layout.formats.push({ range: { top: row, left: 1, bottom: row, right: COLUMNS }, format: { bold: true, vertical: 'top', wrap: true, border: 'thin' } });
    row++;
    for (const task of plan.tasks.filter((t) => t.section === section.code)) {
      const first = row;
      // Deliverables sharing one timing had it in one merged cell (seed tasks 15 and 30).
      const shared = task.deliverables.length > 1 && task.deliverables.every((d) => d.timing === task.deliverables[0].timing);
      for (const d of task.deliverables) {
        layout.put(row, 3, d.result || null);
        layout.put(row, 4, d.lead || null);
        layout.put(row, 5, d.support || null);
        if (!shared) layout.put(row, 6, d.timing || null);
        row++;
      }
      const last = row - 1;
      layout.put(first, 1, task.no);
      layout.put(first, 2, task.content);
      layout.merge(first, 1, last, 1);
      layout.merge(first, 2, last, 2);
      if (shared) {
        layout.put(first, 6, task.deliverables[0].timing);
        layout.merge(first, 6, last, 6);
      }
      layout.formats.push({ range: { top: first, left: 1, bottom: last, right: COLUMNS }, format: { vertical: 'top', wrap: true, border: 'thin' } });
      layout.formats.push({ range: { top: first, left: 1, bottom: last, right: 1 }, format: { horizontal: 'center' } });
    }
  }
}

/**
 * The write plan that creates the sample plan sheet: the seed plan's appendix as an officer's
 * copy of the signed plan holds it — title block with the issuing body, the table as Word
 * pastes it (merged STT and Nội dung), borders, bold headers, widths, and row heights that fit
 * the wrapped text when printed. With `asOf`, the plan of that day's year with some tasks due
 * around the day ({@link samplePlanOf}), so every status shows. Both workbook kinds apply it,
 * so the sample opens outside Excel and is inserted inside Excel the same way.
 *
 * @example
 * samplePlanWritePlan().sheets[0].sheet // 'Phụ lục'
 * samplePlanWritePlan({ sheet: 'Kế hoạch mẫu' }).activate // 'Kế hoạch mẫu'
 */
export function samplePlanWritePlan(options: { sheet?: string; asOf?: IsoDate } = {}): WritePlan {
  const sheet = options.sheet ?? SAMPLE_PLAN_SHEET;
  const plan = samplePlanOf(options.asOf);
  const layout = new Layout();
  const headerRow = titleBlock(layout, plan);
  table(layout, plan, headerRow);
  const width = Math.max(...layout.values.map((l) => l.length));
  const values = layout.values.map((l) => [...l, ...Array<CellValue>(width - l.length).fill(null)]);
  const grid: SheetGrid = { name: sheet, values, merges: layout.merges };
  const sizes = { columnWidths: WIDTHS, rowHeights: [], defaultColumnWidth: 8.43, defaultRowHeight: 15 };
  return {
    sheets: [
      {
        sheet,
        mode: 'create',
        values: [{ row: 1, col: 1, values }],
        formats: layout.formats,
        merges: layout.merges,
        columnWidths: WIDTHS.map((w, i) => ({ col: i + 1, width: w })),
        rowHeights: rowsToFit(grid, sizes, { top: 1, left: 1, bottom: values.length, right: COLUMNS }),
        pageSetup: a4PageSetup(WIDTHS, { titleRows: [headerRow, headerRow + 1] }),
      },
    ],
    activate: sheet,
  };
}
