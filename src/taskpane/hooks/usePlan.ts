import { useCallback, useEffect, useMemo, useState } from 'react';
import { todayIso, type IsoDate } from '../../core/calendar/isoDate';
import type { PlanStatus } from '../../core/status/model';
import { deliverableCount, readPlan, type PlanReading } from '../features/plan';
import { resultFileName } from '../features/session';
import { planStatusOf, unitNamesOf, type DeliverableLine, type StatusAnalysis } from '../features/status';
import { runPlanAction, type PlanAction } from '../features/planActions';
import { readWordPlan } from '../features/wordPlan';
import { taskRange } from '../features/readTasks';
import { issuingBodyOf } from '../../core/highlight/issuingBody';
import { saveIssuer } from '../features/issuerSetting';
import { errorDetail, officerMessage } from '../features/errors';
import { useSessionText } from './useSessionText';
import type { WorkbookSessionState } from './useWorkbookSession';
import { useOperation } from './useOperation';
import { useStrings } from '../i18n/context';

export interface PlanState {
  reading: PlanReading | null;
  taskCount: number;
  deliverableCount: number;
  asOf: IsoDate;
  setAsOf(day: IsoDate): void;
  window: number;
  setWindow(days: number): void;
  unit: string;
  setUnit(unit: string): void;
  /** The officer's plan year (the pane's year box); null: the year read from the plan. */
  year: number | null;
  setYear(year: number | null): void;
  units: string[];
  /**
   * Issuing body for the status sheets: what the officer typed (kept while the workbook is open,
   * and with the workbook), else what the workbook kept, else the plan's title block.
   */
  issuer: string;
  setIssuer(issuer: string): void;
  /** Keeps the typed issuer with the workbook (when the officer leaves the box). */
  keepIssuer(): Promise<void>;
  analysis: StatusAnalysis | null;
  reread(): Promise<void>;
  select(line: DeliverableLine): Promise<void>;
  act(action: PlanAction): Promise<void>;
}

/** State of the "Kế hoạch" tab: the plan read from the workbook, its statuses, the actions. */
export function usePlan(state: WorkbookSessionState): PlanState {
  const strings = useStrings();
  const op = useOperation();
  const { session, revision, preferredSheet, markWritten, wordPlan } = state;
  const [reading, setReading] = useState<PlanReading | null>(null);
  const [asOf, setAsOfRaw] = useState<IsoDate>(() => todayIso());
  const [window, setWindowRaw] = useState(7);
  const [unit, setUnit] = useState('');
  const [year, setYearRaw] = useState<number | null>(null);
  const [issuerRead, setIssuerRead] = useState('');
  const planSheet = reading?.plan?.sheet ?? null;
  const [typedIssuer, setIssuer] = useSessionText(session, `issuer:${planSheet ?? ''}`);
  const issuer = typedIssuer ?? issuerRead;

  const read = useCallback(async (keepNotices: boolean) => {
    if (!session) return;
    const result = await op.run(
      strings.plan.reading,
      async () => {
        // A plan opened from a Word file is read from its own sheet until it is written into the workbook.
        if (wordPlan) return { read: readWordPlan(wordPlan), saved: null };
        const read = await readPlan(session.workbook, { sheet: preferredSheet ?? undefined });
        return { read, saved: read.issuer ?? null };
      },
      { keepNotices },
    );
    // No table is shown in the tab itself: the workbook may be a register, for the other tabs.
    if (result) {
      setReading(result.read);
      const plan = result.read.plan;
      const grid = plan ? result.read.grids.find((g) => g.name === plan.sheet) : undefined;
      setIssuerRead(result.saved ?? (plan && grid ? (issuingBodyOf(grid, plan.layout.headerRows[0]) ?? '') : ''));
    }
  }, [op, session, preferredSheet, strings, wordPlan]);
  const reread = useCallback(() => read(false), [read]);

  // Another workbook: its own plan year again.
  useEffect(() => setYearRaw(null), [session]);

  // Re-read whenever the workbook changes (opened, sample inserted, written).
  useEffect(() => {
    void read(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session, revision]);

  const setAsOf = useCallback((day: IsoDate) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(day)) setAsOfRaw(day);
  }, []);
  const setWindow = useCallback((days: number) => {
    if (Number.isInteger(days) && days >= 0 && days <= 366) setWindowRaw(days);
  }, []);
  const setYear = useCallback((value: number | null) => {
    if (value === null || (Number.isInteger(value) && value >= 2000 && value <= 2100)) setYearRaw(value);
  }, []);

  const analysis = useMemo<StatusAnalysis | null>(
    () => (reading ? planStatusOf(reading, { asOf, window, ...(year !== null ? { year } : {}) }) : null),
    [reading, asOf, window, year],
  );
  const units = useMemo(() => (analysis?.status ? unitNamesOf(analysis.status) : []), [analysis]);

  const select = useCallback(
    async (line: DeliverableLine) => {
      // A Word plan's sheet is not in the workbook yet: nothing there to select.
      if (!session || !reading?.plan || wordPlan) return;
      const plan = reading.plan;
      await op.run(strings.busy, () => session.workbook.select(plan.sheet, taskRange(plan, line.rows)));
    },
    [op, reading, session, strings, wordPlan],
  );

  /** Keeps the typed issuer with the workbook; a sentence for the officer when it could not be kept. */
  const issuerKept = useCallback(async (): Promise<string | null> => {
    // A Word plan's sheet is not in the workbook yet: nothing is kept with the workbook until it is written.
    if (!session || planSheet === null || typedIssuer === undefined || wordPlan) return null;
    try {
      await saveIssuer(session.workbook, planSheet, typedIssuer);
      return null;
    } catch (err) {
      // An Excel without document settings (before ExcelApi 1.4) still prints what was typed.
      return strings.plan.issuerNotKept(officerMessage(err) ?? errorDetail(err));
    }
  }, [planSheet, session, strings, typedIssuer, wordPlan]);

  const keepIssuer = useCallback(async () => {
    const problem = await issuerKept();
    if (problem) op.notify({ intent: 'warning', text: problem });
  }, [issuerKept, op]);

  const act = useCallback(
    async (action: PlanAction) => {
      if (!session || !reading?.plan || !analysis?.status || wordPlan) return;
      const status: PlanStatus = analysis.status;
      const written = await op.run(strings.busy, async () => {
        // What the officer typed goes with the result (a file) or the workbook (Excel).
        const problem = await issuerKept();
        const done = await runPlanAction(action, session.workbook, { reading, status, unit: unit || undefined, issuer });
        return problem ? { ...done, notes: [...done.notes, problem] } : done;
      });
      if (!written) return;
      if (written.sheets.length === 0) {
        op.notify({ intent: 'info', text: strings.plan.initExists });
        return;
      }
      const text = action === 'highlight' ? strings.plan.highlightDone : action === 'init' ? strings.plan.initDone : strings.plan.statusSheetsDone;
      markWritten();
      const done = session.mode === 'file' ? `${text} ${strings.file.downloadReady(resultFileName(session.fileName))}` : text;
      op.notify({ intent: written.notes.length > 0 ? 'warning' : 'success', text: done, lines: written.notes });
    },
    [analysis, issuer, issuerKept, markWritten, op, reading, session, strings, unit, wordPlan],
  );

  return {
    reading,
    taskCount: reading?.plan?.tasks.length ?? 0,
    deliverableCount: reading?.plan ? deliverableCount(reading.plan) : 0,
    asOf,
    setAsOf,
    window,
    setWindow,
    unit,
    setUnit,
    year,
    setYear,
    units,
    issuer,
    setIssuer,
    keepIssuer,
    analysis,
    reread,
    select,
    act,
  };
}
