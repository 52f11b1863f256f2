import { resolve } from 'node:path';
import { describeFinding } from '../core/findings';
import { planTemplateFill, type TemplateContent, type TemplateHeading } from '../core/forms/templateFill';
import type { SheetGrid } from '../core/grid';
import { FileWorkbook } from '../workbook/file/fileWorkbook';
import { UsageError, type CliIo } from './io';

/**
 * `--template` needs `--out`, and neither may be a source: the province's template and the
 * inputs are only read.
 *
 * @example
 * checkTemplateArgs('bieu-mau.xlsx', undefined, ['so.xlsx']) // throws UsageError: --template cần --out …
 */
export function checkTemplateArgs(template: string | undefined, out: string | undefined, sources: readonly string[]): void {
  if (template === undefined) return;
  if (out === undefined) throw new UsageError('--template cần --out TỆP.xlsx: biểu mẫu của tỉnh được điền vào một tệp mới, tệp biểu mẫu giữ nguyên.');
  if (resolve(out) === resolve(template)) throw new UsageError(`--out "${out}" là tệp biểu mẫu: biểu mẫu chỉ được đọc, không bao giờ bị ghi đè.`);
  if (sources.some((f) => resolve(f) === resolve(template))) throw new UsageError(`--template "${template}" là một tệp nguồn: hãy chỉ tệp biểu mẫu của tỉnh.`);
}

/**
 * Fills the province's template with the forms' lines and writes it to `out` (SPEC §14): the
 * template's every other sheet and cell kept. False, with the reasons on stderr, when the
 * template cannot be filled.
 *
 * @example
 * await writeTemplate('bieu-mau.xlsx', 'da-dien.xlsx', { ii05a, ii06a }, { unit, period, fallbackReceiver }, io) // true
 */
export async function writeTemplate(template: string, out: string, content: TemplateContent, heading: TemplateHeading, io: CliIo): Promise<boolean> {
  const book = await FileWorkbook.open(await io.readFile(template), template);
  const grids: SheetGrid[] = [];
  for (const name of await book.sheetNames()) grids.push(await book.readSheet(name));
  const outcome = planTemplateFill(grids, content, heading);
  if (!outcome.ok) {
    for (const reason of outcome.reasons) io.stderr(`${reason}\n`);
    return false;
  }
  for (const f of outcome.fill.findings) io.stderr(`${describeFinding(f)}\n`);
  await book.fillTemplate(outcome.fill);
  await io.writeFile(out, await book.save());
  return true;
}
