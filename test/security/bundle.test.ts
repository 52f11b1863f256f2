import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The production bundle (dist/, `npm run build`) runs nothing from strings, loads scripts only
 * from itself and Microsoft's office.js CDN, and talks to no server: checked on the built
 * files, not the sources. Builds dist/ first when it is missing.
 */

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
/** office.js's documented address since September 2026 (office-js-docs-pr 5882), and the older CDN it may still load parts from. */
const OFFICE_CDN = 'https://officeapis.public.onecdn.static.microsoft';
const OLD_OFFICE_CDN = 'https://appsforoffice.microsoft.com';
const OFFICE_CDNS = [OFFICE_CDN, OLD_OFFICE_CDN];

/**
 * Every origin a URL in the bundle may name, and why it is harmless. None of them is
 * requested: the CSP's connect-src (checked below) would block it anyway.
 */
const ALLOWED_ORIGINS: Record<string, string> = {
  [OFFICE_CDN]: 'office.js, the only script loaded from outside (taskpane/commands HTML)',
  [OLD_OFFICE_CDN]: 'the older Office CDN, allowed by the CSP for the parts office.js loads; named in the pane text an officer reads when it is blocked',
  'http://schemas.openxmlformats.org': 'XML namespace names written into .xlsx parts by exceljs (identifiers, never fetched)',
  'http://schemas.microsoft.com': 'XML namespace names of .xlsx parts (exceljs)',
  'http://www.w3.org': 'XML/XSD namespace names (exceljs, React DOM for SVG/MathML)',
  'http://purl.org': 'Dublin Core namespace of docProps/core.xml (exceljs)',
  'https://github.com': 'text of third-party error messages and package metadata (exceljs upgrade note, uuid, core-js licence, crypto-browserify, elliptic)',
  'https://stuk.github.io': "text of JSZip's 'is this a zip file?' error message",
  'https://react.dev': "React's minified-error decoder link, in error text only",
  // SheetJS (the lazy .xls/.ods reader): namespace names of the formats it reads and writes.
  'http://docs.oasis-open.org': 'OpenDocument metadata namespace names (SheetJS, .ods)',
  'http://openoffice.org': 'OpenOffice XML namespace names written into .ods (SheetJS)',
  'http://purl.oclc.org': 'Strict OOXML namespace names SheetJS recognises (identifiers, never fetched)',
  'http://sheetjs.openxmlformats.org': 'a relationship-type name SheetJS recognises (identifier, never fetched)',
  'http://macvmlschemauri': 'the literal VML namespace Excel writes for comments (SheetJS)',
  'https://sheetjs.com': 'a hyperlink inside the .numbers template SheetJS writes (text, never fetched)',
};

let files: string[];
const read = (f: string) => readFileSync(join(DIST, f), 'utf8');

beforeAll(() => {
  if (!existsSync(join(DIST, 'taskpane.html'))) {
    execFileSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: 'pipe', timeout: 280_000 });
  }
  files = readdirSync(DIST).filter((f) => /\.(js|html)$/.test(f));
}, 300_000);

describe('the production bundle', () => {
  test('has the task pane and its scripts', () => {
    expect(files).toEqual(expect.arrayContaining(['taskpane.html', 'commands.html']));
    expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(1);
  });

  test('no eval, no new Function, no Function(…) anywhere, vendor chunks included', () => {
    const found: string[] = [];
    for (const f of files) {
      const text = read(f);
      for (const re of [/(^|[^.\w$])eval\s*\(/g, /new\s+Function\s*\(/g, /(^|[^.\w$])Function\s*\(/g, /set(Timeout|Interval)\(\s*["'`]/g]) {
        for (const m of text.matchAll(re)) found.push(`${f}: …${text.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
      }
    }
    expect(found).toEqual([]);
  });

  test('every HTML page has a CSP: scripts only from itself and office.js, no eval, connections only to itself and the CDN', () => {
    for (const f of files.filter((x) => x.endsWith('.html'))) {
      const html = read(f);
      const meta = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(html);
      expect([f, meta !== null]).toEqual([f, true]);
      const directives = new Map(
        meta![1]
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter((d) => d[0])
          .map(([name, ...sources]) => [name, sources] as const),
      );
      expect([f, directives.get('default-src')]).toEqual([f, ["'self'"]]);
      expect([f, [...(directives.get('script-src') ?? [])].sort()]).toEqual([f, ["'self'", ...OFFICE_CDNS].sort()]);
      expect([f, directives.get('object-src')]).toEqual([f, ["'none'"]]);
      for (const source of directives.get('connect-src') ?? []) expect(["'self'", ...OFFICE_CDNS]).toContain(source);
      expect(meta![1]).not.toContain('unsafe-eval');
      // Scripts the page loads: its own files, or office.js from the CDN.
      for (const m of html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)) {
        expect(OFFICE_CDNS.some((cdn) => m[1].startsWith(`${cdn}/`)) || !/^[a-z]+:/i.test(m[1])).toBe(true);
      }
      expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>\s*\S/); // no inline script
    }
  });

  test('every URL in the bundle is on the allow-list (office.js, XML namespaces, third-party error text)', () => {
    const origins = new Set<string>();
    for (const f of files) for (const m of read(f).matchAll(/https?:\/\/[a-z0-9.-]+/gi)) origins.add(m[0].toLowerCase());
    expect([...origins].filter((o) => !(o in ALLOWED_ORIGINS)).sort()).toEqual([]);
    expect(origins).toContain(OFFICE_CDN);
  });

  test('mail drafts (issue 17): the pane builds mailto: links, which no CSP directive of its pages restricts, and names no mail server', () => {
    expect(files.filter((f) => f.endsWith('.js')).some((f) => read(f).includes('mailto:'))).toBe(true);
    for (const f of files.filter((x) => x.endsWith('.html'))) {
      const csp = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(read(f))![1];
      // navigate-to is the only directive that could govern opening a mailto: link; the pages set none.
      expect(csp).not.toMatch(/navigate-to/);
    }
    for (const f of files) expect(read(f)).not.toMatch(/smtp:\/\/|imap:\/\//i);
  });

  test('no code that opens a connection: no fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon, importScripts call', () => {
    const found: string[] = [];
    for (const f of files) {
      const text = read(f);
      // `.importScripts` as a property test (setImmediate polyfill's feature detection) is not a call.
      for (const re of [/(^|[^.\w$])fetch\s*\(/g, /XMLHttpRequest/g, /WebSocket/g, /EventSource/g, /sendBeacon/g, /(^|[^.\w$])importScripts\s*\(/g]) {
        for (const m of text.matchAll(re)) found.push(`${f}: …${text.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe('the manifest', () => {
  const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  test('asks ReadWriteDocument and nothing higher or more', () => {
    expect([...manifest.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1])).toEqual(['ReadWriteDocument']);
    expect(manifest).not.toMatch(/ReadWriteMailbox|ReadAllDocument|ReadWriteItem/);
  });
  test('its app domains are only its own host', () => {
    const domains = [...manifest.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => new URL(m[1]).origin);
    const own = new URL(/<SourceLocation DefaultValue="([^"]+)"/.exec(manifest)![1]).origin;
    expect(domains.every((d) => d === own)).toBe(true);
  });
});
