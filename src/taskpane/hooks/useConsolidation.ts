import { useCallback, useMemo, useState } from 'react';
import { todayIso } from '../../core/calendar/isoDate';
import type { ConsolidationResult, FileOutcome } from '../../core/consolidate/consolidateForms';
import type { PeriodKind } from '../../core/periods/periods';
import { consolidateFiles, consolidationWorkbook, writeConsolidation } from '../features/consolidate';
import { sampleUnitFiles } from '../features/sample';
import { defaultPeriodChoice, periodOfChoice, readAllSheets } from '../features/forms';
import { directoryOf } from '../features/directory';
import { downloadXlsx } from '../features/download';
import type { PickedFile } from '../features/session';
import type { WorkbookSessionState } from './useWorkbookSession';
import { useOperation } from './useOperation';
import { useStrings } from '../i18n/context';

export interface ConsolidationState {
  files: File[];
  setFiles(files: File[]): void;
  /** Last quarter's report (department or units), for the carry-over check; optional. */
  previousFiles: File[];
  setPreviousFiles(files: File[]): void;
  year: number;
  setYear(year: number): void;
  kind: PeriodKind;
  setKind(kind: PeriodKind): void;
  /** Outcomes so far, in the order the files were read (grows while the run goes on). */
  outcomes: FileOutcome[];
  result: ConsolidationResult | null;
  run(): Promise<void>;
  /** Chooses the units' sample workbooks of the quarter an officer reports on today, and that period. */
  loadSample(): Promise<void>;
  /** Excel: writes the department's sheets into the open workbook. Outside Excel: downloads them as a new workbook (never into the open file). */
  deliver(): Promise<void>;
}

/** State of the "Tổng hợp" tab: the units' files, the period, each file's outcome, the result. */
export function useConsolidation(state: WorkbookSessionState): ConsolidationState {
  const strings = useStrings();
  const op = useOperation();
  const { session, markWritten } = state;
  const initial = useMemo(() => defaultPeriodChoice(todayIso()), []);
  const [files, setFilesRaw] = useState<File[]>([]);
  const [previousFiles, setPreviousFilesRaw] = useState<File[]>([]);
  const [year, setYearRaw] = useState(initial.year);
  const [kind, setKind] = useState<PeriodKind>(initial.kind);
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [result, setResult] = useState<ConsolidationResult | null>(null);

  const setFiles = useCallback((list: File[]) => {
    setFilesRaw(list);
    setOutcomes([]);
    setResult(null);
  }, []);
  const setPreviousFiles = useCallback((list: File[]) => {
    setPreviousFilesRaw(list);
    setResult(null);
  }, []);
  const setYear = useCallback((y: number) => {
    if (Number.isInteger(y) && y >= 2000 && y <= 2100) setYearRaw(y);
  }, []);

  const run = useCallback(async () => {
    const period = periodOfChoice(year, kind);
    if (!period || files.length === 0) return;
    setOutcomes([]);
    setResult(null);
    const done = await op.run(strings.consolidate.reading(files[0].name), async (report) => {
      const directory = session ? directoryOf(await readAllSheets(session.workbook)) : undefined;
      const picked: PickedFile[] = [];
      for (const f of files) picked.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
      const previous: PickedFile[] = [];
      for (const f of previousFiles) previous.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
      return consolidateFiles(picked, {
        period,
        previous,
        directory,
        onFile: (outcome, i) => {
          setOutcomes((list) => [...list, outcome]);
          const next = files[i + 1];
          report((i + 1) / files.length, next ? strings.consolidate.reading(next.name) : strings.busy);
        },
      });
    });
    if (!done) return;
    setResult(done);
    // A later file may have replaced an earlier one of its unit: the final outcomes replace the running list.
    setOutcomes(done.files);
    if (done.conflicts.length > 0) op.notify({ intent: 'warning', title: strings.warningTitle, text: done.conflicts[0], lines: done.conflicts.slice(1) });
  }, [files, kind, op, previousFiles, session, strings, year]);

  const loadSample = useCallback(async () => {
    const sample = await op.run(strings.busy, () => sampleUnitFiles(todayIso()));
    if (!sample) return;
    setFiles(sample.files.map((f) => new File([f.bytes as BlobPart], f.name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })));
    setYearRaw(sample.period.year);
    setKind(sample.period.kind);
    op.notify({ intent: 'info', text: strings.guide.consolidateSampleLoaded(sample.files.length, sample.period.label) });
  }, [op, setFiles, strings]);

  const deliver = useCallback(async () => {
    if (!result) return;
    if (session?.mode === 'excel') {
      const notes = await op.run(strings.busy, () => writeConsolidation(session.workbook, result));
      if (!notes) return;
      markWritten();
      op.notify({ intent: notes.length > 0 ? 'warning' : 'success', text: strings.consolidate.written, lines: notes });
      return;
    }
    // Outside Excel the open file is a plan or a unit's register: the department's sheets go to
    // a workbook of their own, never into it.
    const out = await op.run(strings.busy, () => consolidationWorkbook(result));
    if (!out) return;
    if (!downloadXlsx(out.bytes, out.fileName)) {
      op.notify({ intent: 'error', text: strings.file.noDownloadHere });
      return;
    }
    op.notify({ intent: 'success', text: strings.guide.consolidateDownloaded(out.fileName) });
  }, [markWritten, op, result, session, strings]);

  return { files, setFiles, previousFiles, setPreviousFiles, year, setYear, kind, setKind, outcomes, result, run, loadSample, deliver };
}
