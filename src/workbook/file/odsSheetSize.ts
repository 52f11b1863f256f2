import { strFromU8, unzipSync } from 'fflate';
import { TagKind, XmlScanner } from './xmlScan';

/** A sheet of an .ods and the number of filled cells a reader makes of it. */
export interface OdsSheetSize {
  name: string;
  cells: number;
}

/**
 * The first sheet of an .ods with more than `limit` filled cells once its repeats are expanded,
 * or null. An .ods stores "this cell 100 times, this row 100 000 times" in a few bytes and
 * SheetJS builds every such cell (10 million cells from 1 kB stall it for minutes), so the
 * cell cap is checked on the XML before the parser sees it. Empty cells and rows (LibreOffice
 * repeats them to the sheet's edge) count nothing, as SheetJS skips them.
 *
 * @example
 * oversizedOdsSheet(odsBytes, 5_000_000) // { name: 'Sheet1', cells: 5_000_100 } or null
 */
export function oversizedOdsSheet(bytes: Uint8Array, limit: number): OdsSheetSize | null {
  let content: Uint8Array | undefined;
  try {
    content = unzipSync(bytes, { filter: (f) => f.name === 'content.xml' })['content.xml'];
  } catch {
    return null; // A broken zip: the parser says so.
  }
  if (!content) return null;
  const scan = new XmlScanner(strFromU8(content));
  let sheet = { name: '', cells: 0 };
  let rowRepeat = 1;
  let rowCells = 0;
  const repeat = (name: string) => {
    const n = Number(scan.attr(name) ?? 1);
    return Number.isFinite(n) && n > 1 ? n : 1;
  };
  try {
    while (scan.next()) {
      if (scan.name === 'table' && scan.kind !== TagKind.Close) {
        sheet = { name: scan.attr('name') ?? '', cells: 0 };
      } else if (scan.name === 'table-row') {
        if (scan.kind === TagKind.Open) {
          rowRepeat = repeat('number-rows-repeated');
          rowCells = 0;
        } else if (scan.kind === TagKind.Close) {
          sheet.cells += rowRepeat * rowCells;
          if (sheet.cells > limit) return sheet;
        }
      } else if ((scan.name === 'table-cell' || scan.name === 'covered-table-cell') && scan.kind !== TagKind.Close) {
        // A cell with a value or with content (text, annotations) is built by the reader.
        if (scan.kind === TagKind.Open || scan.attr('value-type') !== undefined) rowCells += repeat('number-columns-repeated');
      }
    }
  } catch {
    return null; // Markup that never closes: the parser says the file is broken.
  }
  return null;
}
