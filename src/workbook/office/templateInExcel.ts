import type { TemplateFill } from '../../core/forms/templateFill';
import { rangeAddress } from '../../core/grid';
import type { CellFormat } from '../../core/write/writePlan';
import { validateTemplateFill } from '../validateTemplateFill';
import { WritePlanError } from '../validateWritePlan';
import { MAX_TEMPLATE_BYTES, type TemplateSheets } from '../workbook';
import { dateToExcelSerial } from './excelDates';
import { TEXT_FORMAT } from './writeOps';

/** Base64 of the bytes, in chunks (a 3 MB `String.fromCharCode(...bytes)` overflows the call stack). */
function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const rows = (from: number, count: number) => `${from}:${from + count - 1}`;

/** Bold and italic as the fill says (the only formats a template fill sets). */
function setFontStyle(range: Excel.Range, format: CellFormat): void {
  if (format.bold !== undefined) range.format.font.bold = format.bold;
  if (format.italic !== undefined) range.format.font.italic = format.italic;
}

/**
 * Copies the template's sheets into the open workbook (when `copy` is given) and fills them,
 * in one `Excel.run` context: a sync reads the sheet names (the fill is validated against them
 * before anything is written), a sync copies the sheets in with
 * `Workbook.insertWorksheetsFromBase64` (ExcelApi 1.13) — earlier copies of the same names
 * deleted first — and renames them, a last sync fills. Whole rows are inserted and deleted as
 * in Excel (merges, print area and formulas below move with them); new rows take the format
 * of the row the fill names (`copyFrom` … `Formats`: cell formats, merged areas and height, as
 * Excel's Paste Formats), text goes in as text ("@").
 *
 * @example
 * await Excel.run((context) => fillTemplateInExcel(context, outcome.fill, { bytes, sheets: [{ from: 'Biểu 05a', to: 'Mẫu tỉnh II.05a Quý I-2024' }] }));
 */
export async function fillTemplateInExcel(context: Excel.RequestContext, fill: TemplateFill, copy?: TemplateSheets): Promise<void> {
  if (copy && copy.bytes.length > MAX_TEMPLATE_BYTES) throw new WritePlanError(`template of ${copy.bytes.length} bytes is over ${MAX_TEMPLATE_BYTES}`);
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  validateTemplateFill(fill, [...worksheets.items.map((ws) => ws.name), ...(copy?.sheets.map((s) => s.to) ?? [])]);
  if (copy) {
    for (const s of copy.sheets) worksheets.items.find((ws) => ws.name.toLowerCase() === s.to.toLowerCase())?.delete();
    const ids = context.workbook.insertWorksheetsFromBase64(base64Of(copy.bytes), { sheetNamesToInsert: copy.sheets.map((s) => s.from), positionType: 'End' });
    await context.sync();
    // The ids come in the order of the names asked for; Excel may have renamed a sheet whose name was taken.
    ids.value.forEach((id, i) => (worksheets.getItem(id).name = copy.sheets[i].to));
  }
  for (const sf of fill.sheets) {
    const ws = worksheets.getItem(sf.sheet);
    for (const change of sf.rows) {
      const target = ws.getRange(rows(change.at, change.count));
      if (change.kind === 'delete') {
        target.delete('Up');
        continue;
      }
      target.insert('Down');
      ws.getRange(rows(change.at, change.count)).copyFrom(ws.getRange(rows(change.formatFrom, 1)), 'Formats');
    }
    // The new rows' merged areas came with copyFrom "Formats" (Paste Formats merges as the source): sf.merges is for the file path.
    for (const c of sf.cells) {
      const range = ws.getRange(rangeAddress({ top: c.row, left: c.col, bottom: c.row, right: c.col }));
      if (typeof c.value === 'string') range.numberFormat = [[TEXT_FORMAT]];
      range.values = [[c.value === null ? '' : c.value instanceof Date ? dateToExcelSerial(c.value) : c.value]];
    }
    for (const f of sf.formulas) ws.getRange(rangeAddress({ top: f.row, left: f.col, bottom: f.row, right: f.col })).formulas = [[`=${f.formula}`]];
    for (const { range, format } of sf.formats) setFontStyle(ws.getRange(rangeAddress(range)), format);
  }
  await context.sync();
}
