import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { CellValue } from '../../core/grid';
import type { ChartWrite } from '../../core/write/writePlan';
import { chartXml, drawingXml, type CellLookup } from './chartParts';
import { decodeXmlText } from './xmlScan';

/** The charts of one sheet, and the cells they read (as written). */
export interface SheetCharts {
  sheet: string;
  charts: readonly ChartWrite[];
  cell: CellLookup;
}

const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DRAWING_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const CHART_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Worksheet children that come after `<drawing>` (CT_Worksheet's sequence). */
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

/** Programmer-level: a saved workbook that is not laid out as exceljs writes it. */
export class ChartPartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChartPartError';
  }
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decodeXmlText(m[1]) : null;
}

/** Sheet name → worksheet part path, from the workbook and its relationships. */
function sheetParts(files: Record<string, Uint8Array>): Map<string, string> {
  const workbook = strFromU8(files['xl/workbook.xml'] ?? new Uint8Array());
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels'] ?? new Uint8Array());
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name');
    const id = attr(m[0], 'r:id');
    const path = id ? targets.get(id) : undefined;
    if (name !== null && path) out.set(name, path);
  }
  return out;
}

function nextNumber(files: Record<string, Uint8Array>, prefix: string): number {
  let n = 0;
  const re = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)\\.xml$`);
  for (const name of Object.keys(files)) {
    const m = re.exec(name);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return n + 1;
}

function relsXml(rels: { id: string; type: string; target: string }[]): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}">${items}</Relationships>`;
}

/** Adds a relationship to a part's rels (made when missing); returns its new id. */
function addRelationship(files: Record<string, Uint8Array>, relsPath: string, type: string, target: string): string {
  const existing = files[relsPath] ? strFromU8(files[relsPath]) : relsXml([]);
  const ids = new Set([...existing.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n += 1;
  const id = `rId${n}`;
  const entry = `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  const xml = existing.includes('</Relationships>') ? existing.replace('</Relationships>', `${entry}</Relationships>`) : existing.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${entry}</Relationships>`);
  files[relsPath] = strToU8(xml);
  return id;
}

/** The worksheet XML with `<drawing r:id>` in its place in CT_Worksheet's sequence. */
function withDrawing(sheetXml: string, relId: string, path: string): string {
  if (/<(?:\w+:)?drawing\b/.test(sheetXml)) throw new ChartPartError(`${path} already has a drawing`);
  const root = /<(?:\w+:)?worksheet\b[^>]*>/.exec(sheetXml);
  if (!root) throw new ChartPartError(`${path} is not a worksheet`);
  const prefix = /^<(\w+:)?worksheet/.exec(root[0])?.[1] ?? '';
  let xml = sheetXml;
  let rPrefix = 'r';
  const declared = /\sxmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(root[0]);
  if (declared) rPrefix = declared[1];
  else xml = xml.replace(root[0], root[0].replace(/(\/?)>$/, ` xmlns:r="${R_NS}"$1>`));
  const element = `<${prefix}drawing ${rPrefix}:id="${relId}"/>`;
  let at = -1;
  for (const name of AFTER_DRAWING) {
    const m = new RegExp(`<${prefix}${name}\\b`).exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = xml.lastIndexOf(`</${prefix}worksheet>`);
  if (at < 0) throw new ChartPartError(`${path} has no end tag`);
  return `${xml.slice(0, at)}${element}${xml.slice(at)}`;
}

function addOverrides(files: Record<string, Uint8Array>, parts: { path: string; type: string }[]): void {
  const types = strFromU8(files['[Content_Types].xml']);
  const overrides = parts.map((p) => `<Override PartName="/${p.path}" ContentType="${p.type}"/>`).join('');
  files['[Content_Types].xml'] = strToU8(types.replace('</Types>', `${overrides}</Types>`));
}

/**
 * The .xlsx bytes with native charts added to sheets (file mode and the CLI): exceljs writes no charts, so
 * after it saves, each sheet with charts gets a drawing part placing them and one chart part
 * per chart (DrawingML, see `chartXml`), with their relationships and content types. Charts
 * name their cells by the sheet's name; their caches hold the values written, so a reader that
 * does not recalculate shows them too. A sheet the workbook does not have is an error.
 *
 * @example
 * const bytes = addChartsToXlsx(saved, [{ sheet: 'Tiến độ', charts, cell }]);
 */
export function addChartsToXlsx(bytes: Uint8Array, sheets: readonly SheetCharts[]): Uint8Array {
  const wanted = sheets.filter((s) => s.charts.length > 0);
  if (wanted.length === 0) return bytes;
  const files = unzipSync(bytes);
  const paths = sheetParts(files);
  const parts: { path: string; type: string }[] = [];
  let drawingNo = nextNumber(files, 'xl/drawings/drawing');
  let chartNo = nextNumber(files, 'xl/charts/chart');
  for (const { sheet, charts, cell } of wanted) {
    const path = paths.get(sheet);
    if (!path || !files[path]) throw new ChartPartError(`no worksheet part for sheet "${sheet}"`);
    const drawingPath = `xl/drawings/drawing${drawingNo++}.xml`;
    const chartRels = charts.map((c, i) => {
      const chartPath = `xl/charts/chart${chartNo++}.xml`;
      files[chartPath] = strToU8(chartXml(sheet, c, cell));
      parts.push({ path: chartPath, type: CHART_TYPE });
      return { id: `rId${i + 1}`, type: CHART_REL, target: `../charts/${chartPath.slice('xl/charts/'.length)}` };
    });
    files[drawingPath] = strToU8(drawingXml(charts, chartRels.map((r) => r.id)));
    files[drawingPath.replace('xl/drawings/', 'xl/drawings/_rels/') + '.rels'] = strToU8(relsXml(chartRels));
    parts.push({ path: drawingPath, type: DRAWING_TYPE });
    const dir = path.slice(0, path.lastIndexOf('/'));
    const sheetRels = `${dir}/_rels/${path.slice(dir.length + 1)}.rels`;
    const relId = addRelationship(files, sheetRels, DRAWING_REL, `../drawings/${drawingPath.slice('xl/drawings/'.length)}`);
    files[path] = strToU8(withDrawing(strFromU8(files[path]), relId, path));
  }
  addOverrides(files, parts);
  return zipSync(files, { level: 6 });
}

/**
 * A {@link CellLookup} over the values a sheet write puts in place.
 *
 * @example
 * const cell = cellLookupOf(sheetWrite.values); cell(1, 1) // the title
 */
export function cellLookupOf(blocks: readonly { row: number; col: number; values: CellValue[][] }[]): CellLookup {
  return (row, col) => {
    for (let i = blocks.length - 1; i >= 0; i--) {
      const b = blocks[i];
      const v = b.values[row - b.row]?.[col - b.col];
      if (v !== undefined && row >= b.row && col >= b.col) return v;
    }
    return null;
  };
}
