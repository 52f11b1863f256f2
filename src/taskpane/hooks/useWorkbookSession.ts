import { useCallback, useEffect, useState } from 'react';
import { todayIso } from '../../core/calendar/isoDate';
import type { Host } from '../host/detectHost';
import { openExcelSession } from '../features/excelSession';
import { openFileSession, resultFileName, type WorkbookSession } from '../features/session';
import { isWorkbookFileName } from '../features/workbookFiles';
import { openSampleSession, insertSampleSheet } from '../features/sample';
import { downloadXlsx } from '../features/download';
import { isWordFileName, openWordPlan, wordPlanSession, writeWordPlan, type OpenedWordPlan } from '../features/wordPlan';
import { useOperation } from './useOperation';
import { useStrings } from '../i18n/context';

export interface WorkbookSessionState {
  session: WorkbookSession | null;
  /** Bumped whenever the workbook changes (opened, written): readers re-read. */
  revision: number;
  /** File mode: the workbook was written and a result can be downloaded. */
  hasResult: boolean;
  /** File mode: what the officer asked to open while a written result was not downloaded (waits for a choice). */
  pendingOpen: PendingOpen | null;
  /** Drops the undownloaded result and opens what was asked for. */
  discardAndOpen(): Promise<void>;
  /** Downloads the result, then opens what was asked for. */
  downloadAndOpen(): Promise<void>;
  cancelOpen(): void;
  /** Sheet the features should read first (the sample sheet after inserting it). */
  preferredSheet: string | null;
  openFile(file: File): Promise<void>;
  openSample(): Promise<void>;
  /** Tells the session a feature wrote to the workbook. */
  markWritten(): void;
  /** Saves the result as a download; false when nothing was saved (failed, or a webview that downloads nothing). */
  download(): Promise<boolean>;
  /** A plan read from a Word file (.docx), shown until its table is written into the workbook. */
  wordPlan: OpenedWordPlan | null;
  /** Writes the Word plan's table into a new sheet ("Phụ lục"); the plan is then read from it. */
  writeWordPlan(): Promise<void>;
}

/** Something the officer asked to open: a picked file or the sample. */
export type PendingOpen = { kind: 'file'; file: File } | { kind: 'sample' };

/**
 * The workbook the pane works on: Excel's, or a picked file (file mode). In file mode, opening
 * another workbook while a written result was not downloaded waits for the officer's choice.
 */
export function useWorkbookSession(host: Host): WorkbookSessionState {
  const strings = useStrings();
  const op = useOperation();
  const [session, setSession] = useState<WorkbookSession | null>(null);
  const [revision, setRevision] = useState(0);
  const [hasResult, setHasResult] = useState(false);
  const [preferredSheet, setPreferredSheet] = useState<string | null>(null);
  const [saved, setSaved] = useState(true);
  const [pendingOpen, setPendingOpen] = useState<PendingOpen | null>(null);
  const [wordPlan, setWordPlan] = useState<OpenedWordPlan | null>(null);
  const unsaved = session?.mode === 'file' && hasResult && !saved;

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

  const openFileNow = useCallback(
    async (file: File) => {
      if (isWordFileName(file.name)) {
        // SPEC §13: the plan straight from the Word file. Excel keeps its workbook; file mode starts a new one.
        const opened = await op.run(strings.file.opening(file.name), async () => {
          const word = await openWordPlan({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
          return { word, session: session?.mode === 'excel' ? session : await wordPlanSession(word) };
        });
        if (!opened) return;
        setSession(opened.session);
        setWordPlan(opened.word);
        setHasResult(false);
        setSaved(true);
        setPreferredSheet(null);
        setRevision((r) => r + 1);
        return;
      }
      if (!isWorkbookFileName(file.name)) {
        op.notify({ intent: 'error', title: strings.errorTitle, text: strings.file.notXlsx(file.name) });
        return;
      }
      const opened = await op.run(strings.file.opening(file.name), async () =>
        openFileSession({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }),
      );
      if (!opened) return;
      setSession(opened);
      setWordPlan(null);
      setHasResult(false);
      setSaved(true);
      setPreferredSheet(null);
      setRevision((r) => r + 1);
    },
    [op, session, strings],
  );

  const openSampleNow = useCallback(async () => {
    const asOf = todayIso();
    const done = await op.run(strings.busy, async () => {
      if (session?.mode === 'excel') return { session, sheet: await insertSampleSheet(session.workbook, asOf) };
      return openSampleSession(asOf);
    });
    if (!done) return;
    setSession(done.session);
    setWordPlan(null);
    setHasResult(false);
    setSaved(true);
    setPreferredSheet(done.sheet);
    setRevision((r) => r + 1);
    op.notify({ intent: 'info', text: strings.guide.sampleOpened(Number(asOf.slice(0, 4))) });
  }, [op, session, strings]);

  const openPending = useCallback(
    async (what: PendingOpen) => (what.kind === 'file' ? openFileNow(what.file) : openSampleNow()),
    [openFileNow, openSampleNow],
  );
  const openFile = useCallback(async (file: File) => (unsaved ? setPendingOpen({ kind: 'file', file }) : openFileNow(file)), [openFileNow, unsaved]);
  const openSample = useCallback(async () => (unsaved ? setPendingOpen({ kind: 'sample' }) : openSampleNow()), [openSampleNow, unsaved]);

  const markWritten = useCallback(() => {
    setHasResult(true);
    setSaved(false);
    setRevision((r) => r + 1);
  }, []);

  const download = useCallback(async () => {
    if (session?.mode !== 'file') return false;
    const bytes = await op.run(strings.busy, () => session.save());
    if (!bytes) return false;
    if (!downloadXlsx(bytes, resultFileName(session.fileName))) {
      // Excel for Mac/iPad downloads nothing (office-js 2700): the result stays unsaved, and the officer is told where to work.
      op.notify({ intent: 'error', text: strings.file.noDownloadHere });
      return false;
    }
    setSaved(true);
    return true;
  }, [op, session, strings]);

  const discardAndOpen = useCallback(async () => {
    if (!pendingOpen) return;
    setPendingOpen(null);
    await openPending(pendingOpen);
  }, [openPending, pendingOpen]);
  const downloadAndOpen = useCallback(async () => {
    if (!pendingOpen) return;
    if (!(await download())) return;
    setPendingOpen(null);
    await openPending(pendingOpen);
  }, [download, openPending, pendingOpen]);
  const cancelOpen = useCallback(() => setPendingOpen(null), []);

  const writeWordPlanNow = useCallback(async () => {
    if (!session || !wordPlan) return;
    const sheet = await op.run(strings.busy, () => writeWordPlan(session.workbook, wordPlan));
    if (!sheet) return;
    setWordPlan(null);
    setPreferredSheet(sheet);
    if (session.mode === 'file') {
      setHasResult(true);
      setSaved(false);
    }
    setRevision((r) => r + 1);
    const text = strings.word.written(sheet);
    op.notify({ intent: 'success', text: session.mode === 'file' ? `${text} ${strings.file.downloadReady(resultFileName(session.fileName))}` : text });
  }, [op, session, strings, wordPlan]);

  return {
    session,
    revision,
    hasResult,
    pendingOpen,
    discardAndOpen,
    downloadAndOpen,
    cancelOpen,
    preferredSheet,
    openFile,
    openSample,
    markWritten,
    download,
    wordPlan,
    writeWordPlan: writeWordPlanNow,
  };
}
