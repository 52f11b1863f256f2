import { columnLetter, type CellRange, type CellValue } from '../../core/grid';
import type { ChartWrite } from '../../core/write/writePlan';

/**
 * DrawingML of the add-in's native charts (ECMA-376 Part 1 §21.2, transitional namespaces), as
 * Excel writes a stacked bar chart: the chart part (`xl/charts/chartN.xml`) and the drawing that
 * places it over cells (`xl/drawings/drawingN.xml`). exceljs writes no charts, so the .xlsx
 * gets these parts after it is saved (see `addChartsToXlsx`). Every element is in its schema's
 * order; the parts are checked against the ECMA-376 schemas in the tests.
 */

export const CHART_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XDR_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

/** Outline of the bars, so the parts stay apart on a black-and-white print (as in Excel mode). */
const BAR_OUTLINE = '404040';
/** Space between bars, % of a bar (as in Excel mode). */
const GAP_WIDTH = 60;
const CAT_AXIS = 50010;
const VAL_AXIS = 50020;

/**
 * Text as XML character data or attribute value: markup characters escaped, characters XML 1.0
 * does not allow dropped.
 *
 * @example
 * xmlText('Trồng trọt & "BVTV"') // 'Trồng trọt &amp; &quot;BVTV&quot;'
 */
export function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * An absolute reference to cells of a sheet, as a chart's formulas write it.
 *
 * @example
 * sheetReference("Tiến độ", { top: 9, left: 1, bottom: 12, right: 1 }) // "'Tiến độ'!$A$9:$A$12"
 */
export function sheetReference(sheet: string, r: CellRange): string {
  const cell = (row: number, col: number) => `$${columnLetter(col)}$${row}`;
  const end = r.top === r.bottom && r.left === r.right ? '' : `:${cell(r.bottom, r.right)}`;
  return `'${sheet.replace(/'/g, "''")}'!${cell(r.top, r.left)}${end}`;
}

/** The cells a chart reads, as the plan writes them (for the caches Excel and LibreOffice show before recalculating). */
export type CellLookup = (row: number, col: number) => CellValue;

function textRun(text: string, size: number, bold: boolean, font?: string): string {
  const typeface = font ? `<a:latin typeface="${xmlText(font)}"/><a:cs typeface="${xmlText(font)}"/>` : '';
  return `<a:r><a:rPr lang="vi-VN" sz="${size}" b="${bold ? 1 : 0}">${typeface}</a:rPr><a:t>${xmlText(text)}</a:t></a:r>`;
}

function textProperties(size: number, font?: string, bold = false): string {
  const typeface = font ? `<a:latin typeface="${xmlText(font)}"/><a:cs typeface="${xmlText(font)}"/>` : '';
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"><a:solidFill><a:srgbClr val="000000"/></a:solidFill>${typeface}</a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;
}

function rows(r: CellRange): number[] {
  return Array.from({ length: r.bottom - r.top + 1 }, (_, i) => r.top + i);
}

function strCache(r: CellRange, cell: CellLookup): string {
  const points = rows(r).map((row, i) => `<c:pt idx="${i}"><c:v>${xmlText(String(cell(row, r.left) ?? ''))}</c:v></c:pt>`);
  return `<c:strCache><c:ptCount val="${points.length}"/>${points.join('')}</c:strCache>`;
}

function numCache(r: CellRange, cell: CellLookup): string {
  const points = rows(r).flatMap((row, i) => {
    const v = cell(row, r.left);
    return typeof v === 'number' && Number.isFinite(v) ? [`<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`] : [];
  });
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${r.bottom - r.top + 1}"/>${points.join('')}</c:numCache>`;
}

/**
 * The chart part of one {@link ChartWrite}: a horizontal stacked bar chart, categories top to
 * bottom in sheet order (value axis at the bottom), each series with its fill, a dark outline
 * and data labels in its own number format (symbol and count), legend at the bottom.
 *
 * @example
 * chartXml('Tiến độ', chart, (row, col) => grid[row - 1][col - 1]).startsWith('<?xml') // true
 */
export function chartXml(sheet: string, chart: ChartWrite, cell: CellLookup): string {
  const font = chart.fontName;
  const series = chart.series
    .map((s, i) => {
      const fill = s.fill.slice(1).toUpperCase();
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlText(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${fill}"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="${BAR_OUTLINE}"/></a:solidFill></a:ln></c:spPr>` +
        '<c:invertIfNegative val="0"/>' +
        `<c:dLbls><c:numFmt formatCode="${xmlText(s.labelFormat)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProperties(900, font)}` +
        '<c:dLblPos val="ctr"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>' +
        `<c:cat><c:strRef><c:f>${xmlText(sheetReference(sheet, chart.categories))}</c:f>${strCache(chart.categories, cell)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${xmlText(sheetReference(sheet, s.values))}</c:f>${numCache(s.values, cell)}</c:numRef></c:val>` +
        '</c:ser>'
      );
    })
    .join('');
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>${textRun(chart.title, 1200, true, font)}</a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const axisLine = '<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="808080"/></a:solidFill></a:ln></c:spPr>';
  const catAx =
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${axisLine}${textProperties(900, font)}` +
    `<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>' +
    `<c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${axisLine}${textProperties(900, font)}` +
    // With the categories reversed, the value axis crosses at the last one: it stays under the bars.
    `<c:crossAx val="${CAT_AXIS}"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">` +
    '<c:date1904 val="0"/><c:lang val="vi-VN"/><c:roundedCorners val="0"/>' +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}<c:gapWidth val="${GAP_WIDTH}"/><c:overlap val="100"/><c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:barChart>` +
    `${catAx}${valAx}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProperties(900, font)}</c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="A6A6A6"/></a:solidFill></a:ln></c:spPr>' +
    `${textProperties(1000, font)}` +
    '<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup/></c:printSettings>' +
    '</c:chartSpace>'
  );
}

/**
 * The drawing part placing charts over cells: one two-cell anchor per chart, from the top-left
 * of its anchor's first cell to the bottom-right of its last, so it moves and sizes with them.
 * `chartRelIds[i]` is the drawing's relationship to chart i.
 *
 * @example
 * drawingXml([chart], ['rId1']).includes('<xdr:twoCellAnchor') // true
 */
export function drawingXml(charts: readonly ChartWrite[], chartRelIds: readonly string[]): string {
  const anchors = charts
    .map((c, i) => {
      const a = c.anchor;
      const marker = (tag: string, col: number, row: number) =>
        `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
      return (
        `<xdr:twoCellAnchor>${marker('from', a.left - 1, a.top - 1)}${marker('to', a.right, a.bottom)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlText(`Biểu đồ ${i + 1}`)}" descr="${xmlText(c.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" xmlns:r="${R_NS}" r:id="${chartRelIds[i]}"/></a:graphicData></a:graphic>` +
        '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
      );
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}">${anchors}</xdr:wsDr>`;
}
