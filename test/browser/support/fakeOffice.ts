import path from 'node:path';

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
