import type { ConsolidationResult } from '../../core/consolidate/consolidateForms';
import { DEFAULT_DEPARTMENT_RECEIVER, defaultReportingUnit, departmentTemplateContent } from '../../core/consolidate/departmentForms';
import { ii05aBodyLines, ii06aBodyLines, RECEIVER_BLANK } from '../../core/forms/formsWritePlan';
import { planTemplateFill, renamedTemplateFill, type TemplateContent, type TemplateCopyOwner, type TemplateHeading } from '../../core/forms/templateFill';
import type { ReportPeriod } from '../../core/periods/periods';
import { describeFinding } from '../../core/findings';
import type { SheetGrid } from '../../core/grid';
import { MAX_TEMPLATE_BYTES, type Workbook } from '../../workbook/workbook';
import type { FormsPreview } from './forms';
import type { PickedFile } from './session';
import { workbookStem } from './workbookFiles';

/** What filling the template gave: the sheets written and what the officer should know, or why it could not be filled. */
export type TemplateFillResult = { ok: true; sheets: string[]; notes: string[] } | { ok: false; reasons: string[] };

/** The department's forms in the template, downloaded as a workbook of their own (file mode). */
export type DepartmentTemplateResult = TemplateFillResult | { ok: true; download: { fileName: string; bytes: Uint8Array }; notes: string[] };

const tooLarge = (template: PickedFile) =>
  `Tệp biểu mẫu "${template.name}" lớn hơn ${MAX_TEMPLATE_BYTES / (1024 * 1024)} MB: không chép được vào sổ tính đang mở. Hãy xóa bớt các trang không cần trong biểu mẫu rồi chọn lại.`;

/** The picked template read with the file reader (whatever the mode: it is a file the officer picked) and planned. */
async function plannedFill(template: PickedFile, content: TemplateContent, heading: TemplateHeading) {
  const { FileWorkbook } = await import(/* webpackChunkName: "file-workbook" */ '../../workbook/file/fileWorkbook');
  const book = await FileWorkbook.open(template.bytes, template.name);
  const grids: SheetGrid[] = [];
  for (const name of await book.sheetNames()) grids.push(await book.readSheet(name));
  return { book, outcome: planTemplateFill(grids, content, heading) };
}

/**
 * The template's form sheets copied into `workbook` as "Mẫu tỉnh … <kỳ>" (in place of earlier
 * copies of the period) and filled there. Refusals come back as Vietnamese reasons; nothing is
 * written then.
 */
async function fillCopyInto(
  workbook: Workbook,
  template: PickedFile,
  content: TemplateContent,
  heading: TemplateHeading & { period: ReportPeriod },
  owner: TemplateCopyOwner,
): Promise<TemplateFillResult> {
  if (template.bytes.length > MAX_TEMPLATE_BYTES) return { ok: false, reasons: [tooLarge(template)] };
  const { book, outcome } = await plannedFill(template, content, heading);
  if (!outcome.ok) return outcome;
  const { fill, sheets } = renamedTemplateFill(outcome.fill, heading.period, { owner });
  // Excel copies sheets from .xlsx only: an .xls or .ods template goes in as the .xlsx it reads as.
  const bytes = book.format === 'xlsx' ? template.bytes : await book.save();
  await workbook.fillTemplate(fill, { bytes, sheets });
  return { ok: true, sheets: sheets.map((s) => s.to), notes: fill.findings.map(describeFinding) };
}

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
  return fillCopyInto(
    workbook,
    template,
    { ii05a: ii05aBodyLines(preview.result), ii06a: ii06aBodyLines(preview.result) },
    { unit, period: preview.period, ...(preview.receiver ? { receiver: preview.receiver } : {}), fallbackReceiver: RECEIVER_BLANK },
    'unit',
  );
}

/**
 * Name of the downloaded department template: the period first, as the department's own
 * workbook ("Tổng hợp Quý I-2024.xlsx") is named, then the template's name.
 *
 * @example
 * departmentTemplateFileName(reportPeriod(2024, 'Q1'), 'bieu-mau-tinh.xls') // 'Tổng hợp Quý I-2024 - bieu-mau-tinh.xlsx'
 */
export function departmentTemplateFileName(period: ReportPeriod, template: string): string {
  return `Tổng hợp ${period.label.replace(/\//g, '-')} - ${workbookStem(template)}.xlsx`;
}

/**
 * Fills the province's template with the department's forms (SPEC §14, as `kstthc consolidate
 * --template`): with a workbook (Excel) the template's form sheets are copied into it as
 * "Mẫu tỉnh Sở … <kỳ>" and filled; without one (outside Excel) the template itself is filled —
 * every sheet of it kept — and comes back as .xlsx bytes to download. The template file is
 * only read. The department's unit line as the built-in report writes it; the template's own
 * receiver line is kept when it has one.
 *
 * @example
 * const done = await fillDepartmentTemplate(null, result, { name: 'bieu-mau.xlsx', bytes }); // { ok: true, download: { fileName, bytes }, notes }
 */
export async function fillDepartmentTemplate(workbook: Workbook | null, result: ConsolidationResult, template: PickedFile): Promise<DepartmentTemplateResult> {
  const heading = { unit: defaultReportingUnit(result.period), period: result.period, fallbackReceiver: DEFAULT_DEPARTMENT_RECEIVER };
  const content = departmentTemplateContent(result);
  if (workbook) return fillCopyInto(workbook, template, content, heading, 'department');
  const { book, outcome } = await plannedFill(template, content, heading);
  if (!outcome.ok) return outcome;
  await book.fillTemplate(outcome.fill);
  const fileName = departmentTemplateFileName(result.period, template.name);
  return { ok: true, download: { fileName, bytes: await book.save() }, notes: outcome.fill.findings.map(describeFinding) };
}
