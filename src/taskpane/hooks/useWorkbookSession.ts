import { useCallback, useEffect, useState } from 'react';
import type { Host } from '../host/detectHost';
import { openExcelSession } from '../features/excelSession';
import { openFileSession, resultFileName, type WorkbookSession } from '../features/session';
import { isWorkbookFileName } from '../features/workbookFiles';
import { openSampleSession, insertSampleSheet } from '../features/sample';
import { downloadXlsx } from '../features/download';
import { useOperation } from './useOperation';
import { useStrings } from '../i18n/context';

export interface WorkbookSessionState {
  session: WorkbookSession | null;
  /** Bumped whenever the workbook changes (opened, written): readers re-read. */
  revision: number;
  /** File mode: the workbook was written and a result can be downloaded. */
  hasResult: boolean;
  /** Sheet the features should read first (the sample sheet after inserting it). */
  preferredSheet: string | null;
  openFile(file: File): Promise<void>;
  openSample(): Promise<void>;
  /** Tells the session a feature wrote to the workbook. */
  markWritten(): void;
  download(): Promise<void>;
}

/** The workbook the pane works on: Excel's, or a picked file (file mode). */
export function useWorkbookSession(host: Host): WorkbookSessionState {
  const strings = useStrings();
  const op = useOperation();
  const [session, setSession] = useState<WorkbookSession | null>(null);
  const [revision, setRevision] = useState(0);
  const [hasResult, setHasResult] = useState(false);
  const [preferredSheet, setPreferredSheet] = useState<string | null>(null);

  useEffect(() => {
    if (host.kind !== 'excel') return;
    let live = true;
    void op.run(strings.busy, openExcelSession).then((s) => {
      if (!live || !s) return;
      setSession(s);
      setRevision((r) => r + 1);
    });
    return () => {
      live = false;
    };
    // Opened once per host; op and strings are stable for the pane's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host.kind]);

  const openFile = useCallback(
    async (file: File) => {
      if (!isWorkbookFileName(file.name)) {
        op.notify({ intent: 'error', title: strings.errorTitle, text: strings.file.notXlsx(file.name) });
        return;
      }
      const opened = await op.run(strings.file.opening(file.name), async () =>
        openFileSession({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }),
      );
      if (!opened) return;
      setSession(opened);
      setHasResult(false);
      setPreferredSheet(null);
      setRevision((r) => r + 1);
    },
    [op, strings],
  );

  const openSample = useCallback(async () => {
    const done = await op.run(strings.busy, async () => {
      if (session?.mode === 'excel') return { session, sheet: await insertSampleSheet(session.workbook) };
      return openSampleSession();
    });
    if (!done) return;
    setSession(done.session);
    setHasResult(false);
    setPreferredSheet(done.sheet);
    setRevision((r) => r + 1);
  }, [op, session, strings]);

  const markWritten = useCallback(() => {
    setHasResult(true);
    setRevision((r) => r + 1);
  }, []);

  const download = useCallback(async () => {
    if (session?.mode !== 'file') return;
    const bytes = await op.run(strings.busy, () => session.save());
    if (bytes) downloadXlsx(bytes, resultFileName(session.fileName));
  }, [op, session, strings]);

  return { session, revision, hasResult, preferredSheet, openFile, openSample, markWritten, download };
}
