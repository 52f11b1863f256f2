import type { WorkbookSession } from './session';

/** Excel: the open workbook through Office.js (the Office.js workbook code loads on first use). */
export async function openExcelSession(): Promise<WorkbookSession> {
  const { OfficeWorkbook } = await import(/* webpackChunkName: "office-workbook" */ '../../workbook/office/officeWorkbook');
  return { mode: 'excel', workbook: new OfficeWorkbook() };
}
