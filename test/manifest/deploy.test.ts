/**
 * A release for a department's own HTTPS host: `ADDIN_URL=https://host/path/ npm run build`
 * writes dist/manifest.xml with every URL under ADDIN_URL and the Version of package.json.
 * The transformation is checked here on the repository's manifest; the built folder itself
 * (every URL a file, served from a sub-path) in test/browser/deploy.test.ts.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/* eslint-disable @typescript-eslint/no-require-imports */
const deploy = require('../../scripts/deployManifest.js') as {
  DEV_BASE: string;
  normalizeAddinUrl(raw: string): string;
  manifestVersion(v: string): string;
  manifestForHost(xml: string, o: { addinUrl: string; version: string }): string;
  manifestUrls(xml: string): string[];
  iisWebConfig(): string;
};
const { validateManifest, releaseManifestProblems } = require('../../scripts/validate-manifest.js') as {
  validateManifest(file: string): Promise<{ valid: boolean; errors: string[] }>;
  releaseManifestProblems(file: string): string[];
};
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.join(__dirname, '..', '..');
const manifest = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const packageVersion = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const HOST = 'https://tthc.snnmt.quangngai.gov.vn/kiem-soat-tthc/';

describe('ADDIN_URL', () => {
  test.each([
    ['https://tthc.snnmt.quangngai.gov.vn/kiem-soat-tthc', 'https://tthc.snnmt.quangngai.gov.vn/kiem-soat-tthc/'],
    ['https://tthc.snnmt.quangngai.gov.vn/kiem-soat-tthc/', 'https://tthc.snnmt.quangngai.gov.vn/kiem-soat-tthc/'],
    ['  https://addins.example.vn  ', 'https://addins.example.vn/'],
    ['https://storage.example.vn:8443/a/b/c', 'https://storage.example.vn:8443/a/b/c/'],
  ])('%s is the folder %s', (raw, canonical) => {
    expect(deploy.normalizeAddinUrl(raw)).toBe(canonical);
  });

  test.each([
    ['http://tthc.example.vn/', /https:\/\//],
    ['tthc.example.vn/kiem-soat', /không phải địa chỉ web đầy đủ/],
    ['', /không phải địa chỉ web đầy đủ/],
    ['https://tthc.example.vn/a?v=2', /\?…/],
    ['https://localhost:3000/', /máy cục bộ/],
    ['https://127.0.0.1/', /máy cục bộ/],
  ])('%s is refused with a sentence saying what to write', (raw, message) => {
    expect(() => deploy.normalizeAddinUrl(raw)).toThrow(message);
  });
});

describe('the release manifest', () => {
  const version = deploy.manifestVersion(packageVersion);
  const release = deploy.manifestForHost(manifest, { addinUrl: HOST, version });

  test('Version follows package.json, in the four parts Office compares', () => {
    expect(deploy.manifestVersion('1.2.3')).toBe('1.2.3.0');
    expect(deploy.manifestVersion('0.10.0-beta.1')).toBe('0.10.0.0');
    expect(() => deploy.manifestVersion('latest')).toThrow(/X\.Y\.Z/);
    expect(/<Version>([^<]*)<\/Version>/.exec(release)?.[1]).toBe(version);
  });

  test('the repository manifest (dev) carries the same Version as package.json', () => {
    expect(/<Version>([^<]*)<\/Version>/.exec(manifest)?.[1]).toBe(version);
  });

  test('every URL is under ADDIN_URL, the AppDomain is its origin, nothing points at localhost', () => {
    const urls = deploy.manifestUrls(release);
    expect(urls.length).toBe(deploy.manifestUrls(manifest).length);
    expect(release).not.toMatch(/localhost/i);
    for (const url of urls) {
      expect(url === 'https://tthc.snnmt.quangngai.gov.vn' || url.startsWith(HOST)).toBe(true);
    }
    expect(release).toContain(`<SourceLocation DefaultValue="${HOST}taskpane.html"/>`);
    expect(release).toContain(`<bt:Url id="Commands.Url" DefaultValue="${HOST}commands.html"/>`);
    expect(release).toContain(`<SupportUrl DefaultValue="${HOST}help.html"/>`);
    expect(release).toContain('<AppDomain>https://tthc.snnmt.quangngai.gov.vn</AppDomain>');
  });

  test('passes the OfficeApp schema check', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'release-'));
    writeFileSync(path.join(dir, 'manifest.xml'), release);
    const result = await validateManifest(path.join(dir, 'manifest.xml'));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test('a manifest whose localhost URL is not the dev base is refused, not shipped', () => {
    expect(() =>
      deploy.manifestForHost(manifest.replace('https://localhost:3000/help.html', 'https://localhost:8080/help.html'), { addinUrl: HOST, version }),
    ).toThrow(/localhost/);
  });

  test('the release check finds a URL without its file and a URL outside the folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'release-'));
    for (const file of ['taskpane.html', 'commands.html', 'help.html']) writeFileSync(path.join(dir, file), '<!doctype html>');
    mkdirSync(path.join(dir, 'assets'));
    for (const size of [16, 32, 64, 80]) writeFileSync(path.join(dir, 'assets', `icon-${size}.png`), 'png');
    writeFileSync(path.join(dir, 'manifest.xml'), release);
    expect(releaseManifestProblems(path.join(dir, 'manifest.xml'))).toEqual([]);

    writeFileSync(
      path.join(dir, 'manifest.xml'),
      release.replace(`${HOST}help.html"/>`, `${HOST}tro-giup.html"/>`).replace(`${HOST}assets/icon-80.png`, 'https://cdn.example.vn/icon-80.png'),
    );
    const problems = releaseManifestProblems(path.join(dir, 'manifest.xml'));
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringContaining('tro-giup.html không có tệp tương ứng'), expect.stringContaining('cdn.example.vn/icon-80.png không nằm dưới')]),
    );
  });
});

describe('cache rules for IIS', () => {
  const config = deploy.iisWebConfig();
  test('hashed bundles are immutable for a year; pages and the manifest are never cached', () => {
    expect(config).toMatch(/cacheControlMaxAge="365\.00:00:00" cacheControlCustom="public, immutable"/);
    for (const file of ['taskpane.html', 'commands.html', 'help.html', 'manifest.xml']) {
      expect(config).toMatch(new RegExp(`<location path="${file.replace('.', '\\.')}">\\s*<system.webServer>\\s*<staticContent>\\s*<clientCache cacheControlMode="DisableCache" />`));
    }
  });
});
