import ExcelJS from 'exceljs';
import type { CellValue, SheetGrid } from '../../src/core/grid';
import { headerLabelOf } from '../../src/core/plan/headerLabels';

/** Header words no reader knows (SPEC §12 "No header found"): the officer must say what each column is. */
export const NONSENSE_HEADERS = ['Ô số', 'Cột xanh', 'Cột đỏ', 'Cột vàng', 'Cột tím', 'Cột nâu', 'Cột xám', 'Cột hồng', 'Cột lam', 'Cột lục'];

/**
 * A workbook's bytes with the filled cells of one sheet's row renamed to {@link NONSENSE_HEADERS},
 * left to right (the rest of the workbook as exceljs writes it back).
 *
 * @example
 * await withNonsenseHeaders(bytes, 'Phụ lục', 5) // row 5: 'Ô số', 'Cột xanh', 'Cột đỏ' …
 */
export async function withNonsenseHeaders(bytes: Uint8Array, sheet: string, row: number): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = book.getWorksheet(sheet);
  if (!ws) throw new Error(`withNonsenseHeaders: no sheet ${sheet}`);
  let i = 0;
  ws.getRow(row).eachCell((cell) => {
    cell.value = NONSENSE_HEADERS[i++ % NONSENSE_HEADERS.length];
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/**
 * A sheet whose header rows (every row naming two header labels or more: the header, its repeats
 * at page breaks, a sub-table's header) hold a nonsense word per column instead, the same word
 * for a column wherever its header repeats.
 */
export function withUnknownHeaders(grid: SheetGrid): SheetGrid {
  const values = grid.values.map((line): CellValue[] => {
    const labels = line.filter((v) => typeof v === 'string' && v.length <= 80 && headerLabelOf(v) !== null).length;
    return labels >= 2 ? line.map((v, c) => (v === null || v === '' ? v : NONSENSE_HEADERS[c % NONSENSE_HEADERS.length])) : line;
  });
  return { ...grid, values };
}
