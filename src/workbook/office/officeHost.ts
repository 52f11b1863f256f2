/**
 * Whether the code runs inside Excel with Office.js loaded (the task pane also opens in a
 * plain browser for development, where it must not call Office).
 *
 * @example
 * if (isOfficeAvailable()) await new OfficeWorkbook().sheetNames();
 */
export function isOfficeAvailable(): boolean {
  if (typeof Office === 'undefined' || !Office.context) return false;
  const host = Office.context.host;
  return host !== undefined && host !== null && host === Office.HostType?.Excel;
}
