import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Whether the browser tests can run. Without Debian's Chromium they fail in CI (CI installs it)
 * and are skipped elsewhere with a note.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing: CI must install the Debian "chromium" package for the browser tests.`);
  process.stderr.write(`Bỏ qua kiểm thử trình duyệt: không có ${CHROMIUM} (cài gói "chromium" của Debian để chạy).\n`);
  return false;
}
