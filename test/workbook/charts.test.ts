import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { validateXML } from 'xmllint-wasm';
import { highlightWritePlan } from '../../src/core/highlight/highlightWritePlan';
import { readPlanTable } from '../../src/core/plan/readPlanTable';
import { computePlanStatus } from '../../src/core/status/computeStatus';
import { PROGRESS_GROUPS, unitProgress } from '../../src/core/highlight/progressChart';
import type { ChartWrite, SheetWrite, WritePlan } from '../../src/core/write/writePlan';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';
import { OfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { validateWritePlan, WritePlanError } from '../../src/workbook/validateWritePlan';
import { FakeExcel, type FakeChartSource } from '../fakes/excelFake';
import { readSeedAppendix } from '../fixtures/seedText';

/** ECMA-376 Part 4 (transitional) and Part 2 (OPC) schemas, as Ecma publishes them. */
const SCHEMAS = path.join(__dirname, '..', 'schemas', 'ooxml');
const schemaFiles = readdirSync(SCHEMAS).map((f) => ({ fileName: f, contents: readFileSync(path.join(SCHEMAS, f), 'utf8') }));

/**
 * A part as a Markup Compatibility (ECMA-376 Part 3) consumer reads it: attributes of the
 * namespaces its root marks `mc:Ignorable` (exceljs writes Excel 2010's `x14ac:dyDescent`) are
 * dropped before the schema check, as the standard says; everything else is checked.
 */
function withoutIgnorable(xml: string): string {
  const root = /<[\w:]+\s[^>]*mc:Ignorable="([^"]*)"[^>]*>/.exec(xml);
  if (!root) return xml;
  const prefixes = root[1].split(/\s+/).filter(Boolean);
  let out = xml.replace(/\smc:Ignorable="[^"]*"/, '');
  for (const p of prefixes) out = out.replace(new RegExp(`\\s${p}:[\\w.-]+="[^"]*"`, 'g'), '');
  return out;
}

async function schemaErrors(raw: string, schema: string): Promise<string[]> {
  const xml = withoutIgnorable(raw);
  const main = schemaFiles.find((f) => f.fileName === schema);
  if (!main) throw new Error(`no schema ${schema}`);
  const result = await validateXML({ xml: [{ fileName: 'part.xml', contents: xml }], schema: [main], preload: schemaFiles.filter((f) => f !== main), maxMemoryPages: 4096 });
  return [...new Set(result.errors.map((e) => e.rawMessage))];
}

function seedStatusPlan(): WritePlan {
  const grid = { name: 'Phụ lục', values: readSeedAppendix().map((l) => l.cells), merges: [] };
  const { plan } = readPlanTable([grid]);
  if (!plan) throw new Error('the seed appendix did not read');
  const status = computePlanStatus(plan, { asOf: '2024-03-10' });
  return highlightWritePlan(plan, status, { asOf: '2024-03-10', planSheet: false, statusSheets: { units: ['Chi cục Thủy sản'] } });
}

function seedBars() {
  const grid = { name: 'Phụ lục', values: readSeedAppendix().map((l) => l.cells), merges: [] };
  const { plan } = readPlanTable([grid]);
  return unitProgress(computePlanStatus(plan!, { asOf: '2024-03-10' }));
}

const base = (charts: ChartWrite[], values: SheetWrite['values'] = [{ row: 1, col: 1, values: [['Tên', 'Số'], ['A', 1], ['B', 2]] }]): SheetWrite => ({
  sheet: 'Biểu đồ',
  mode: 'create',
  values,
  formats: [],
  merges: [],
  columnWidths: [],
  charts,
});
const chart = (over: Partial<ChartWrite> = {}): ChartWrite => ({
  type: 'barStacked',
  title: 'Tiến độ',
  categories: { top: 2, left: 1, bottom: 3, right: 1 },
  series: [{ name: '✖ Quá hạn', values: { top: 2, left: 2, bottom: 3, right: 2 }, fill: '#F08080', labelFormat: '"✖ "0;;;' }],
  anchor: { top: 5, left: 1, bottom: 5, right: 4 },
  ...over,
});

describe('validateWritePlan: charts', () => {
  test('a chart of one-column series over empty cells is valid', () => {
    expect(() => validateWritePlan({ sheets: [base([chart()])] }, [])).not.toThrow();
  });

  test.each([
    ['covers a written value', chart({ anchor: { top: 1, left: 1, bottom: 2, right: 2 } }), /would cover the value in A1/],
    ['a series of two columns', chart({ series: [{ ...chart().series[0], values: { top: 2, left: 2, bottom: 3, right: 3 } }] }), /not one column/],
    ['fewer values than categories', chart({ series: [{ ...chart().series[0], values: { top: 2, left: 2, bottom: 2, right: 2 } }] }), /not one value per category/],
    ['a fill that is not #RRGGBB', chart({ series: [{ ...chart().series[0], fill: 'red' }] }), /fill "red"/],
    ['no series', chart({ series: [] }), /1 to 255 series/],
    ['an empty title', chart({ title: '' }), /title is empty/],
  ])('refused: %s', (_what, c, message) => {
    expect(() => validateWritePlan({ sheets: [base([c])] }, [])).toThrow(message);
  });

  test('an update may not draw charts', () => {
    const sw: SheetWrite = { ...base([chart()]), mode: 'update', ownColumns: { from: 1, to: 2, rows: [1, 3] } };
    expect(() => validateWritePlan({ sheets: [sw] }, ['Biểu đồ'])).toThrow(WritePlanError);
  });
});

describe('Excel mode: native charts through the charts API (recording fake)', () => {
  test("the status sheets' charts: stacked bars over the table's width, each series its cells, fill, outline and symbol labels", async () => {
    const fake = new FakeExcel();
    fake.seed('Phụ lục', [['x']]);
    const plan = seedStatusPlan();
    await new OfficeWorkbook({ run: fake.run }).apply(plan);
    const sheet = fake.sheet('Tiến độ');
    expect(sheet.charts).toHaveLength(1);
    const c = sheet.charts[0];
    const planned = plan.sheets[0].charts![0];
    expect(c.type).toBe('BarStacked');
    expect(c.title).toBe(planned.title);
    expect(c.position).toEqual({ from: { ...planned.anchor, bottom: planned.anchor.top, right: planned.anchor.left }, to: { ...planned.anchor, top: planned.anchor.bottom, left: planned.anchor.right } });
    expect(c.categoryAxis).toEqual({ reversePlotOrder: true, position: 'Maximum' });
    expect(c.series.map((s) => s.name)).toEqual(PROGRESS_GROUPS.map((g) => g.label));
    const cells = (src: FakeChartSource | null) => {
      if (!src) return [];
      const out = [];
      for (let r = src.range.top; r <= src.range.bottom; r++) out.push(src.sheet.peek(r, src.range.left)?.value);
      return out;
    };
    const bars = seedBars();
    for (const [i, s] of c.series.entries()) {
      expect(s.visible).toBe(true);
      expect(s.values?.sheet.name).toBe('Tiến độ');
      expect(cells(s.categories)).toEqual(bars.map((b) => b.label));
      expect(cells(s.values)).toEqual(bars.map((b) => b.counts[PROGRESS_GROUPS[i].key]));
      expect(s.fill).toBe(PROGRESS_GROUPS[i].fill);
      expect(s.line.color).toBe('#404040');
      expect(s).toMatchObject({ hasDataLabels: true, dataLabels: { showValue: true, numberFormat: `"${PROGRESS_GROUPS[i].symbol} "0;;;` } });
    }
    expect(fake.sheet('Tiến độ - Chi cục Thủy sản').charts).toHaveLength(1);
  });

  test('the fake refuses what Excel refuses: an unknown chart type, a colour that is not HTML', async () => {
    const fake = new FakeExcel();
    const ctx = new (await import('../fakes/excelFake')).FakeContext(fake);
    fake.seed('S', [[1], [2]]);
    const ws = ctx.workbook.worksheets.getItem('S');
    const c = ws.charts.add('BarStackedd', ws.getRange('A1:A2'), 'Columns');
    void c;
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    const ok = ws.charts.add('BarStacked', ws.getRange('A1:A2'), 'Columns');
    ok.series.getItemAt(0).format.fill.setSolidColor('#12345');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('file mode: DrawingML chart parts in the saved .xlsx, valid against ECMA-376', () => {
  let files: Record<string, Uint8Array>;
  beforeAll(async () => {
    const book = FileWorkbook.create('tien-do.xlsx');
    await book.excelBook();
    await book.apply(seedStatusPlan());
    files = unzipSync(await book.save());
  }, 60_000);
  const text = (name: string) => strFromU8(files[name]);

  test('one drawing per sheet with a chart, one chart part each, related and typed', () => {
    expect(Object.keys(files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).sort()).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml']);
    expect(Object.keys(files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f))).toHaveLength(2);
    const types = text('[Content_Types].xml');
    expect(types).toContain('PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"');
    expect(text('xl/worksheets/_rels/sheet1.xml.rels')).toContain('Target="../drawings/drawing1.xml"');
    expect(text('xl/drawings/_rels/drawing1.xml.rels')).toContain('Target="../charts/chart1.xml"');
    expect(text('xl/worksheets/sheet1.xml')).toMatch(/<drawing r:id="rId\d+"\/>/);
  });

  test("the chart names the sheet's cells and caches their values: the bars' counts", () => {
    const xml = text('xl/charts/chart1.xml');
    expect(xml).toContain("<c:f>'Tiến độ'!$J$");
    const bars = seedBars();
    const firstSeries = xml.slice(0, xml.indexOf('</c:ser>'));
    const cached = [...firstSeries.matchAll(/<c:numCache>.*?<\/c:numCache>/g)][0][0];
    expect([...cached.matchAll(/<c:pt idx="(\d+)"><c:v>(\d+)<\/c:v>/g)].map((m) => [Number(m[1]), Number(m[2])])).toEqual(
      bars.flatMap((b, i) => (b.counts.overdue !== undefined ? [[i, b.counts.overdue]] : [])),
    );
    expect(xml).toContain('formatCode="&quot;✖ &quot;0;;;"');
  });

  test.each([
    ['xl/charts/chart1.xml', 'dml-chart.xsd'],
    ['xl/charts/chart2.xml', 'dml-chart.xsd'],
    ['xl/drawings/drawing1.xml', 'dml-spreadsheetDrawing.xsd'],
    ['xl/worksheets/sheet1.xml', 'sml.xsd'],
    ['xl/worksheets/_rels/sheet1.xml.rels', 'opc-relationships.xsd'],
    ['xl/drawings/_rels/drawing1.xml.rels', 'opc-relationships.xsd'],
    ['[Content_Types].xml', 'opc-contentTypes.xsd'],
  ])('%s is valid against %s', async (part, schema) => {
    expect(await schemaErrors(text(part), schema)).toEqual([]);
  }, 60_000);
});
