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

/**
 * Makes sure dist/ holds a production build (hashed bundle names; `webpack --mode development`
 * has none) at least as new as its sources (src/, assets/, webpack.config.js, manifest.xml);
 * builds it otherwise.
 */
export function ensureProductionBuild(): void {
  ensureBuild(DIST, {});
}

/** The release build for a department host (`ADDIN_URL=… npm run build`), kept apart from dist/. */
export const DIST_DEPLOY = path.join(ROOT, 'dist-deploy');
/** The ADDIN_URL that .ci/run and the tests build dist-deploy/ with. */
export const DEPLOY_ADDIN_URL = 'https://tthc.snnmt.quangngai.gov.vn/kiem-soat-tthc/';

/** Makes sure dist-deploy/ holds a release build for {@link DEPLOY_ADDIN_URL}, as new as its sources. */
export function ensureDeployBuild(): void {
  ensureBuild(DIST_DEPLOY, { ADDIN_URL: DEPLOY_ADDIN_URL });
}

function ensureBuild(out: string, env: Record<string, string>): void {
  const html = path.join(out, 'taskpane.html');
  const production = existsSync(html) && /taskpane\.[0-9a-f]{8}\.js/.test(readFileSync(html, 'utf8'));
  const built = production ? statSync(html).mtimeMs : 0;
  const sources = Math.max(
    newest(path.join(ROOT, 'src')),
    newest(path.join(ROOT, 'assets')),
    newest(path.join(ROOT, 'webpack.config.js')),
    newest(path.join(ROOT, 'manifest.xml')),
  );
  if (built > sources) return;
  const webpackCli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  execFileSync(process.execPath, [webpackCli, '--mode', 'production', '--output-path', out], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, ADDIN_URL: '', ...env },
  });
}
