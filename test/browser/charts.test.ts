/**
 * The charts in the pane (issue 27) at 350 px, on the sample: Kế hoạch's bar per lead unit
 * (clicking a bar picks that unit), Báo cáo quý's bar per lĩnh vực and Tổng hợp's bar per unit
 * with their on-time rates. The chart library arrives as a lazy chunk, not in the first load.
 * Screenshots go to test/output/chart-*.png (look at them).
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './support/productionBuild';
import { paneHarness } from './support/paneHarness';
import { chromiumAvailable } from './support/chromium';
import { routeOfficeCdns } from './support/officeCdn';

const OUTPUT = path.join(ROOT, 'test', 'output');
const WIDTH = 350;
const run = chromiumAvailable() ? describe : describe.skip;

jest.setTimeout(300_000);

run('charts in the pane at 350 px', () => {
  const pane = paneHarness();

  /** The bar titles of a chart, from the list it gives screen readers (the bars are drawn on a canvas). */
  async function barTitles(page: Page, testId: string): Promise<string[]> {
    return page.getByTestId(testId).locator('[data-bar]').evaluateAll((els) => els.map((e) => e.getAttribute('data-bar') ?? ''));
  }

  /** The chart's canvas once drawn (Chart.js sizes it when the chunk has arrived). */
  async function drawn(page: Page, testId: string): Promise<void> {
    await page.getByTestId(testId).locator('canvas').waitFor({ timeout: 120_000 });
    await page.waitForFunction((id) => {
      const c = document.querySelector(`[data-testid="${id}"] canvas`) as HTMLCanvasElement | null;
      return !!c && c.width > 0 && c.height > 100;
    }, testId);
  }

  test('Kế hoạch, Báo cáo quý and Tổng hợp show their charts; a bar picks its unit', async () => {
    const context = await pane.browser.newContext({ viewport: { width: WIDTH, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    const scripts: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await routeOfficeCdns(page, (r) => r.abort('internetdisconnected'));
    await page.goto(`${pane.url}/taskpane.html`);
    await page.getByRole('button', { name: 'Chọn tệp Excel' }).waitFor({ timeout: 10_000 });
    // The first load fetches no chart code.
    expect(scripts.some((u) => /charts\.[0-9a-f]{8}\.chunk\.js$/.test(u))).toBe(false);

    await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
    await page.getByTestId('plan-summary').getByText('37 nhiệm vụ / 40 kết quả').waitFor({ timeout: 60_000 });
    // The chart and the by-unit table are folded sections of the tab: the officer opens them.
    await page.getByTestId('plan-chart').getByRole('button').first().click();
    await page.getByTestId('plan-units').getByRole('button').first().click();
    const chart = page.getByTestId('unit-progress-chart');
    await drawn(page, 'unit-progress-chart');
    expect(scripts.some((u) => /charts\.[0-9a-f]{8}\.chunk\.js$/.test(u))).toBe(true);
    // One bar per unit that leads results, in the by-unit table's order.
    const units = await page.getByTestId('unit-table').locator('tbody tr').evaluateAll((rows) =>
      rows.filter((r) => Number(r.children[1]?.textContent) > 0).map((r) => r.children[0]?.textContent ?? ''),
    );
    expect(await barTitles(page, 'unit-progress-chart')).toEqual(units);
    // Each bar's parts carry the symbols of the legend.
    const first = await chart.locator('[data-bar]').first().textContent();
    for (const part of ['✖ Quá hạn', '⚠ Sắp đến hạn', '◷ Đang thực hiện', '✔ Hoàn thành', '↻ Thường xuyên / chưa có hạn']) expect(first).toContain(part);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await chart.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUTPUT, `chart-plan-${WIDTH}.png`), fullPage: true });
    await chart.screenshot({ path: path.join(OUTPUT, `chart-plan-${WIDTH}-chart.png`) });

    // Clicking a unit's bar picks that unit, as the unit picker does: from the top, the first bar hit is the first unit's.
    const box = (await chart.locator('canvas').boundingBox())!;
    let picked = '';
    for (let y = 4; y < box.height && !picked; y += 6) {
      await page.mouse.click(box.x + box.width * 0.8, box.y + y);
      picked = await page.getByTestId('unit-picker').inputValue();
    }
    expect(picked).toBe(units[0]);
    expect(await page.getByTestId('unit-progress-chart').count()).toBe(0);
    await page.getByTestId('unit-picker').selectOption({ label: 'Tất cả đơn vị' });

    await page.getByRole('tab', { name: 'Báo cáo quý' }).click();
    await page.getByTestId('forms-preview').click();
    await drawn(page, 'forms-chart');
    const fields = await barTitles(page, 'forms-chart');
    expect(fields.length).toBeGreaterThan(0);
    for (const t of fields) expect(t).toMatch(/ — (đúng hạn \d+(,\d)?%|chưa có hồ sơ đã giải quyết)$/);
    await page.getByTestId('forms-chart').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUTPUT, `chart-forms-${WIDTH}.png`), fullPage: true });
    await page.getByTestId('forms-chart').screenshot({ path: path.join(OUTPUT, `chart-forms-${WIDTH}-chart.png`) });

    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    await page.getByTestId('consolidate-sample').click();
    await page.getByTestId('consolidate-count').getByText('5 tệp', { exact: false }).waitFor({ timeout: 60_000 });
    await page.getByTestId('consolidate-run').click();
    await drawn(page, 'consolidate-chart');
    const outcomes = page.getByTestId('consolidate-outcomes').locator(':scope > li');
    const accepted = (await outcomes.count()) - (await outcomes.filter({ hasText: 'Không nhận' }).count());
    expect((await barTitles(page, 'consolidate-chart')).length).toBe(accepted);
    await page.getByTestId('consolidate-chart').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUTPUT, `chart-consolidate-${WIDTH}.png`), fullPage: true });
    await page.getByTestId('consolidate-chart').screenshot({ path: path.join(OUTPUT, `chart-consolidate-${WIDTH}-chart.png`) });
    expect(pageErrors).toEqual([]);
  });
});
