/**
 * The pane must parse in every webview the supported Excel versions use, or say what to update.
 * Microsoft's "Browsers and webview controls used by Office Add-ins": Microsoft 365 and Office
 * 2021/2024 on Windows use WebView2 (Chromium, evergreen; 109 on the last Windows 7/8.1
 * builds), Excel on Mac and iPad use Safari's WKWebView; older perpetual Office and Windows
 * fall back to EdgeHTML or Trident (Internet Explorer 11, ES5 only). The pane's bundles are
 * ES2022 at most (class static blocks and RegExp look-behind need Chromium 94 / Safari 16.4);
 * the first script, webview-check, is ES5 and tells an officer in an older webview what to update.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'acorn';
import { DIST } from './support/productionBuild';
import { paneHarness } from './support/paneHarness';
import { chromiumAvailable } from './support/chromium';
import { routeOfficeCdns } from './support/officeCdn';

const run = chromiumAvailable() ? describe : describe.skip;

jest.setTimeout(240_000);

function parses(file: string, ecmaVersion: 5 | 2020 | 2022): string | null {
  try {
    parse(readFileSync(path.join(DIST, file), 'utf8'), { ecmaVersion, sourceType: 'script' });
    return null;
  } catch (err) {
    return String(err);
  }
}

run('the pane in old and new webviews', () => {
  const pane = paneHarness();

  test('the webview check is ES5 and the first script of the pane page; every bundle is ES2022 at most', () => {
    const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="?([^" >]+\.js)/g)].map((m) => m[1]).filter((src) => !src.startsWith('https://'));
    expect(scripts).toEqual([expect.stringMatching(/^webview-check\.[0-9a-f]{8}\.js$/), expect.stringMatching(/^taskpane\.[0-9a-f]{8}\.js$/)]);
    expect(parses(scripts[0], 5)).toBeNull();
    const bundles = readdirSync(DIST).filter((f) => f.endsWith('.js'));
    expect(bundles.length).toBeGreaterThan(3);
    expect(bundles.map((f) => [f, parses(f, 2022)])).toEqual(bundles.map((f) => [f, null]));
  });

  async function openPane(setup: (page: import('playwright-core').Page) => Promise<unknown>) {
    const context = await pane.browser.newContext({ viewport: { width: 360, height: 700 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await routeOfficeCdns(page, (r) => r.abort('internetdisconnected'));
    await setup(page);
    await page.goto(`${pane.url}/taskpane.html`);
    return page;
  }

  test('a webview without what the pane needs (no look-behind, no ES2022 built-ins) gets the Vietnamese message at once', async () => {
    const page = await openPane((p) =>
      p.addInitScript(() => {
        const a = Array.prototype as unknown as { at?: unknown };
        delete a.at;
        delete (Object as unknown as { hasOwn?: unknown }).hasOwn;
      }),
    );
    const alert = page.getByTestId('webview-too-old');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.innerText()).toContain('Kiểm soát TTHC không chạy được trên trình duyệt nhúng cũ của máy này.');
    expect(await alert.innerText()).toContain('Microsoft Edge WebView2 Runtime');
    await page.context().close();
  });

  test('a pane script the webview cannot parse gets the same message, not an endless "Đang khởi động…"', async () => {
    const page = await openPane((p) => p.route(/\/taskpane\.[0-9a-f]{8}\.js$/, (r) => r.fulfill({ contentType: 'text/javascript', body: 'class A { static { this.x = 1 } ; #y = ; }' })));
    await page.getByTestId('webview-too-old').waitFor({ timeout: 15_000 });
    expect(await page.getByText('Đang khởi động').count()).toBe(0);
    await page.context().close();
  });

  test('a current webview is left alone: the pane starts', async () => {
    const page = await openPane(async () => undefined);
    await page.getByRole('button', { name: 'Chọn tệp Excel' }).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('webview-too-old').count()).toBe(0);
    await page.context().close();
  });
});
