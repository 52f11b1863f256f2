import { useCallback } from 'react';
import { fillProvinceTemplate } from '../features/provinceTemplate';
import { resultFileName } from '../features/session';
import { useStrings } from '../i18n/context';
import type { FormsState } from './useForms';
import { useOperation } from './useOperation';
import { usePickedTemplate, type PickedTemplate } from './usePickedTemplate';
import type { WorkbookSessionState } from './useWorkbookSession';

export interface ProvinceTemplateState extends Omit<PickedTemplate, 'refused'> {
  /** Copies the template's form sheets into the workbook and fills them with the preview. */
  fill(): Promise<void>;
}

/** "Dùng biểu mẫu của tỉnh" on the Báo cáo quý tab: the template picked and filling it (SPEC §14). */
export function useProvinceTemplate(state: WorkbookSessionState, forms: FormsState): ProvinceTemplateState {
  const strings = useStrings();
  const op = useOperation();
  const { session, markWritten } = state;
  const { template, pick, refused } = usePickedTemplate(session);

  const fill = useCallback(async () => {
    const preview = forms.preview;
    if (!session || !preview || !template) return;
    const unit = forms.unitToWrite();
    if (unit === null) return;
    const done = await op.run(strings.template.filling, () => fillProvinceTemplate(session.workbook, preview, unit, template));
    if (!done) return;
    if (!done.ok) {
      refused(done.reasons);
      return;
    }
    markWritten();
    const text = strings.template.filled(done.sheets.map((s) => `"${s}"`).join(', '));
    const full = session.mode === 'file' ? `${text} ${strings.file.downloadReady(resultFileName(session.fileName))}` : text;
    op.notify({ intent: done.notes.length > 0 ? 'warning' : 'success', text: full, lines: done.notes });
  }, [forms, markWritten, op, refused, session, strings, template]);

  return { template, pick, fill };
}
