import type { Finding } from '../core/findings';
import type { Deliverable, PlanTable, PlanTask } from '../core/plan/model';

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
  asOf: string | null;
  sections: { code: string; title: string }[];
  tasks: { no: number; section: string; content: string; deliverables: PlanJsonDeliverable[] }[];
  warnings: { row: number | null; message: string; sheet: string }[];
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
    asOf: extras.asOf ?? null,
    sections: plan.sections.map((s) => ({ code: s.code, title: s.title })),
    tasks: plan.tasks.map((t) => ({
      no: t.no,
      section: t.section,
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
  };
}
