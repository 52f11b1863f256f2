/**
 * Regenerates the checked-in fixture workbooks from the seed appendix:
 *   npx tsx scripts/make-fixtures.ts [folder]   (default: test/fixtures)
 */
import path from 'node:path';
import { writeSeedFixtures } from '../test/fixtures/seedAppendix';

async function run(): Promise<void> {
  const dir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'test', 'fixtures'));
  for (const file of await writeSeedFixtures(dir)) console.log(`Đã ghi ${path.relative(process.cwd(), file)}`);
}

run().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
