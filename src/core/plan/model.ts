import type { CellValue } from '../grid';
import type { Finding } from '../findings';

/** A Roman-numeral section row of the appendix ("I", "Ban hành các văn bản …"). */
export interface PlanSection {
  code: string;
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
}

export interface PlanTask {
  no: number;
  /** Code of the section the task sits in ("I" … "XII"). */
  section: string;
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
    result: number;
    lead: number;
    support: number;
    timing: number;
    override: number | null;
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
  /** The title found above the table, if any. */
  title: string | null;
  layout: PlanLayout;
  sections: PlanSection[];
  tasks: PlanTask[];
  warnings: Finding[];
}

/** Options of {@link readPlanTable}-like readers. */
export interface ReadPlanOptions {
  /** Read this sheet only. */
  sheet?: string;
}

export type { CellValue };
