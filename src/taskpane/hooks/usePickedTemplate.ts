import { useCallback, useEffect, useState } from 'react';
import type { PickedFile, WorkbookSession } from '../features/session';
import { useStrings } from '../i18n/context';
import { useOperation } from './useOperation';

export interface PickedTemplate {
  /** The template the officer picked, null before (and again once another workbook is opened). */
  template: PickedFile | null;
  pick(files: File[]): Promise<void>;
  /** Tells the officer why the template could not be filled (the first reason as the text). */
  refused(reasons: string[]): void;
}

/**
 * The province's template as picked on the Báo cáo quý and Tổng hợp tabs (SPEC §14): the file
 * read into memory, forgotten when the session changes, and the notice when it is refused.
 */
export function usePickedTemplate(session: WorkbookSession | null): PickedTemplate {
  const strings = useStrings();
  const op = useOperation();
  const [template, setTemplate] = useState<PickedFile | null>(null);
  useEffect(() => setTemplate(null), [session]);

  const pick = useCallback(async (files: File[]) => {
    const file = files[0];
    if (!file) return;
    setTemplate({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }, []);

  const refused = useCallback(
    (reasons: string[]) => op.notify({ intent: 'error', title: strings.template.refused, text: reasons[0], lines: reasons.slice(1) }),
    [op, strings],
  );

  return { template, pick, refused };
}
