import type { Finding } from '../core/findings';
import type { Deliverable, PlanTable, PlanTask } from '../core/plan/model';
import { roleColumnsOf } from '../core/plan/readPlanTable';

/** One deliverable in the plan JSON (SPEC §10); status fields come in through `extras`. */
export interface PlanJsonDeliverable {
  key: string;
  result: string;
  lead: string;
  support: string;
  timing: string;
  rows: [number, number];
  [more: string]: unknown;
}

/** The `kstthc plan --json` document (SPEC §10). More keys may be added, these may not change. */
export interface PlanJsonDocument {
  sheet: string;
  year: number | null;
  /** First and last year of a multi-year plan (SPEC §11); only when the plan has one. */
  span?: [number, number];
  asOf: string | null;
  /** `path` ("B.IV") and `level` ("letter", "group") added by SPEC §11; a Roman section has no `level`. */
  sections: { code: string; path: string; title: string; level?: 'letter' | 'group' }[];
  /**
   * `no` is the STT number (the label, "5.1.2", where it has several parts); `id` names the
   * task (SPEC §11: "II.1", or "7" where numbers are unique); `group` the group heading's code.
   */
  tasks: { id: string; no: number | string; section: string; group?: string; content: string; deliverables: PlanJsonDeliverable[] }[];
  warnings: { row: number | null; message: string; sheet: string }[];
  /** SPEC §12: the column that fed each role (`{ "lead": { "column": "D", "header": "Chủ trì", "source": "header" } }`). */
  columns?: Record<string, { column: string; header: string; source: string }>;
}

/** What later features add to the document (status as of a day, per-unit status …). */
export interface PlanJsonExtras {
  /** The as-of day of the status fields, ISO. */
  asOf?: string | null;
  /** Extra keys of one deliverable (schedule, status, nextDue, units …). */
  deliverable?: (task: PlanTask, deliverable: Deliverable) => Record<string, unknown>;
  /** Findings of later steps (status, directory and tracking sheets), after the reader's. */
  warnings?: readonly Finding[];
}

/**
 * Builds the one JSON document `kstthc plan --json` prints, from a plan read by
 * `readPlanTable` and whatever later features add.
 *
 * @example
 * planJson(plan).tasks[0].deliverables[0].rows // [10, 10]
 * planJson(plan, { asOf: '2024-03-31', deliverable: (t, d) => ({ status: 'done' }) })
 */
export function planJson(plan: PlanTable, extras: PlanJsonExtras = {}): PlanJsonDocument {
  return {
    sheet: plan.sheet,
    year: plan.year,
    ...(plan.span ? { span: [plan.span[0], plan.span[1]] as [number, number] } : {}),
    asOf: extras.asOf ?? null,
    sections: plan.sections.map((s) => ({ code: s.code, path: s.path, title: s.title, ...(s.level !== 'section' ? { level: s.level } : {}) })),
    tasks: plan.tasks.map((t) => ({
      id: t.id,
      no: t.label === String(t.no) ? t.no : t.label,
      section: t.section,
      ...(t.group !== null ? { group: t.group } : {}),
      content: t.content,
      deliverables: t.deliverables.map((d) => ({
        key: d.key,
        result: d.result,
        lead: d.lead,
        support: d.support,
        timing: d.timing,
        rows: [d.rows[0], d.rows[1]] as [number, number],
        ...(extras.deliverable ? extras.deliverable(t, d) : {}),
      })),
    })),
    warnings: [...plan.warnings, ...(extras.warnings ?? [])].map((w) => ({ row: w.row, message: w.message, sheet: w.sheet })),
    ...(plan.reading ? { columns: roleColumnsOf(plan) } : {}),
  };
}
