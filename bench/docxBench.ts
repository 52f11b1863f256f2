import { performance } from 'node:perf_hooks';
import { readPlanTable } from '../src/core/plan/readPlanTable';
import type { SheetGrid } from '../src/core/grid';
import { readDocxPlanSheet } from '../src/workbook/docx/docxPlan';
import { FileWorkbook } from '../src/workbook/file/fileWorkbook';
import { largeSeedPlanGrid, workbookOfGrids } from '../test/fixtures/seedAppendix';
import { docxOfGrid } from '../test/docx/gridDocx';

/** One size of the .docx entry: the same plan read from .docx and from .xlsx (open the file, read it, read the plan). */
export interface DocxReadEntry {
  tasks: number;
  docxKB: number;
  xlsxKB: number;
  docxMs: number;
  xlsxMs: number;
  /** docxMs / xlsxMs (issue 23: at most 2). */
  ratio: number;
}

/**
 * The seed appendix repeated until it holds at least `tasks` tasks, each task's and result's
 * text made its own (a real plan does not say the same thing 28 times, and an .xlsx stores a
 * repeated text once).
 */
function planOfTasks(tasks: number): SheetGrid {
  let rows = tasks;
  for (;;) {
    const grid = largeSeedPlanGrid('word', rows);
    const plan = readPlanTable([grid]).plan;
    if (plan && plan.tasks.length >= tasks) {
      const unique = (v: SheetGrid['values'][number][number], r: number) => (typeof v === 'string' && v.length > 40 ? `${v} (dòng ${r + 1})` : v);
      return { ...grid, values: grid.values.map((line, r) => line.map((v) => unique(v, r))) };
    }
    rows = Math.ceil(rows * 1.2);
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Reading a plan from .docx against reading it from .xlsx: the seed appendix grown to
 * 1 000 tasks (and more), written once as a workbook and once as a Word document with the
 * same cells and merges; each timed from bytes to the plan (median of `runs`).
 */
export async function docxBench(options: { sizes: number[]; runs: number; log: (text: string) => void }): Promise<DocxReadEntry[]> {
  const out: DocxReadEntry[] = [];
  for (const size of options.sizes) {
    const grid = planOfTasks(size);
    const read = readPlanTable([grid]).plan;
    if (!read) throw new Error('bench: the generated plan has no header');
    const xlsx = await workbookOfGrids([grid]);
    const docx = await docxOfGrid(grid, read.layout.headerRows[0]);
    const readXlsx = async () => {
      const book = await FileWorkbook.open(xlsx, 'ke-hoach.xlsx');
      const grids: SheetGrid[] = [];
      for (const name of await book.sheetNames()) grids.push(await book.readSheet(name));
      return readPlanTable(grids).plan?.tasks.length ?? 0;
    };
    const readDocx = async () => readPlanTable([readDocxPlanSheet(docx, 'ke-hoach.docx').grid]).plan?.tasks.length ?? 0;
    // Interleaved, so both readers meet the same machine load; the first pair warms up.
    const xlsxTimes: number[] = [];
    const docxTimes: number[] = [];
    const fromXlsx = { tasks: 0, ms: 0 };
    const fromDocx = { tasks: 0, ms: 0 };
    for (let i = 0; i <= options.runs; i++) {
      let t0 = performance.now();
      fromXlsx.tasks = await readXlsx();
      if (i > 0) xlsxTimes.push(performance.now() - t0);
      t0 = performance.now();
      fromDocx.tasks = await readDocx();
      if (i > 0) docxTimes.push(performance.now() - t0);
    }
    fromXlsx.ms = Math.round(median(xlsxTimes) * 10) / 10;
    fromDocx.ms = Math.round(median(docxTimes) * 10) / 10;
    if (fromDocx.tasks !== fromXlsx.tasks) throw new Error(`bench: .docx read ${fromDocx.tasks} tasks, .xlsx ${fromXlsx.tasks}`);
    const entry = {
      tasks: fromDocx.tasks,
      docxKB: Math.round(docx.length / 1024),
      xlsxKB: Math.round(xlsx.length / 1024),
      docxMs: fromDocx.ms,
      xlsxMs: fromXlsx.ms,
      ratio: Math.round((fromDocx.ms / fromXlsx.ms) * 100) / 100,
    };
    out.push(entry);
    options.log(`docx        ${String(entry.tasks).padStart(7)} tasks  .docx ${entry.docxMs} ms  .xlsx ${entry.xlsxMs} ms  (${entry.ratio}×)`);
  }
  return out;
}
