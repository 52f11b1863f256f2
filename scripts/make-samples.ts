/**
 * Writes the samples/ folder (the files the `kstthc --help` examples run on) from the sample
 * code in src/core/sample: the plan, a unit's register, the units' workbooks of one quarter.
 * test/cli/samples.test.ts checks the committed files read as this script makes them.
 *
 * Run: npm run samples
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sampleFiles } from '../src/core/sample/sampleFiles';
import { FileWorkbook } from '../src/workbook/file/fileWorkbook';

async function main(): Promise<void> {
  const root = path.join(__dirname, '..', 'samples');
  rmSync(root, { recursive: true, force: true });
  for (const file of sampleFiles()) {
    const out = path.join(root, file.path);
    mkdirSync(path.dirname(out), { recursive: true });
    const book = FileWorkbook.create(path.basename(out));
    await book.apply(file.plan);
    writeFileSync(out, await book.save());
    console.log(path.relative(process.cwd(), out));
  }
}

void main();
