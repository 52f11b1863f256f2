import { useCallback } from 'react';
import type { ConsolidationResult } from '../../core/consolidate/consolidateForms';
import { downloadXlsx } from '../features/download';
import { fillDepartmentTemplate } from '../features/provinceTemplate';
import { useStrings } from '../i18n/context';
import { useOperation } from './useOperation';
import { usePickedTemplate } from './usePickedTemplate';
import type { ProvinceTemplateState } from './useProvinceTemplate';
import type { WorkbookSessionState } from './useWorkbookSession';

/**
 * "Dùng biểu mẫu của tỉnh" on the Tổng hợp tab: the department's forms in the province's
 * template (SPEC §14). In Excel the template's form sheets are copied into the open workbook
 * and filled; outside Excel the template itself is filled and downloaded (the open file, a
 * plan or a unit's register, is never written with the department's figures).
 */
export function useDepartmentTemplate(state: WorkbookSessionState, result: ConsolidationResult | null): ProvinceTemplateState {
  const strings = useStrings();
  const op = useOperation();
  const { session, markWritten } = state;
  const { template, pick, refused } = usePickedTemplate(session);

  const fill = useCallback(async () => {
    if (!result || !template) return;
    const intoWorkbook = session?.mode === 'excel' ? session.workbook : null;
    const done = await op.run(strings.template.filling, () => fillDepartmentTemplate(intoWorkbook, result, template));
    if (!done) return;
    if (!done.ok) {
      refused(done.reasons);
      return;
    }
    const intent = done.notes.length > 0 ? 'warning' : 'success';
    if ('download' in done) {
      if (!downloadXlsx(done.download.bytes, done.download.fileName)) {
        op.notify({ intent: 'error', text: strings.file.noDownloadHere });
        return;
      }
      op.notify({ intent, text: strings.template.downloaded(done.download.fileName), lines: done.notes });
      return;
    }
    markWritten();
    op.notify({ intent, text: strings.template.filled(done.sheets.map((s) => `"${s}"`).join(', ')), lines: done.notes });
  }, [markWritten, op, refused, result, session, strings, template]);

  return { template, pick, fill };
}
