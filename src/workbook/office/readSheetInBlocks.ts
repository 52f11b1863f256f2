import type { CellRange, CellValue, SheetGrid } from '../../core/grid';
import { DATE_1904_OFFSET, excelSerialToDate, isDateNumberFormat } from './excelDates';
import { MERGED_AREAS_PER_CALL, mergedRangesOf, NOT_ABOUT_SIZE } from './mergedAreas';
import { OfficeOperationError } from './officeErrors';

/**
 * How much one read request may ask of Excel. Microsoft documents, for Excel on the web,
 * "Requests and responses are limited to 5MB" and "A range is limited to five million cells"
 * (Resource limits for Office Add-ins / Office Scripts platform limits), and for
 * `Range.getMergedAreasOrNullObject` that "if the merged areas count in this range is more than
 * 512, then this method will fail to return the result" (ExcelApi 1.13 reference, no error code
 * given). Blocks are sized well under each, from what the previous block held; after a failure
 * the merged-area slices or the block are halved, whatever the error's code.
 */
export interface ReadLimits {
  /** Rows of the first block (the next ones are sized from what it held). */
  firstBlockRows: number;
  /** Rows of any block: with the first read, syncs grow with rows / 5 000. */
  maxBlockRows: number;
  /** Cells of one values load (a tenth of the five-million-cell limit). */
  maxBlockCells: number;
  /** Response bytes aimed at per sync (3 MB: the 5 MB limit less room for the envelope and the formats). */
  targetResponseBytes: number;
  /** Merged areas aimed at per getMergedAreasOrNullObject call (under its 512); a block asks in several slices. */
  targetMergedAreas: number;
  /** Number-format cells loaded per sync (each "dd/mm/yyyy" is about 14 bytes of response). */
  maxFormatCells: number;
  /** A used range larger than this is refused: a stray cell far from the table, not data. */
  maxSheetCells: number;
  /** A sheet this small is read whole, formats included, in one sync (a title page, a list). */
  smallSheetCells: number;
}

export const READ_LIMITS: ReadLimits = {
  firstBlockRows: 1_000,
  maxBlockRows: 5_000,
  maxBlockCells: 500_000,
  targetResponseBytes: 3 * 1024 * 1024,
  targetMergedAreas: 400,
  maxFormatCells: 120_000,
  maxSheetCells: 25_000_000,
  smallSheetCells: 20_000,
};

/** Errors Microsoft documents as a request or response too large: a smaller block helps. */
const SIZE_ERRORS = new Set(['ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded', 'RangeExceedsLimit', 'OperationCellsExceedLimit']);

/** A run of numbers in one column of the sheet (0-based, relative to A1) whose formats are still to be read. */
interface NumberRun {
  col: number;
  top: number;
  count: number;
}

const encoder = new TextEncoder();
const jsonBytes = (x: unknown) => encoder.encode(JSON.stringify(x)).length;

function codeOf(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

/**
 * Whether the open workbook counts dates from 1904 (Excel for Mac's old default). Queues
 * `DATE(1904,1,1)` through `workbook.functions` (ExcelApi 1.2): it is 0 in the 1904 system,
 * 1462 in the 1900 one. `Workbook.use1904DateSystem` is in no released requirement set.
 * Read `value` after the caller's sync.
 */
export function queueDate1904Probe(context: Excel.RequestContext): { readonly value: boolean } {
  const day = context.workbook.functions.date(1904, 1, 1);
  day.load('value');
  return {
    get value() {
      return day.value === 0;
    },
  };
}

function tooLarge(name: string, rows: number, cols: number): OfficeOperationError {
  return new OfficeOperationError(
    `Trang tính "${name}" có vùng dữ liệu quá lớn (${rows} dòng × ${cols} cột): có thể có ô ở rất xa bảng. Hãy nhấn Ctrl+End để tìm ô đó, xoá các dòng, cột thừa rồi thử lại.`,
    'SheetTooLarge',
  );
}

/**
 * Reads a sheet's values, merged areas and (for numbers only) number formats in bounded
 * requests: rows in blocks, each block's merged areas with it (in slices of about 400, under
 * getMergedAreasOrNullObject's 512), a small sheet's formats with its values, the formats of the numbers of
 * one block with the next block. Syncs: one to size the sheet, about one per 5 000 rows, one
 * for the last formats (two in all for a sheet under 20 000 cells). Dates come back as grid dates in the workbook's date system.
 *
 * @example
 * await readSheetInBlocks(context, 'Kế hoạch') // { name: 'Kế hoạch', values: [...], merges: [...] }
 */
export async function readSheetInBlocks(context: Excel.RequestContext, name: string, limits: ReadLimits = READ_LIMITS): Promise<SheetGrid> {
  const ws = context.workbook.worksheets.getItem(name);
  // Values only: a column formatted to the sheet's end must not make a million-row read.
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('rowIndex, columnIndex, rowCount, columnCount');
  const date1904 = queueDate1904Probe(context);
  await context.sync();
  if (used.isNullObject) return { name, values: [], merges: [] };
  const top = used.rowIndex;
  const left = used.columnIndex;
  const rows = used.rowCount;
  const cols = used.columnCount;
  if (rows * cols > limits.maxSheetCells) throw tooLarge(name, rows, cols);
  const offset = date1904.value ? DATE_1904_OFFSET : 0;

  const values: CellValue[][] = Array.from({ length: top }, () => []);
  const merges = new Map<string, CellRange>();
  let runs: NumberRun[] = [];
  const cellCap = Math.max(1, Math.floor(limits.maxBlockCells / cols));
  const small = rows * cols <= limits.smallSheetCells;
  let next = small ? rows : Math.min(limits.firstBlockRows, limits.maxBlockRows, cellCap);
  // Rows per getMergedAreasOrNullObject call: the block's merged areas are asked in slices.
  let mergeRows = next;
  let r = 0;

  /** Queues the formats of at most `maxFormatCells` waiting number cells; returns what to apply after the sync. */
  const queueFormats = () => {
    const taken: { run: NumberRun; range: Excel.Range }[] = [];
    let cells = 0;
    while (runs.length > 0 && cells + runs[0].count <= limits.maxFormatCells) {
      const run = runs.shift() as NumberRun;
      const range = ws.getRangeByIndexes(run.top, run.col, run.count, 1);
      range.load('numberFormat');
      taken.push({ run, range });
      cells += run.count;
    }
    if (taken.length === 0 && runs.length > 0) {
      // One run longer than a request's share: split it.
      const run = runs[0];
      const part = { col: run.col, top: run.top, count: limits.maxFormatCells };
      runs[0] = { col: run.col, top: run.top + part.count, count: run.count - part.count };
      const range = ws.getRangeByIndexes(part.top, part.col, part.count, 1);
      range.load('numberFormat');
      taken.push({ run: part, range });
    }
    return taken;
  };
  const applyFormats = (taken: { run: NumberRun; range: Excel.Range }[]) => {
    for (const { run, range } of taken) {
      const formats = range.numberFormat as unknown[][];
      for (let i = 0; i < run.count; i++) {
        const line = values[run.top + i];
        const v = line?.[run.col];
        const f = formats[i]?.[0];
        if (typeof v === 'number' && typeof f === 'string' && isDateNumberFormat(f)) line[run.col] = excelSerialToDate(v + offset);
      }
    }
  };

  while (r < rows) {
    const count = Math.min(next, rows - r);
    const block = ws.getRangeByIndexes(top + r, left, count, cols);
    // A small sheet read whole brings its formats along (≈ 20 000 × 12 bytes): one sync less.
    const withFormats = small && r === 0 && count === rows;
    if (withFormats) block.load('values, numberFormat');
    else block.load('values');
    // Excel reports a merged area only to a query holding its top-left cell (office-js 3611):
    // the slices start at column A, and the first one at row 1, so a band merged from outside
    // the used range is read too; each area comes back from exactly one slice.
    const slices: Excel.RangeAreas[] = [];
    for (let at = 0; at < count; at += mergeRows) {
      const from = r === 0 && at === 0 ? 0 : top + r + at;
      const slice = ws.getRangeByIndexes(from, 0, top + r + Math.min(at + mergeRows, count) - from, left + cols).getMergedAreasOrNullObject();
      slice.load('areas/items/address');
      slices.push(slice);
    }
    const waiting = [...runs];
    const formats = queueFormats();
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of up to 5 000 rows, sized under Excel's limits.
      await context.sync();
    } catch (err) {
      runs = waiting;
      // Excel does not say which call failed, and names no code for more than 512 merged
      // areas: a documented size error halves the block; any other failure halves the
      // merged-area slices while one could hold more than 512 areas, then the block.
      const code = codeOf(err) ?? '';
      if (NOT_ABOUT_SIZE.has(code)) throw err;
      const sliceRows = Math.min(mergeRows, count);
      if (!SIZE_ERRORS.has(code) && sliceRows * (left + cols) > MERGED_AREAS_PER_CALL) {
        mergeRows = Math.ceil(sliceRows / 2);
        continue;
      }
      if (count === 1) throw err;
      next = Math.ceil(count / 2);
      continue;
    }
    applyFormats(formats);

    const blockValues = block.values as unknown[][];
    const firstNumber = new Map<number, number>();
    const lastNumber = new Map<number, number>();
    blockValues.forEach((line, i) => {
      const out: CellValue[] = new Array<CellValue>(left).fill(null);
      line.forEach((v, c) => {
        if (v === '' || v === null || v === undefined) out.push(null);
        else if (typeof v === 'number') {
          out.push(v);
          if (!firstNumber.has(c)) firstNumber.set(c, i);
          lastNumber.set(c, i);
        } else if (typeof v === 'string' || typeof v === 'boolean') out.push(v);
        else out.push(String(v));
      });
      while (out.length > 0 && out[out.length - 1] === null) out.pop();
      values.push(out);
    });
    if (withFormats) {
      const formats = block.numberFormat as unknown[][];
      for (const [c, first] of firstNumber) {
        for (let i = first; i <= (lastNumber.get(c) as number); i++) {
          const line = values[top + i];
          const v = line[left + c];
          const f = formats[i]?.[c];
          if (typeof v === 'number' && typeof f === 'string' && isDateNumberFormat(f)) line[left + c] = excelSerialToDate(v + offset);
        }
      }
    } else {
      for (const [c, first] of firstNumber) runs.push({ col: left + c, top: top + r + first, count: (lastNumber.get(c) as number) - first + 1 });
    }
    let blockMerges = 0;
    for (const m of slices.flatMap(mergedRangesOf)) {
      blockMerges += 1;
      merges.set(`${m.top}:${m.left}:${m.bottom}:${m.right}`, m);
    }
    // The next block: as many rows as keep its response and its cells under the limits, its
    // merged areas asked in slices of about 400.
    const perRowBytes = Math.max(1, (jsonBytes(blockValues) + blockMerges * 40) / count);
    next = Math.max(1, Math.min(limits.maxBlockRows, cellCap, Math.floor(limits.targetResponseBytes / perRowBytes)));
    mergeRows = blockMerges > 0 ? Math.max(1, Math.floor((limits.targetMergedAreas * count) / blockMerges)) : next;
    r += count;
  }
  while (runs.length > 0) {
    const formats = queueFormats();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 120 000 number formats, never per cell.
    await context.sync();
    applyFormats(formats);
  }

  while (values.length > 0 && values[values.length - 1].length === 0) values.pop();
  const sorted = [...merges.values()].sort((a, b) => a.top - b.top || a.left - b.left);
  return { name, values, merges: sorted };
}
