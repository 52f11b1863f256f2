import type { IsoDate } from '../calendar/isoDate';
import type { CellRange, CellValue } from '../grid';
import type { RangeFormat, WritePlan } from '../write/writePlan';
import { SEED_APPENDIX_ROWS } from './seedAppendixRows';
import { samplePlanRows } from './datedPlan';

/** Sheet and file names of the sample plan the pane offers ("Dùng dữ liệu mẫu"). */
export const SAMPLE_PLAN_SHEET = 'Phụ lục';
export const SAMPLE_PLAN_FILE = 'ke-hoach-mau.xlsx';

const COLUMNS = 6;
const WIDTHS = [6, 42, 42, 22, 24, 18];
const ROMAN = /^[IVXLC]+\.?$/;

function isHeaderRow(cells: readonly string[]): boolean {
  return cells[0] === 'STT' || (cells[0] === '' && cells[3] === 'Chủ trì');
}

/** STT "7" becomes the number 7, as officers type it; everything else stays text. */
function cellValue(text: string, col: number): CellValue {
  if (text === '') return null;
  if (col === 0 && /^\d+$/.test(text)) return Number(text);
  return text;
}

/**
 * The write plan that creates the sample plan sheet: the seed plan's appendix exactly as the
 * signed PDF lays it out (header repeated at page breaks, split rows), with the borders, bold
 * headers and widths an officer's copy would have. With `asOf`, the plan of that day's year
 * with some tasks due around the day ({@link samplePlanRows}), so every status shows. Both workbook kinds apply it, so the sample
 * opens outside Excel and is inserted inside Excel the same way.
 *
 * @example
 * samplePlanWritePlan().sheets[0].sheet // 'Phụ lục'
 * samplePlanWritePlan({ sheet: 'Kế hoạch mẫu' }).activate // 'Kế hoạch mẫu'
 */
export function samplePlanWritePlan(options: { sheet?: string; asOf?: IsoDate } = {}): WritePlan {
  const sheet = options.sheet ?? SAMPLE_PLAN_SHEET;
  const source: readonly (readonly string[])[] = options.asOf ? samplePlanRows(options.asOf) : SEED_APPENDIX_ROWS;
  const values: CellValue[][] = source.map((cells) => {
    const line: CellValue[] = [];
    for (let c = 0; c < COLUMNS; c++) line.push(cellValue(cells[c] ?? '', c));
    return line;
  });
  const formats: RangeFormat[] = [];
  const merges: CellRange[] = [];
  const firstTableRow = source.findIndex(isHeaderRow) + 1;
  source.forEach((cells, i) => {
    const row = i + 1;
    const whole = { top: row, left: 1, bottom: row, right: COLUMNS };
    if (row < firstTableRow) {
      if (cells.length > 0) {
        merges.push(whole);
        formats.push({ range: whole, format: { bold: row === 1 || row === 3, italic: row > 3, horizontal: 'center', wrap: true } });
      }
      return;
    }
    if (cells.length === 0) return;
    if (isHeaderRow(cells)) {
      formats.push({ range: whole, format: { bold: true, horizontal: 'center', vertical: 'middle', wrap: true, fill: '#F2F2F2', border: 'thin' } });
    } else {
      formats.push({ range: whole, format: { vertical: 'top', wrap: true, border: 'thin', bold: ROMAN.test(cells[0] ?? '') } });
    }
  });
  return {
    sheets: [
      {
        sheet,
        mode: 'create',
        values: [{ row: 1, col: 1, values }],
        formats,
        merges,
        columnWidths: WIDTHS.map((width, i) => ({ col: i + 1, width })),
        pageSetup: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
      },
    ],
    activate: sheet,
  };
}
