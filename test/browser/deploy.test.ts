/**
 * The release build served from a department's sub-path, as IIS or nginx would publish it: the
 * pane, its lazy chunks, the icons and the help page load from /kiem-soat-tthc/ with a plain
 * static server, and the manifest beside them names only files that are there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { DEPLOY_ADDIN_URL, DIST_DEPLOY, ensureDeployBuild } from './support/productionBuild';
import { serveFolder } from './support/staticServer';
import { CHROMIUM, CHROMIUM_ARGS, chromiumAvailable } from './support/chromium';
import { aboutOfficeCdn, routeOfficeCdns } from './support/officeCdn';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest, releaseManifestProblems } = require('../../scripts/validate-manifest.js') as {
  validateManifest(file: string): Promise<{ valid: boolean; errors: string[] }>;
  releaseManifestProblems(file: string): string[];
};

const PREFIX = '/kiem-soat-tthc/';
const run = chromiumAvailable() ? describe : describe.skip;

jest.setTimeout(300_000);

run('the release build under a sub-path', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    ensureDeployBuild();
    server = await serveFolder(DIST_DEPLOY, { prefix: PREFIX });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('dist-deploy/manifest.xml is valid, points under ADDIN_URL, and every URL is a file there', async () => {
    const file = path.join(DIST_DEPLOY, 'manifest.xml');
    const result = await validateManifest(file);
    expect(result.errors).toEqual([]);
    expect(releaseManifestProblems(file)).toEqual([]);
    const xml = readFileSync(file, 'utf8');
    expect(xml).toContain(`<SourceLocation DefaultValue="${DEPLOY_ADDIN_URL}taskpane.html"/>`);
    expect(xml).not.toMatch(/localhost/);
    expect(readFileSync(path.join(DIST_DEPLOY, 'web.config'), 'utf8')).toContain('DisableCache');
  });

  test('an officer opens the pane from the sub-path, uses the sample and colours it: nothing 404s', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 900 }, acceptDownloads: true, locale: 'vi-VN' });
    const page = await context.newPage();
    const failed: string[] = [];
    const loaded: string[] = [];
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('response', (r) => {
      if (r.url().startsWith(server.url)) loaded.push(new URL(r.url()).pathname);
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    page.on('requestfailed', (r) => {
      if (!aboutOfficeCdn(r.url())) failed.push(`failed ${r.url()}`);
    });
    await routeOfficeCdns(page, (r) => r.abort('internetdisconnected'));

    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).first().click({ timeout: 30_000 });
    await page.getByTestId('plan-summary').waitFor({ timeout: 60_000 });
    await page.getByTestId('action-highlight').click();
    await page.getByRole('button', { name: 'Tải tệp kết quả' }).waitFor({ timeout: 60_000 });

    // Every file came from under the prefix, the lazy chunks included (exceljs writes the result).
    expect(loaded.every((p) => p.startsWith(PREFIX))).toBe(true);
    expect(loaded.some((p) => /\/exceljs\.[0-9a-f]{8}\.chunk\.js$/.test(p))).toBe(true);
    for (const extra of ['help.html', 'assets/icon-32.png', 'assets/icon-80.png', 'manifest.xml']) {
      const response = await page.request.get(`${server.url}/${extra}`);
      expect(`${extra} ${response.status()}`).toBe(`${extra} 200`);
    }
    expect(failed).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
