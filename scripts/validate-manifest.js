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

module.exports = { validateManifest };

if (require.main === module) {
  const file = process.argv[2] || path.join(__dirname, '..', 'manifest.xml');
  validateManifest(file).then(
    ({ valid, errors }) => {
      if (valid) {
        console.log(`${path.basename(file)}: hợp lệ theo lược đồ OfficeApp 1.1.`);
        return;
      }
      console.error(`${path.basename(file)}: KHÔNG hợp lệ:\n${errors.join('\n')}`);
      process.exitCode = 1;
    },
    (err) => {
      console.error(`Không kiểm tra được manifest: ${err.message}`);
      process.exitCode = 1;
    },
  );
}
