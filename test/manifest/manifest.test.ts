import { readFileSync } from 'node:fs';
import path from 'node:path';

// The validator is plain JS so `npm run validate` needs no build step.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest } = require('../../scripts/validate-manifest.js') as {
  validateManifest(file: string): Promise<{ valid: boolean; errors: string[] }>;
};

const manifestPath = path.join(__dirname, '..', '..', 'manifest.xml');
const manifest = readFileSync(manifestPath, 'utf8');

describe('manifest.xml', () => {
  test('passes the offline OfficeApp 1.1 schema check', async () => {
    const result = await validateManifest(manifestPath);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test('the checker rejects a manifest that breaks the schema', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const broken = path.join(mkdtempSync(path.join(tmpdir(), 'manifest-')), 'manifest.xml');
    writeFileSync(broken, manifest.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>EverythingPlease</Permissions>'));
    const result = await validateManifest(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/Permissions/);
  });

  test('is an Excel task pane with the least permission that can write sheets', () => {
    expect(manifest).toMatch(/xsi:type="TaskPaneApp"/);
    expect(manifest).toMatch(/<Host Name="Workbook"\/>/);
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.\d+"\/>/);
    expect(manifest).toMatch(/<DisplayName DefaultValue="Kiểm soát TTHC">/);
  });

  test('every URL points at the dev server and every icon size exists in assets/', () => {
    const urls = [...manifest.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith('https://localhost:3000/')).toBe(true);
    for (const url of urls.filter((u) => u.includes('/assets/'))) {
      const file = path.join(__dirname, '..', '..', new URL(url).pathname);
      expect(readFileSync(file).subarray(1, 4).toString('latin1')).toBe('PNG');
    }
  });
});
