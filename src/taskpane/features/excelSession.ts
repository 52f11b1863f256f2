import type { WorkbookSession } from './session';

/** Excel: the open workbook through Office.js (loaded on first use). */
export async function openExcelSession(): Promise<WorkbookSession> {
  throw Object.assign(new Error('Chức năng này đang được xây dựng: làm việc trực tiếp trong Excel chưa có trong phiên bản này.'), { name: 'OfficeWorkbookError' });
}
