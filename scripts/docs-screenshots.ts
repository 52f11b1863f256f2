/**
 * Takes the screenshots of the officer's guide (docs/huong-dan-can-bo.md) into docs/images/:
 * the task pane at 350 px (as in Excel) on the sample, driven by Chromium as the browser tests
 * drive it, with the clock fixed on the samples' day (15/06/2026) so re-runs give the same
 * pictures; and, when LibreOffice is installed, the coloured plan sheet and the "Tiến độ" sheet
 * of samples/ke-hoach-2026.xlsx as they print. Builds dist/ first when it is older than src/.
 *
 * Run: npm run docs:screenshots
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Locator, type Page } from 'playwright-core';
import { main as kstthc } from '../src/cli/main';
import type { CliIo } from '../src/cli/io';
import { SAMPLES_AS_OF } from '../src/core/sample/sampleFiles';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/browser/support/chromium';
import { DIST, ensureProductionBuild, ROOT } from '../test/browser/support/productionBuild';
import { serveFolder } from '../test/browser/support/staticServer';
import { routeOfficeCdns } from '../test/browser/support/officeCdn';

const IMAGES = path.join(ROOT, 'docs', 'images');
const WIDTH = 350;
const HEIGHT = 720;

/** Scrolls the element to the top of the pane and saves what the officer then sees. */
async function shot(page: Page, name: string, at?: Locator): Promise<void> {
  if (at) {
    await at.first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(300);
  }
  // Down to the last thing shown, not the empty pane below it.
  const bottom = await page.evaluate(() => Math.max(...[...document.body.querySelectorAll('*')].filter((el) => el.childElementCount === 0 && (el.textContent ?? '').trim() !== '').map((el) => el.getBoundingClientRect().bottom)));
  const height = Math.min(page.viewportSize()!.height, Math.ceil(bottom) + 16);
  await page.screenshot({ path: path.join(IMAGES, name), clip: { x: 0, y: 0, width: WIDTH, height } });
  console.log(`docs/images/${name}`);
}

async function pane(): Promise<void> {
  ensureProductionBuild();
  const server = await serveFolder(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(`${SAMPLES_AS_OF}T09:00:00+07:00`));
    await routeOfficeCdns(page, (r) => r.abort('internetdisconnected'));
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).waitFor({ timeout: 15_000 });
    await shot(page, '01-mo-phan-bo-tro.png');

    await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
    await page.getByText('37 nhiệm vụ / 40 kết quả', { exact: false }).first().waitFor({ timeout: 60_000 });
    await shot(page, '02-ke-hoach.png', page.getByRole('tablist'));
    await shot(page, '03-qua-han.png', page.getByText(/^Quá hạn \(\d+\)/).first());
    await shot(page, '04-theo-don-vi.png', page.getByText(/^Theo đơn vị/).first());
    await shot(page, '05-nhac-viec.png', page.getByText(/^Nhắc việc/).first());

    await page.getByRole('button', { name: 'Tô màu theo trạng thái' }).click();
    await page.getByText('Đã tô màu các dòng', { exact: false }).first().waitFor({ timeout: 60_000 });
    await shot(page, '06-thao-tac.png', page.getByText(/^Thao tác/).first());

    await page.getByRole('tab', { name: 'Báo cáo quý' }).click();
    await page.getByRole('button', { name: 'Xem số liệu' }).click();
    await page.getByText('Sổ theo dõi hồ sơ', { exact: false }).first().waitFor({ timeout: 60_000 });
    await shot(page, '07-bao-cao-quy.png', page.getByRole('tablist'));
    await shot(page, '08-so-lieu-ii05a.png', page.getByText('Số liệu biểu II.05a', { exact: false }).first());

    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    await page.getByRole('button', { name: /bộ tệp mẫu/ }).click();
    await page.getByText('5 tệp', { exact: false }).first().waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Tổng hợp', exact: true }).last().click();
    await page.getByText('Không nhận', { exact: false }).first().waitFor({ timeout: 120_000 });
    await shot(page, '09-tong-hop.png', page.getByRole('tablist'));
    await shot(page, '10-tong-hop-ket-qua.png', page.getByText('Không nhận', { exact: false }).first());
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 240_000 });
  if (r.status !== 0) throw new Error(`${cmd} exited ${r.status}: ${r.stderr}`);
}

/** The sample coloured as `kstthc plan --out` colours it, printed by LibreOffice: page 1 of the plan and of "Tiến độ". */
async function printed(): Promise<void> {
  if (spawnSync('sh', ['-c', 'command -v soffice && command -v pdftoppm']).status !== 0) {
    console.log('Bỏ qua ảnh trang in: không có LibreOffice (soffice) hoặc pdftoppm.');
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'kstthc-docs-'));
  try {
    const files = new Map<string, Uint8Array>([['ke-hoach.xlsx', new Uint8Array(readFileSync(path.join(ROOT, 'samples', 'ke-hoach-2026.xlsx')))]]);
    const io: CliIo = {
      stdout: () => undefined,
      stderr: () => undefined,
      readFile: async (p) => files.get(p) ?? Promise.reject(new Error(p)),
      writeFile: async (p, b) => void files.set(p, b),
      today: () => SAMPLES_AS_OF,
    };
    // The workbook as kstthc writes it, printed whole (re-saving it through exceljs would drop the
    // status sheet's chart and print area): page 1 is the coloured plan, the page with the status
    // sheet's title is "Tiến độ".
    if ((await kstthc(['plan', 'ke-hoach.xlsx', '--as-of', SAMPLES_AS_OF, '--out', 'tien-do.xlsx'], io)) !== 0) throw new Error('kstthc plan failed');
    writeFileSync(path.join(dir, 'tien-do.xlsx'), files.get('tien-do.xlsx')!);
    run('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'tien-do.xlsx')]);
    const pdf = path.join(dir, 'tien-do.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1] ?? '1');
    let statusPage = 1;
    for (let p = 1; p <= pages; p++) {
      const text = spawnSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' }).stdout;
      if (/TIẾN ĐỘ THỰC HIỆN/.test(text)) {
        statusPage = p;
        break;
      }
    }
    for (const [page, name] of [
      [1, '11-trang-ke-hoach-to-mau.png'],
      [statusPage, '12-trang-in-tien-do.png'],
    ] as const) {
      run('pdftoppm', ['-png', '-r', '90', '-singlefile', '-f', String(page), '-l', String(page), pdf, path.join(dir, 'page')]);
      renameSync(path.join(dir, 'page.png'), path.join(IMAGES, name));
      console.log(`docs/images/${name}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  mkdirSync(IMAGES, { recursive: true });
  await pane();
  await printed();
}

main().catch((err) => {
  console.error(`Không chụp được ảnh cho hướng dẫn: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
