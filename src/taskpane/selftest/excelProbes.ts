/**
 * The self-test's own reads of what the features wrote: formats, sizes, page setup, validation,
 * selection, raw values. Each is one `Excel.run` with its loads queued before one sync. They
 * read, never write (except {@link removeSheets} and {@link activateSheet}, the clean-up).
 */
import type { ExcelRun } from '../../workbook/office/officeWorkbook';
import { queueDate1904Probe } from '../../workbook/office/readSheetInBlocks';

/** A sheet as the workbook lists it. */
export interface SheetEntry {
  name: string;
  visibility: string;
}

/** Every sheet (very hidden ones too) and the active one. */
export async function probeSheets(run: ExcelRun): Promise<{ sheets: SheetEntry[]; active: string }> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name, items/visibility');
    const active = context.workbook.worksheets.getActiveWorksheet();
    active.load('name');
    await context.sync();
    return { sheets: sheets.items.map((ws) => ({ name: ws.name, visibility: ws.visibility })), active: active.name };
  });
}

/** The formats of one cell (or a uniform range) as Excel reports them. */
export interface CellFormatRead {
  numberFormat: unknown;
  fill: string;
  fontName: string;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  fontSize: number;
  horizontal: string;
  vertical: string;
  wrap: boolean;
}

/** The formats of each address (`A3`, `B4:B8`) of one sheet. */
export async function probeFormats(run: ExcelRun, sheet: string, addresses: readonly string[]): Promise<Map<string, CellFormatRead>> {
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const ranges = addresses.map((address) => {
      const range = ws.getRange(address);
      range.load(
        'numberFormat, format/fill/color, format/font/name, format/font/color, format/font/bold, format/font/italic, format/font/size, format/horizontalAlignment, format/verticalAlignment, format/wrapText',
      );
      return { address, range };
    });
    await context.sync();
    return new Map(
      ranges.map(({ address, range }) => [
        address,
        {
          numberFormat: (range.numberFormat as unknown[][])[0]?.[0],
          fill: range.format.fill.color,
          fontName: range.format.font.name,
          fontColor: range.format.font.color,
          bold: range.format.font.bold,
          italic: range.format.font.italic,
          fontSize: range.format.font.size,
          horizontal: range.format.horizontalAlignment,
          vertical: range.format.verticalAlignment,
          wrap: range.format.wrapText,
        },
      ]),
    );
  });
}

/** The border edges the add-in sets (a thin border: all six). */
export type BorderEdge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

/** Style and weight of each named edge of a range. */
export async function probeBorders(run: ExcelRun, sheet: string, address: string, edges: readonly BorderEdge[]): Promise<Map<string, { style: string; weight: string }>> {
  return run(async (context) => {
    const borders = context.workbook.worksheets.getItem(sheet).getRange(address).format.borders;
    const items = edges.map((edge) => {
      const border = borders.getItem(edge);
      border.load('style, weight');
      return { edge, border };
    });
    await context.sync();
    return new Map(items.map(({ edge, border }) => [edge, { style: String(border.style), weight: String(border.weight) }]));
  });
}

/** Widths (points) of columns (`B:B`) and heights of rows (`3:3`). */
export async function probeSizes(run: ExcelRun, sheet: string, columns: readonly string[], rows: readonly number[]): Promise<{ widths: Map<string, number>; heights: Map<number, number> }> {
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const cols = columns.map((letter) => {
      const range = ws.getRange(`${letter}:${letter}`);
      range.load('format/columnWidth');
      return { letter, range };
    });
    const lines = rows.map((row) => {
      const range = ws.getRange(`${row}:${row}`);
      range.load('format/rowHeight');
      return { row, range };
    });
    await context.sync();
    return {
      widths: new Map(cols.map(({ letter, range }) => [letter, range.format.columnWidth])),
      heights: new Map(lines.map(({ row, range }) => [row, range.format.rowHeight])),
    };
  });
}

/** Page setup of a sheet as Excel reports it after the write (office-js issue 1860: read it back). */
export interface PageSetupRead {
  orientation: string;
  paperSize: string;
  zoom: Excel.PageLayoutZoomOptions;
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  centerFooter: string;
  /** Address of the print title rows, null when there are none. */
  titleRows: string | null;
}

export async function probePageSetup(run: ExcelRun, sheet: string): Promise<PageSetupRead> {
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.load(
      'pageLayout/orientation, pageLayout/paperSize, pageLayout/zoom, pageLayout/leftMargin, pageLayout/rightMargin, pageLayout/topMargin, pageLayout/bottomMargin, pageLayout/headerMargin, pageLayout/footerMargin, pageLayout/headersFooters/defaultForAllPages/centerFooter',
    );
    const titles = ws.pageLayout.getPrintTitleRowsOrNullObject();
    titles.load('address');
    await context.sync();
    return {
      orientation: String(ws.pageLayout.orientation),
      paperSize: String(ws.pageLayout.paperSize),
      zoom: ws.pageLayout.zoom,
      margins: {
        left: ws.pageLayout.leftMargin,
        right: ws.pageLayout.rightMargin,
        top: ws.pageLayout.topMargin,
        bottom: ws.pageLayout.bottomMargin,
        header: ws.pageLayout.headerMargin,
        footer: ws.pageLayout.footerMargin,
      },
      centerFooter: ws.pageLayout.headersFooters.defaultForAllPages.centerFooter,
      titleRows: titles.isNullObject ? null : titles.address,
    };
  });
}

/** The frozen cells' address, null when nothing is frozen. */
export async function probeFrozen(run: ExcelRun, sheet: string): Promise<string | null> {
  return run(async (context) => {
    const frozen = context.workbook.worksheets.getItem(sheet).freezePanes.getLocationOrNullObject();
    frozen.load('address');
    await context.sync();
    return frozen.isNullObject ? null : frozen.address;
  });
}

/** The first cell after the sheet's first horizontal page break (Excel fails with ItemNotFound when there is none). */
export async function probeFirstPageBreak(run: ExcelRun, sheet: string): Promise<string> {
  return run(async (context) => {
    const cell = context.workbook.worksheets.getItem(sheet).horizontalPageBreaks.getItem(0).getCellAfterBreak();
    cell.load('address');
    await context.sync();
    return cell.address;
  });
}

export async function probeTabColor(run: ExcelRun, sheet: string): Promise<string> {
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.load('tabColor');
    await context.sync();
    return ws.tabColor;
  });
}

/** The sheet's charts: type, title and series names of each. */
export async function probeCharts(run: ExcelRun, sheet: string): Promise<{ type: string; title: string; series: string[] }[]> {
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.load('charts/items/chartType, charts/items/title/text, charts/items/series/items/name');
    await context.sync();
    return ws.charts.items.map((c) => ({ type: String(c.chartType), title: c.title.text, series: c.series.items.map((x) => x.name) }));
  });
}

/** Type and rule of the data validation over an address. */
export async function probeValidation(run: ExcelRun, sheet: string, address: string): Promise<{ type: string; rule: Excel.DataValidationRule }> {
  return run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    range.load('dataValidation/type, dataValidation/rule');
    await context.sync();
    return { type: String(range.dataValidation.type), rule: range.dataValidation.rule };
  });
}

/** The selected range's address and the active sheet. */
export async function probeSelection(run: ExcelRun): Promise<{ address: string; sheet: string }> {
  return run(async (context) => {
    const selected = context.workbook.getSelectedRange();
    selected.load('address');
    const active = context.workbook.worksheets.getActiveWorksheet();
    active.load('name');
    await context.sync();
    return { address: selected.address, sheet: active.name };
  });
}

/** Values, formulas and shown text of a range, as Excel holds them. */
export async function probeCells(run: ExcelRun, sheet: string, address: string): Promise<{ values: unknown[][]; formulas: unknown[][]; text: string[][] }> {
  return run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    range.load('values, formulas, text');
    await context.sync();
    return { values: range.values, formulas: range.formulas, text: range.text };
  });
}

/** The merged areas Excel returns for a range (addresses), none → []. */
export async function probeMergedAreas(run: ExcelRun, sheet: string, address: string): Promise<string[]> {
  return run(async (context) => {
    const areas = context.workbook.worksheets.getItem(sheet).getRange(address).getMergedAreasOrNullObject();
    areas.load('areas/items/address');
    await context.sync();
    return areas.isNullObject ? [] : areas.areas.items.map((a) => a.address);
  });
}

/** Whether the workbook counts dates from 1904, by the add-in's own probe (`DATE(1904,1,1)`). */
export async function probeDate1904(run: ExcelRun): Promise<boolean> {
  return run(async (context) => {
    const probe = queueDate1904Probe(context);
    await context.sync();
    return probe.value;
  });
}

/**
 * Deletes the named sheets that exist (a very hidden one is made hidden first: Excel refuses
 * to delete it otherwise); resolves to the names deleted.
 */
export async function removeSheets(run: ExcelRun, names: readonly string[]): Promise<string[]> {
  return run(async (context) => {
    const found = names.map((name) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(name);
      ws.load('name, visibility');
      return ws;
    });
    await context.sync();
    const present = found.filter((ws) => !ws.isNullObject);
    if (present.length === 0) return [];
    for (const ws of present) {
      if (ws.visibility === 'VeryHidden') ws.visibility = 'Hidden';
      ws.delete();
    }
    await context.sync();
    return present.map((ws) => ws.name);
  });
}

/** Shows a sheet again (the one the officer had open). */
export async function activateSheet(run: ExcelRun, name: string): Promise<void> {
  await run(async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
  });
}
