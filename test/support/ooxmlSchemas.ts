import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { validateXML } from 'xmllint-wasm';

/**
 * Checking the parts of an .xlsx against the ECMA-376 schemas kept in test/schemas/ooxml
 * (Part 4 transitional, Part 2 packaging), offline through xmllint-wasm.
 *
 * Parts are read as a Markup Compatibility (ECMA-376 Part 3) consumer that knows only the
 * ECMA-376 namespaces reads them: what the root marks `mc:Ignorable` (exceljs writes Excel
 * 2010's `x14ac:dyDescent`) is dropped and `mc:AlternateContent` becomes its `mc:Fallback`.
 * `xml:space="preserve"` on a SpreadsheetML text element `<t>` is XML's own reserved attribute
 * (XML 1.0 §2.10), which Part 1 §18.4.12 has writers put on text with leading, trailing or
 * line-break white space and Excel writes; the schema's simple type `ST_Xstring` cannot declare
 * it, so it is taken off `<t>` (and only there). Everything else is checked as written.
 */

const SCHEMA_DIR = path.join(__dirname, '..', 'schemas', 'ooxml');
const schemaFiles = readdirSync(SCHEMA_DIR)
  .filter((f) => f.endsWith('.xsd'))
  .map((f) => ({ fileName: f, contents: readFileSync(path.join(SCHEMA_DIR, f), 'utf8') }));

/** A schema file of test/schemas/ooxml. */
export type OoxmlSchema = 'sml.xsd' | 'dml-main.xsd' | 'dml-chart.xsd' | 'dml-spreadsheetDrawing.xsd' | 'opc-relationships.xsd' | 'opc-contentTypes.xsd';

const OPENXML = 'application/vnd.openxmlformats-officedocument.';

/**
 * The stored schema a part of this content type is checked against; undefined where none is
 * stored (document properties, VML, printer settings).
 */
export function schemaOfContentType(contentType: string): OoxmlSchema | undefined {
  if (contentType === 'application/vnd.openxmlformats-package.relationships+xml') return 'opc-relationships.xsd';
  if (!contentType.startsWith(OPENXML) || !contentType.endsWith('+xml')) return undefined;
  const kind = contentType.slice(OPENXML.length, -'+xml'.length);
  if (kind.startsWith('spreadsheetml.')) return 'sml.xsd';
  if (kind === 'theme') return 'dml-main.xsd';
  if (kind === 'drawing') return 'dml-spreadsheetDrawing.xsd';
  if (kind === 'drawingml.chart') return 'dml-chart.xsd';
  return undefined;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Each part of the package with its content type, as [Content_Types].xml declares it. */
export function contentTypesOf(files: Record<string, Uint8Array>): Map<string, string> {
  const types = strFromU8(files['[Content_Types].xml']);
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const [tag] of types.matchAll(/<Default\b[^>]*>/g)) defaults.set(attr(tag, 'Extension')!.toLowerCase(), attr(tag, 'ContentType')!);
  for (const [tag] of types.matchAll(/<Override\b[^>]*>/g)) overrides.set(attr(tag, 'PartName')!, attr(tag, 'ContentType')!);
  const out = new Map<string, string>();
  for (const name of Object.keys(files)) {
    if (name === '[Content_Types].xml' || name.endsWith('/')) continue;
    const type = overrides.get(`/${name}`) ?? defaults.get(name.slice(name.lastIndexOf('.') + 1).toLowerCase());
    if (type) out.set(name, type);
  }
  return out;
}

/** A part as a Markup Compatibility consumer reads it (see the module's comment). */
export function asConsumerReads(xml: string): string {
  let out = xml.replace(/<t xml:space="preserve">/g, '<t>');
  out = out.replace(/<mc:AlternateContent\b[^>]*>([\s\S]*?)<\/mc:AlternateContent>/g, (_all, inner: string) => /<mc:Fallback\b[^>]*>([\s\S]*?)<\/mc:Fallback>/.exec(inner)?.[1] ?? '');
  const root = /<[\w:]+\s[^>]*mc:Ignorable="([^"]*)"[^>]*>/.exec(out);
  if (!root) return out;
  const prefixes = root[1].split(/\s+/).filter(Boolean);
  out = out.replace(/\smc:Ignorable="[^"]*"/, '');
  for (const p of prefixes) {
    out = out
      .replace(new RegExp(`<${p}:([\\w.-]+)\\b[^>]*?/>`, 'g'), '')
      .replace(new RegExp(`<${p}:([\\w.-]+)\\b[^>]*>[\\s\\S]*?</${p}:\\1>`, 'g'), '')
      .replace(new RegExp(`\\s${p}:[\\w.-]+="[^"]*"`, 'g'), '');
  }
  return out;
}

/** The distinct error messages of several XML texts against one schema (one xmllint run). */
async function validateAll(xmls: string[], schema: OoxmlSchema): Promise<string[][]> {
  const main = schemaFiles.find((f) => f.fileName === schema);
  if (!main) throw new Error(`no schema ${schema} in ${SCHEMA_DIR}`);
  const named = xmls.map((contents, i) => ({ fileName: `part${i}.xml`, contents: asConsumerReads(contents) }));
  const result = await validateXML({ xml: named, schema: [main], preload: schemaFiles.filter((f) => f !== main), maxMemoryPages: 8192 });
  const byFile = named.map(() => new Set<string>());
  const indexOf = (fileName: string | undefined) => named.findIndex((n) => n.fileName === fileName);
  for (const e of result.errors) {
    const failed = /^(\S+) fails to validate/.exec(e.rawMessage);
    const i = indexOf(failed ? failed[1] : e.loc?.fileName);
    // An error xmllint could not place (a schema problem) counts against every part.
    if (i < 0) byFile.forEach((s) => s.add(e.rawMessage));
    else if (!failed) byFile[i].add(e.message);
    else if (byFile[i].size === 0) byFile[i].add(e.rawMessage);
  }
  return byFile.map((s) => [...s]);
}

// Distinct part texts already checked in this test file (jest gives each file its own module
// registry), so a part several outputs share — a theme, identical styles — is checked once.
const checked = new Map<string, Promise<string[]>>();

/** The schema errors of one XML text (none: an empty list). */
export async function schemaErrors(xml: string, schema: OoxmlSchema): Promise<string[]> {
  return (await partsSchemaErrors([{ xml, schema }]))[0];
}

async function partsSchemaErrors(parts: { xml: string; schema: OoxmlSchema }[]): Promise<string[][]> {
  const keyOf = (p: { xml: string; schema: OoxmlSchema }) => `${p.schema}:${createHash('sha1').update(p.xml).digest('hex')}`;
  const fresh = new Map<OoxmlSchema, { key: string; xml: string }[]>();
  for (const p of parts) {
    const key = keyOf(p);
    if (checked.has(key) || fresh.get(p.schema)?.some((f) => f.key === key)) continue;
    fresh.set(p.schema, [...(fresh.get(p.schema) ?? []), { key, xml: p.xml }]);
  }
  for (const [schema, list] of fresh) {
    const run = validateAll(
      list.map((f) => f.xml),
      schema,
    );
    list.forEach((f, i) => checked.set(f.key, run.then((all) => all[i])));
  }
  return Promise.all(parts.map((p) => checked.get(keyOf(p))!));
}

/** What checking a package found: the parts checked, those without a stored schema, the errors. */
export interface PackageCheck {
  /** Parts checked against a schema, sorted. */
  checked: string[];
  /** Parts no stored schema covers (document properties …), sorted. */
  unchecked: string[];
  /** Part name → its schema errors, only parts that have some. */
  errors: Record<string, string[]>;
}

/**
 * Every part of an .xlsx (workbook, worksheets, styles, shared strings, theme, drawings, charts,
 * relationships, [Content_Types].xml) checked against its ECMA-376 schema.
 *
 * @example
 * const check = await xlsxSchemaCheck(bytes); expect(check.errors).toEqual({});
 */
export async function xlsxSchemaCheck(xlsx: Uint8Array): Promise<PackageCheck> {
  const files = unzipSync(xlsx);
  const types = contentTypesOf(files);
  const parts: { name: string; xml: string; schema: OoxmlSchema }[] = [{ name: '[Content_Types].xml', xml: strFromU8(files['[Content_Types].xml']), schema: 'opc-contentTypes.xsd' }];
  const unchecked: string[] = [];
  for (const [name, type] of types) {
    const schema = schemaOfContentType(type);
    if (schema) parts.push({ name, xml: strFromU8(files[name]), schema });
    else unchecked.push(name);
  }
  const found = await partsSchemaErrors(parts);
  const errors: Record<string, string[]> = {};
  parts.forEach((p, i) => {
    if (found[i].length > 0) errors[p.name] = found[i];
  });
  return { checked: parts.map((p) => p.name).sort(), unchecked: unchecked.sort(), errors };
}
