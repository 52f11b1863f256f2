import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { CellRange, SheetGrid } from '../../../src/core/grid';
import { routeOfficeCdns } from './officeCdn';

/**
 * The fake office.js (support/fakeOfficeEntry.ts and the Excel fake) bundled for the browser.
 * esbuild comes with tsx (a dev dependency).
 */
export function fakeOfficeScript(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  const out = esbuild.buildSync({
    entryPoints: [path.join(__dirname, 'fakeOfficeEntry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

/** What the faked Office is seeded with (see fakeOfficeEntry.ts). */
export interface FakeOfficeSeed {
  language: string;
  sheets: { name: string; values: (string | number | boolean | null)[][]; merges: CellRange[] }[];
  settings?: Record<string, string>;
}

/** Sheets as the faked Office takes them (a date as its ISO text, as Excel.run hands values over JSON). */
export function seedSheets(grids: readonly SheetGrid[]): FakeOfficeSeed['sheets'] {
  return grids.map((g) => ({ name: g.name, values: g.values.map((line) => line.map((v) => (v instanceof Date ? v.toISOString() : v))), merges: g.merges }));
}

/**
 * A page of the pane inside the faked Excel (office.js served by the test, desktop Excel's
 * `_host_Info` in the address), page errors collected.
 */
export async function openInFakedExcel(
  browser: Browser,
  baseUrl: string,
  seed: FakeOfficeSeed,
  options: BrowserContextOptions,
): Promise<{ context: BrowserContext; page: Page; pageErrors: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.addInitScript((s) => {
    (window as unknown as { __kstthcFake: unknown }).__kstthcFake = s;
  }, seed);
  const script = fakeOfficeScript();
  await routeOfficeCdns(page, (r) => r.fulfill({ contentType: 'text/javascript', body: script }));
  await page.goto(`${baseUrl}/taskpane.html?_host_Info=Excel$Win32$16.01$vi-VN$$$$0`);
  return { context, page, pageErrors };
}
