import { highlightWritePlan } from '../../core/highlight/highlightWritePlan';
import type { PlanStatus } from '../../core/status/model';
import type { WritePlan } from '../../core/write/writePlan';
import type { Workbook } from '../../workbook/workbook';
import type { PlanReading } from './plan';

/** The plan tab's buttons. */
export type PlanAction = 'highlight' | 'init' | 'statusSheets';

/** Which actions have their core in this build (the others show "đang được xây dựng"). */
export const PLAN_ACTIONS_READY: Readonly<Record<PlanAction, boolean>> = {
  highlight: true,
  statusSheets: true,
  init: false,
};

export interface PlanActionInput {
  reading: PlanReading;
  status: PlanStatus;
  /** "By unit": only this unit's rows / its own status sheet. */
  unit?: string;
}

/** The write plan of an action (pure; exported for the ribbon command and tests). */
export function planActionWritePlan(action: PlanAction, input: PlanActionInput): WritePlan {
  const { reading, status, unit } = input;
  const plan = reading.plan;
  if (!plan) throw new Error('planActionWritePlan: no plan');
  switch (action) {
    case 'highlight':
      return highlightWritePlan(plan, status, { asOf: status.asOf, unit, statusSheets: 'none' });
    case 'statusSheets':
      return highlightWritePlan(plan, status, { asOf: status.asOf, planSheet: false, statusSheets: unit ? { units: [unit] } : 'all' });
    case 'init':
      throw new Error('planActionWritePlan: init is not available in this build');
  }
}

/** Runs an action on the workbook: builds its write plan and applies it. */
export async function runPlanAction(action: PlanAction, workbook: Workbook, input: PlanActionInput): Promise<void> {
  await workbook.apply(planActionWritePlan(action, input));
}
