import type { CellValue } from '../grid';
import type { Finding } from '../findings';

/**
 * A heading row of the appendix (SPEC §1, §11): a Roman-numeral section ("I"), a capital-letter
 * top section above them ("B"), a nested heading ("III.1"), or a numbered group heading
 * ("5.1 Thương mại", followed by tasks "5.1.1" …).
 */
export interface PlanSection {
  /** The code as written, without its dot ("B", "IV", "III.1", "5.1"). */
  code: string;
  /** Codes of the enclosing headings and this one, joined by "." ("B.IV", "B.IV.5.1"). */
  path: string;
  level: 'letter' | 'section' | 'group';
  title: string;
  row: number;
}

/** One Kết quả + Chủ trì + Phối hợp + Thời gian of a task (SPEC §1). */
export interface Deliverable {
  /** "a", "b" … in the order of the task's deliverables. */
  key: string;
  result: string;
  lead: string;
  support: string;
  /** The timing text as shown (a date cell becomes dd/mm/yyyy). */
  timing: string;
  /** The raw timing cell when it was a real date (so schedules need not re-parse text). */
  timingDate: string | null;
  /** An officer's "Hạn điều chỉnh" override as an ISO day, when the table has that column. */
  override: string | null;
  /** First and last sheet row (1-based) the deliverable's cells come from. */
  rows: [number, number];
  /**
   * What the plan itself says of the work (SPEC §12 "Completion written in the plan"): the text of
   * its status cell ("Đã hoàn thành", "x", "100%"; a number as written), '' or absent when the
   * table has no status column. Interpreted by the status core, not by the reader.
   */
  statusText?: string;
  /** The deliverable's "Ngày hoàn thành" as an ISO day, when the table has a done-date column apart from its timing. */
  doneDay?: string | null;
}

export interface PlanTask {
  /** The task number: the STT's integer, or its last part for "5.1.1"; a position for a task row without STT. */
  no: number;
  /** The STT as written, normalised ("7", "1.1", "5.1.2"; the position for a row without STT). */
  label: string;
  /**
   * What names the task everywhere (SPEC §11): the section path and label ("II.1") where labels
   * repeat across sections, else the label alone ("7"; the seed keeps 1 … 37).
   */
  id: string;
  /** Path of the section the task sits in ("II", "B.IV"; "" before any section). */
  section: string;
  /** Code of the group heading the task sits under ("5.1"), else null. */
  group: string | null;
  content: string;
  deliverables: Deliverable[];
  rows: [number, number];
}

/** Where the reader found the table, so writers can add columns to its right. */
export interface PlanLayout {
  /** First and last header row (the "(1) (2) …" row counts as header). */
  headerRows: [number, number];
  /** 1-based columns of each field. */
  columns: {
    stt: number;
    content: number;
    /** Optional columns (SPEC §11): null when the table has none. */
    result: number | null;
    /** Null only when the officer said the table has no lead column. */
    lead: number | null;
    support: number | null;
    timing: number | null;
    override: number | null;
    /** SPEC §12: the plan's own status column ("Trạng thái", "Tiến độ" beside a timing column). */
    status?: number | null;
    /** SPEC §12: "Ngày hoàn thành" beside a timing column (the day the work was done). */
    done?: number | null;
    /**
     * The number column holds task codes ("NV-001", a task system's "Mã nhiệm vụ") because the
     * table has no STT: every row with a code is a task, numbered in order.
     */
    sttCodes?: boolean;
  };
  /** Last column of the table (the add-in's columns go after it). */
  lastColumn: number;
  /** Last row that belongs to the table. */
  lastRow: number;
}

export interface PlanTable {
  sheet: string;
  /** Plan year from the timing texts or the title; null when it must be asked for. */
  year: number | null;
  /** First and last year of a multi-year plan ("GIAI ĐOẠN 2026 - 2030"); absent or null for one year. */
  span?: [number, number] | null;
  /** The title found above the table, if any. */
  title: string | null;
  layout: PlanLayout;
  sections: PlanSection[];
  tasks: PlanTask[];
  warnings: Finding[];
  /** The header and the column of each role, and how each was chosen (SPEC §12); absent from plans built by hand. */
  reading?: PlanReadingInfo;
}

/**
 * A role a column of the plan table can play (SPEC §12), by the names the officer and the CLI
 * use (`--columns no=A,task=B,lead=D,support=E,timing=F,result=C,status=H,done=I`).
 */
export type PlanRole = 'no' | 'task' | 'result' | 'lead' | 'support' | 'timing' | 'status' | 'done';

/** Every role, in the order the pane and the summary list them. */
export const PLAN_ROLES: readonly PlanRole[] = ['no', 'task', 'result', 'lead', 'support', 'timing', 'status', 'done'];

/** How a role's column was chosen. */
export type RoleSource = 'header' | 'content' | 'shape' | 'officer';

/** The column that fed one role, and why (SPEC §12 "What was read, visible"). */
export interface RoleColumn {
  /** 1-based column. */
  column: number;
  /** The header text over that column ('' when the table has no header row). */
  header: string;
  /** By its header label, by what its cells hold (several columns could serve), by the table's shape (no header found), or set by the officer. */
  source: RoleSource;
  /** One Vietnamese phrase for the pane, e.g. "12/14 ô ghi tên đơn vị". */
  evidence: string;
}

/** What the reader found before reading tasks: the table's header and the column of each role. */
export interface PlanReadingInfo {
  /** The header row(s); null when the table was found by its shape without one. */
  headerRows: [number, number] | null;
  roles: Partial<Record<PlanRole, RoleColumn>>;
  /** Whether any role was guessed (by content over several candidates, or by shape): the pane then opens the column panel. */
  guessed: boolean;
}

/**
 * The officer's own reading of a sheet's columns (SPEC §12 "The officer corrects"): kept in the
 * workbook per sheet, given to the reader, which then uses it instead of its own choice. A role set
 * to null is "không có" (the table has no such column); a role left out is chosen by the reader.
 */
export interface ColumnMapping {
  /** 1-based header row (its last row when two-row); the body starts under it (and under a "(1) (2) …" row). */
  headerRow?: number;
  columns?: Partial<Record<PlanRole, number | null>>;
}

/** Options of {@link readPlanTable}-like readers. */
export interface ReadPlanOptions {
  /** Read this sheet only. */
  sheet?: string;
  /** The officer's mapping of that sheet's columns (applies to `sheet`, or to every sheet read when `sheet` is absent). */
  mapping?: ColumnMapping;
}

export type { CellValue };
