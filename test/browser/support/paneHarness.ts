import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { DIST, ROOT, ensureProductionBuild } from './productionBuild';
import { serveFolder } from './staticServer';

/** Where browser tests put their screenshots and downloads. */
export const OUTPUT = path.join(ROOT, 'test', 'output');

/** The built pane served over HTTP and a headless Chromium, for one describe block. */
export interface PaneHarness {
  readonly browser: Browser;
  /** Base URL of the served dist/ (no final slash). */
  readonly url: string;
}

/**
 * Registers the describe block's beforeAll/afterAll: a production build as new as the sources,
 * served from dist/, and Chromium launched; both closed after the block. Read `browser` and `url`
 * inside tests (they exist once beforeAll has run).
 *
 * @example
 * const pane = paneHarness();
 * test('…', async () => { const page = await pane.browser.newPage(); await page.goto(`${pane.url}/taskpane.html`); });
 */
export function paneHarness(): PaneHarness {
  const held: { browser?: Browser; server?: { url: string; close: () => Promise<void> } } = {};
  beforeAll(async () => {
    ensureProductionBuild();
    mkdirSync(OUTPUT, { recursive: true });
    held.server = await serveFolder(DIST);
    held.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await held.browser?.close();
    await held.server?.close();
  });
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('paneHarness: used outside a test of its describe block');
    return value;
  };
  return {
    get browser() {
      return need(held.browser);
    },
    get url() {
      return need(held.server).url;
    },
  };
}
