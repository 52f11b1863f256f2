import type ExcelJS from 'exceljs';
import type { CellRange, CellValue, SheetGrid, SheetSizes } from '../../core/grid';

/**
 * Converts one exceljs cell value to a grid value: formulas give their cached result,
 * rich text its plain text, hyperlinks their text, errors their code (#REF!).
 */
export function gridValueOf(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as unknown as Record<string, unknown>;
    if (Array.isArray(v.richText)) {
      return (v.richText as { text?: unknown }[]).map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
    }
    if ('error' in v && typeof v.error === 'string') return v.error;
    if ('formula' in v || 'sharedFormula' in v) {
      return 'result' in v ? gridValueOf(v.result as ExcelJS.CellValue) : null;
    }
    if ('text' in v) {
      const t = v.text;
      if (typeof t === 'string') return t;
      if (t && typeof t === 'object') return gridValueOf(t as ExcelJS.CellValue);
    }
  }
  return null;
}

/**
 * Parses an exceljs merge reference ("A1:B3") into a range.
 *
 * @example
 * parseRangeRef('B2:C4') // { top: 2, left: 2, bottom: 4, right: 3 }
 */
export function parseRangeRef(ref: string): CellRange | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const col = (s: string) => s.toUpperCase().split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const top = Number(m[2]);
  const left = col(m[1]);
  const bottom = m[4] ? Number(m[4]) : top;
  const right = m[3] ? col(m[3]) : left;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/** Reads an exceljs worksheet into a grid anchored at A1. */
export function gridOfWorksheet(ws: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const line: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Merged cells other than the master repeat the master's value in exceljs: keep only the master.
      if (cell.isMerged && cell.master !== cell) return;
      line[colNumber - 1] = gridValueOf(cell.value);
    });
    for (let i = 0; i < line.length; i++) if (line[i] === undefined) line[i] = null;
    values[rowNumber - 1] = line;
  });
  for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = [];
  const model = (ws as unknown as { _merges?: Record<string, { model?: { top: number; left: number; bottom: number; right: number } }> })._merges;
  const merges: CellRange[] = [];
  if (model) {
    for (const key of Object.keys(model)) {
      const m = model[key]?.model;
      if (m) merges.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
    }
  } else {
    for (const ref of (ws.model as { merges?: string[] }).merges ?? []) {
      const r = parseRangeRef(ref);
      if (r) merges.push(r);
    }
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  return { name: ws.name, values, merges };
}

/** Excel's defaults for Calibri 11: rows of 15 pt, columns of 8.43 characters. */
const DEFAULT_ROW_HEIGHT = 15;
const DEFAULT_COLUMN_WIDTH = 8.43;

/**
 * Column widths and row heights an exceljs worksheet holds (null where the sheet's default
 * applies), up to its last used column and row.
 */
export function sizesOfWorksheet(ws: ExcelJS.Worksheet): SheetSizes {
  const columnWidths: (number | null)[] = [];
  for (let c = 1; c <= ws.columnCount; c++) columnWidths.push(ws.getColumn(c).width ?? null);
  const rowHeights: (number | null)[] = [];
  for (let r = 1; r <= ws.rowCount; r++) rowHeights.push(ws.findRow(r)?.height ?? null);
  const props = ws.properties as { defaultRowHeight?: number; defaultColWidth?: number };
  return {
    columnWidths,
    rowHeights,
    defaultRowHeight: props.defaultRowHeight ?? DEFAULT_ROW_HEIGHT,
    defaultColumnWidth: props.defaultColWidth ?? DEFAULT_COLUMN_WIDTH,
  };
}
