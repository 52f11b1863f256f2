import { useCallback, useEffect, useMemo, useState } from 'react';
import { todayIso } from '../../core/calendar/isoDate';
import type { SheetGrid } from '../../core/grid';
import type { PeriodKind } from '../../core/periods/periods';
import type { Channel, RegisterField } from '../../core/register/model';
import { decideFormsUnit } from '../../core/register/registerUnit';
import { columnChoices, defaultPeriodChoice, periodOfChoice, previewForms, readAllSheets, writeForms, type ColumnChoice, type FormsPreview } from '../features/forms';
import { directoryOf } from '../features/directory';
import { resultFileName } from '../features/session';
import type { WorkbookSessionState } from './useWorkbookSession';
import { useOperation } from './useOperation';
import { useStrings } from '../i18n/context';

export interface FormsState {
  sheets: string[];
  sheet: string;
  setSheet(sheet: string): void;
  year: number;
  setYear(year: number): void;
  kind: PeriodKind;
  setKind(kind: PeriodKind): void;
  unit: string;
  setUnit(unit: string): void;
  /** Units of the directory, those handling TTHC first; the register's own unit too when the directory lacks it. */
  units: string[];
  /** The officer confirmed a unit the directory does not list (the register's own). */
  addUnit: boolean;
  setAddUnit(add: boolean): void;
  /** The chosen unit is not in the directory: writing needs {@link addUnit}. */
  unitIsNew: boolean;
  preview: FormsPreview | null;
  /** Columns the officer chose for register fields (1-based), over what the headers say. */
  mapping: Partial<Record<RegisterField, number>>;
  setMapping(field: RegisterField, col: number | null): void;
  /** The previewed register sheet's columns, for the mapping pickers. */
  columns: ColumnChoice[];
  /** The channel of every dossier of a register without a channel column, as the officer chose (SPEC §14). */
  channel: Channel | null;
  setChannel(channel: Channel | null): void;
  computePreview(): Promise<void>;
  /** The unit the forms may be written under, after the officer's checks; null (with the reason shown) when none. */
  unitToWrite(): string | null;
  write(): Promise<void>;
}

/** State of the "Báo cáo quý" tab: register sheet, period, unit, preview and writing. */
export function useForms(state: WorkbookSessionState): FormsState {
  const strings = useStrings();
  const op = useOperation();
  const { session, revision, markWritten } = state;
  const initial = useMemo(() => defaultPeriodChoice(todayIso()), []);
  const [grids, setGrids] = useState<SheetGrid[] | null>(null);
  const [sheet, setSheet] = useState('');
  const [year, setYearRaw] = useState(initial.year);
  const [kind, setKind] = useState<PeriodKind>(initial.kind);
  const [unit, setUnit] = useState('');
  const [addUnit, setAddUnit] = useState(false);
  const [preview, setPreview] = useState<FormsPreview | null>(null);
  const [mapping, setMappingRaw] = useState<Partial<Record<RegisterField, number>>>({});
  const [channel, setChannel] = useState<Channel | null>(null);

  // A changed workbook is read again; the preview stays (writing the forms does not change the
  // register) until another workbook is opened.
  useEffect(() => setGrids(null), [session, revision]);
  useEffect(() => setPreview(null), [session]);
  useEffect(() => setMappingRaw({}), [session, sheet]);
  useEffect(() => setChannel(null), [session, sheet]);

  const setMapping = useCallback((field: RegisterField, col: number | null) => {
    setMappingRaw((m) => {
      const next = { ...m };
      if (col === null) delete next[field];
      else next[field] = col;
      return next;
    });
  }, []);

  const loadGrids = useCallback(async (): Promise<SheetGrid[] | null> => {
    if (grids) return grids;
    if (!session) return null;
    const read = await readAllSheets(session.workbook);
    setGrids(read);
    return read;
  }, [grids, session]);

  useEffect(() => {
    if (!session || grids) return;
    void op.run(strings.busy, loadGrids, { keepNotices: true });
    // Read once per workbook change; op and strings are stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session, grids]);

  const directoryUnits = useMemo(() => directoryOf(grids ?? []).units, [grids]);
  const units = useMemo(() => {
    const names = [...directoryUnits].sort((a, b) => Number(b.handlesTthc) - Number(a.handlesTthc)).map((u) => u.name);
    const own = preview?.unit && !preview.unit.unit ? preview.unit.text : null;
    return own && !names.includes(own) ? [own, ...names] : names;
  }, [directoryUnits, preview]);
  const unitIsNew = unit !== '' && !directoryUnits.some((u) => u.name === unit);

  const setYear = useCallback((y: number) => {
    if (Number.isInteger(y) && y >= 2000 && y <= 2100) setYearRaw(y);
  }, []);

  const computePreview = useCallback(async () => {
    const period = periodOfChoice(year, kind);
    if (!period) return;
    const result = await op.run(strings.forms.computing, async () => {
      const all = await loadGrids();
      return all ? previewForms(all, { sheet: sheet || undefined, period, mapping, units: directoryUnits, ...(channel ? { channel } : {}) }) : null;
    });
    setPreview(result ?? null);
    // The register's own unit is the officer's default choice (issue 14).
    const own = result?.unit ? (result.unit.unit?.name ?? result.unit.text) : null;
    if (own && !unit) setUnit(own);
    if (result === null) op.notify({ intent: 'error', title: strings.errorTitle, text: strings.forms.noRegister });
  }, [channel, directoryUnits, kind, loadGrids, mapping, op, sheet, strings, unit, year]);

  const columns = useMemo(() => {
    const grid = preview ? grids?.find((g) => g.name === preview.sheet) : undefined;
    return grid && preview ? columnChoices(grid, preview.read.headerRow) : [];
  }, [grids, preview]);

  const unitToWrite = useCallback((): string | null => {
    if (!preview || !unit) return null;
    // Never write one unit's figures under another unit's name, nor under a unit nobody confirmed.
    const decision = decideFormsUnit(preview.unit, directoryUnits, { chosen: unit, allowNew: addUnit });
    if (decision.ok) return decision.unit;
    op.notify({ intent: 'error', title: strings.errorTitle, text: decision.message });
    return null;
  }, [addUnit, directoryUnits, op, preview, strings, unit]);

  const write = useCallback(async () => {
    // The button waits for both (and says so); nothing to do before.
    if (!session || !preview || !unit) return;
    const confirmed = unitToWrite();
    if (confirmed === null) return;
    const notes = await op.run(strings.busy, () => writeForms(session.workbook, preview, confirmed));
    if (!notes) return;
    markWritten();
    const text = strings.forms.written;
    const done = session.mode === 'file' ? `${text} ${strings.file.downloadReady(resultFileName(session.fileName))}` : text;
    op.notify({ intent: notes.length > 0 ? 'warning' : 'success', text: done, lines: notes });
  }, [markWritten, op, preview, session, strings, unit, unitToWrite]);

  return {
    sheets: grids?.map((g) => g.name) ?? [],
    sheet,
    setSheet,
    year,
    setYear,
    kind,
    setKind,
    unit,
    setUnit,
    units,
    addUnit,
    setAddUnit,
    unitIsNew,
    preview,
    mapping,
    setMapping,
    columns,
    channel,
    setChannel,
    computePreview,
    unitToWrite,
    write,
  };
}
