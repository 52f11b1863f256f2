import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const DIST = path.join(ROOT, 'dist');

/** Newest modification time under a path (files only). */
function newest(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const name of readdirSync(p)) {
    if (name.endsWith('.test.ts')) continue;
    max = Math.max(max, newest(path.join(p, name)));
  }
  return max;
}

/** A production build references hashed bundle names; `webpack --mode development` does not. */
function isProductionBuild(): boolean {
  const html = path.join(DIST, 'taskpane.html');
  return existsSync(html) && /taskpane\.[0-9a-f]{8}\.js/.test(readFileSync(html, 'utf8'));
}

/**
 * Makes sure dist/ holds a production build at least as new as its sources (src/, assets/,
 * webpack.config.js); builds it otherwise.
 */
export function ensureProductionBuild(): void {
  const built = isProductionBuild() ? statSync(path.join(DIST, 'taskpane.html')).mtimeMs : 0;
  const sources = Math.max(newest(path.join(ROOT, 'src')), newest(path.join(ROOT, 'assets')), newest(path.join(ROOT, 'webpack.config.js')));
  if (built > sources) return;
  const webpackCli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  execFileSync(process.execPath, [webpackCli, '--mode', 'production'], { cwd: ROOT, stdio: 'pipe' });
}
