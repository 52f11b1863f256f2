#!/usr/bin/env node
'use strict';
// Offline check of manifest.xml against Microsoft's XSDs (office-addin-manifest's own
// validate calls an online service these machines cannot reach).
const fs = require('node:fs');
const path = require('node:path');

const SCHEMA_DIR = path.join(__dirname, 'manifest-schemas');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';

/** Validates a manifest file; resolves to { valid, errors: string[] }. */
async function validateManifest(manifestPath) {
  const { validateXML } = require('xmllint-wasm');
  const files = fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.xsd'));
  const preload = files
    .filter((f) => f !== MAIN_SCHEMA)
    .map((f) => ({ fileName: f, contents: fs.readFileSync(path.join(SCHEMA_DIR, f), 'utf8') }));
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: fs.readFileSync(manifestPath, 'utf8') }],
    schema: [{ fileName: MAIN_SCHEMA, contents: fs.readFileSync(path.join(SCHEMA_DIR, MAIN_SCHEMA), 'utf8') }],
    preload,
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage || e.message) };
}

/**
 * Problems of a release manifest beside its files (dist/manifest.xml): every URL must sit under
 * the folder SourceLocation is in and name a file of that folder; nothing may point at localhost.
 * Returns Vietnamese sentences (empty when all is well).
 */
function releaseManifestProblems(manifestPath) {
  const { manifestUrls } = require('./deployManifest.js');
  const xml = fs.readFileSync(manifestPath, 'utf8');
  const folder = path.dirname(manifestPath);
  const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(xml);
  if (!source) return ['không có SourceLocation.'];
  const base = source[1].slice(0, source[1].lastIndexOf('/') + 1);
  const origin = new URL(base).origin;
  const problems = [];
  for (const url of manifestUrls(xml)) {
    if (/localhost/i.test(url)) problems.push(`${url} trỏ vào localhost.`);
    else if (url === origin || url === `${origin}/`) continue; // AppDomain: the host itself
    else if (!url.startsWith(base)) problems.push(`${url} không nằm dưới ${base}.`);
    else {
      const file = path.join(folder, ...decodeURI(url.slice(base.length)).split('/'));
      if (!fs.existsSync(file) || !fs.statSync(file).isFile()) problems.push(`${url} không có tệp tương ứng trong ${folder}.`);
    }
  }
  return problems;
}

module.exports = { validateManifest, releaseManifestProblems };

/** The files `npm run validate` checks: those named, else manifest.xml and a release dist/manifest.xml. */
function filesToCheck(args) {
  if (args.length > 0) return args.map((a) => path.resolve(a));
  const root = path.join(__dirname, '..');
  return [path.join(root, 'manifest.xml'), path.join(root, 'dist', 'manifest.xml')].filter((f) => fs.existsSync(f));
}

async function main() {
  for (const file of filesToCheck(process.argv.slice(2))) {
    const name = path.relative(process.cwd(), file) || file;
    const { valid, errors } = await validateManifest(file);
    // The repository's manifest points at the dev server; one inside a build folder is a release.
    const release = path.dirname(file) !== path.join(__dirname, '..');
    const problems = release ? releaseManifestProblems(file) : [];
    if (valid && problems.length === 0) {
      console.log(`${name}: hợp lệ theo lược đồ OfficeApp 1.1${release ? ', mọi địa chỉ có tệp tương ứng' : ''}.`);
      continue;
    }
    console.error(`${name}: KHÔNG hợp lệ:\n${[...errors, ...problems].join('\n')}`);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(`Không kiểm tra được manifest: ${err.message}`);
    process.exitCode = 1;
  });
}
