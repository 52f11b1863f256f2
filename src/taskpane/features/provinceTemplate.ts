import type { SheetGrid } from '../../core/grid';
import { ii05aBodyLines, ii06aBodyLines, RECEIVER_BLANK } from '../../core/forms/formsWritePlan';
import { planTemplateFill, renamedTemplateFill } from '../../core/forms/templateFill';
import { describeFinding } from '../../core/findings';
import { MAX_TEMPLATE_BYTES } from '../../workbook/office/templateInExcel';
import type { Workbook } from '../../workbook/workbook';
import type { FormsPreview } from './forms';
import type { PickedFile } from './session';

/** What filling the template gave: the sheets written and what the officer should know, or why it could not be filled. */
export type TemplateFillResult = { ok: true; sheets: string[]; notes: string[] } | { ok: false; reasons: string[] };

/**
 * Fills the province's template with the preview's forms (SPEC §14): the template is read
 * (never written), its sheets holding the forms are copied into the officer's workbook as
 * "Mẫu tỉnh … <kỳ>" (in place of earlier copies for the period) and filled there. Refusals
 * come back as Vietnamese reasons; nothing is written then.
 *
 * @example
 * const done = await fillProvinceTemplate(session.workbook, preview, 'Chi cục Thủy sản', { name: 'bieu-mau.xlsx', bytes });
 */
export async function fillProvinceTemplate(workbook: Workbook, preview: FormsPreview, unit: string, template: PickedFile): Promise<TemplateFillResult> {
  if (template.bytes.length > MAX_TEMPLATE_BYTES) {
    return { ok: false, reasons: [`Tệp biểu mẫu "${template.name}" lớn hơn 3 MB: không chép được vào sổ tính đang mở. Hãy xóa bớt các trang không cần trong biểu mẫu rồi chọn lại.`] };
  }
  // The template is read with the file reader whatever the mode: it is a file the officer picked.
  const { FileWorkbook } = await import(/* webpackChunkName: "file-workbook" */ '../../workbook/file/fileWorkbook');
  const book = await FileWorkbook.open(template.bytes, template.name);
  const grids: SheetGrid[] = [];
  for (const name of await book.sheetNames()) grids.push(await book.readSheet(name));
  const outcome = planTemplateFill(
    grids,
    { ii05a: ii05aBodyLines(preview.result), ii06a: ii06aBodyLines(preview.result) },
    { unit, period: preview.period, ...(preview.receiver ? { receiver: preview.receiver } : {}), fallbackReceiver: RECEIVER_BLANK },
  );
  if (!outcome.ok) return outcome;
  const { fill, sheets } = renamedTemplateFill(outcome.fill, preview.period);
  // Excel copies sheets from .xlsx only: an .xls or .ods template goes in as the .xlsx it reads as.
  const bytes = book.format === 'xlsx' ? template.bytes : await book.save();
  await workbook.fillTemplate(fill, { bytes, sheets });
  return { ok: true, sheets: sheets.map((s) => s.to), notes: fill.findings.map(describeFinding) };
}
