import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Whether LibreOffice (`soffice`) can be run here. */
export function hasSoffice(): boolean {
  return spawnSync('sh', ['-c', 'command -v soffice']).status === 0;
}

// A LibreOffice profile that recalculates every formula of an .xlsx on load (OOXMLRecalcMode 0 =
// always), so the numbers read back are LibreOffice's own, not the cached results.
const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch !== '\r') cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/**
 * Every sheet of an .xlsx as LibreOffice computes it: opened with a profile that recalculates
 * all formulas on load, saved as one CSV per sheet, read back as rows of cell texts.
 */
export function recalculatedSheets(xlsx: Uint8Array, dir: string): Map<string, string[][]> {
  const profile = path.join(dir, 'lo-profile');
  mkdirSync(path.join(profile, 'user'), { recursive: true });
  writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_PROFILE);
  const out = path.join(dir, 'csv');
  mkdirSync(out, { recursive: true });
  const file = path.join(dir, 'book.xlsx');
  writeFileSync(file, xlsx);
  // Token 12 = -1: one CSV per sheet, named book-<sheet>.csv.
  const r = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', out, file],
    { encoding: 'utf8', timeout: 180_000 },
  );
  if (r.status !== 0) throw new Error(`soffice exited ${r.status}: ${r.stderr}`);
  const sheets = new Map<string, string[][]>();
  for (const name of readdirSync(out)) {
    const m = /^book-(.*)\.csv$/.exec(name);
    if (m) sheets.set(m[1], parseCsv(readFileSync(path.join(out, name), 'utf8')));
  }
  return sheets;
}

/**
 * The .xlsx as LibreOffice writes it back (opened and saved as "Calc MS Excel 2007 XML"): a
 * workbook from another producer than exceljs, with its own way of writing every part.
 */
export function savedByLibreOffice(xlsx: Uint8Array, dir: string): Uint8Array {
  const profile = path.join(dir, 'lo-profile');
  mkdirSync(path.join(profile, 'user'), { recursive: true });
  const input = path.join(dir, 'in');
  const out = path.join(dir, 'out');
  mkdirSync(input, { recursive: true });
  mkdirSync(out, { recursive: true });
  const file = path.join(input, 'book.xlsx');
  writeFileSync(file, xlsx);
  const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, file], {
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (r.status !== 0) throw new Error(`soffice exited ${r.status}: ${r.stderr}`);
  return readFileSync(path.join(out, 'book.xlsx'));
}
