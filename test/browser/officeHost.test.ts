/**
 * Where office.js comes from and what an officer sees when it does not come. The built pages
 * reference office.js in their head from the address Microsoft documents since September 2026
 * (office-js-docs-pr 5882), with a Content-Security-Policy that allows it and the older CDN; in
 * Excel with the CDN cut off the pane says Excel is not ready and offers a retry, never "outside
 * Excel".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DIST } from './support/productionBuild';
import { paneHarness } from './support/paneHarness';
import { chromiumAvailable } from './support/chromium';
import { fakeOfficeScript } from './support/fakeOffice';
import { routeOfficeCdns } from './support/officeCdn';

const OFFICE_JS = 'https://officeapis.public.onecdn.static.microsoft/1/office.js';
const run = chromiumAvailable() ? describe : describe.skip;

jest.setTimeout(240_000);

run('office.js from the documented address', () => {
  const pane = paneHarness();

  test.each(['taskpane.html', 'commands.html'])('%s: office.js in the head from the new address, before our script; the CSP allows both Office CDNs', (page) => {
    const html = readFileSync(path.join(DIST, page), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    // A plain, parser-blocking tag (no async, no defer), as Microsoft documents it.
    const office = head.search(/<script src="?https:\/\/officeapis\.public\.onecdn\.static\.microsoft\/1\/office\.js"?><\/script>/);
    expect(office).toBeGreaterThan(0);
    const ours = html.search(/<script[^>]*src="?(taskpane|commands)\.[0-9a-f]{8}\.js/);
    expect(ours).toBeGreaterThan(office);
    const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(head)?.[1] ?? '';
    for (const directive of ['script-src', 'connect-src', 'frame-src']) {
      const sources = new RegExp(`${directive} ([^;]+)`).exec(csp)?.[1].split(' ') ?? [];
      expect([directive, sources]).toEqual([directive, expect.arrayContaining(['https://officeapis.public.onecdn.static.microsoft', 'https://appsforoffice.microsoft.com'])]);
    }
  });

  async function paneInExcel(serveOffice: () => boolean): Promise<{ page: Page; requested: string[] }> {
    const context = await pane.browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'vi-VN' });
    const page = await context.newPage();
    const requested: string[] = [];
    await page.addInitScript(() => {
      (window as unknown as { __kstthcFake: unknown }).__kstthcFake = { language: 'vi-VN', sheets: [{ name: 'Trang tính1', values: [['x']], merges: [] }] };
    });
    const script = fakeOfficeScript();
    await routeOfficeCdns(page, (r) => {
      requested.push(r.request().url());
      return serveOffice() ? r.fulfill({ contentType: 'text/javascript', body: script }) : r.abort('internetdisconnected');
    });
    await page.goto(`${pane.url}/taskpane.html?_host_Info=Excel$Win32$16.01$vi-VN$$$$0`);
    return { page, requested };
  }

  test('in Excel with office.js blocked: "Excel chưa sẵn sàng" and a retry that works once the CDN answers, never "ngoài Excel"', async () => {
    let cdnUp = false;
    const { page, requested } = await paneInExcel(() => cdnUp);
    const unready = page.getByTestId('office-unready');
    await unready.waitFor({ timeout: 30_000 });
    expect(await unready.innerText()).toContain('Excel chưa sẵn sàng cho Kiểm soát TTHC.');
    expect(await unready.innerText()).toContain('Không tải được thư viện Office');
    expect(await page.getByText('Đang dùng ngoài Excel').count()).toBe(0);
    expect(requested).toEqual([OFFICE_JS]);
    cdnUp = true;
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await page.getByText('Đang làm việc trên sổ tính đang mở trong Excel.').waitFor({ timeout: 30_000 });
    await page.context().close();
  });

  test('the CSP lets office.js load from the new address (served here by the stand-in)', async () => {
    const { page } = await paneInExcel(() => true);
    await page.getByText('Đang làm việc trên sổ tính đang mở trong Excel.').waitFor({ timeout: 30_000 });
    await page.context().close();
  });
});
