import type { Workbook } from '../../workbook/workbook';

/**
 * The workbook setting that keeps the issuing body the officer typed for a plan sheet's status
 * sheets ("Cơ quan ban hành"), so it is there again when the workbook is opened next time.
 */
export function issuerSettingKey(planSheet: string): string {
  return `kstthc.issuer.${planSheet}`;
}

/** Keeps the officer's issuer with the workbook (Excel: document settings; a file: its settings sheet). */
export function saveIssuer(workbook: Workbook, planSheet: string, issuer: string): Promise<void> {
  return workbook.setSetting(issuerSettingKey(planSheet), issuer);
}
