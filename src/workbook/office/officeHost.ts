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

/** The requirement set of `Office.context.ui.openBrowserWindow` (not in Office on the web). */
const OPEN_BROWSER_WINDOW_API = ['OpenBrowserWindowApi', '1.1'] as const;

/**
 * Opens `url` through Office (`Office.context.ui.openBrowserWindow`), which hands it to the
 * system (a mailto: link to the mail program) where the pane's own web view cannot. Only where
 * Office says it supports OpenBrowserWindowApi 1.1 (Excel on Windows, Mac, iPad; not on the
 * web): elsewhere returns false and the caller opens it as a browser would.
 *
 * @example
 * if (!openInOfficeBrowser('mailto:ccts@quangngai.gov.vn')) window.open('mailto:ccts@quangngai.gov.vn', '_blank');
 */
export function openInOfficeBrowser(url: string): boolean {
  if (typeof Office === 'undefined' || !Office.context?.requirements?.isSetSupported(...OPEN_BROWSER_WINDOW_API)) return false;
  Office.context.ui.openBrowserWindow(url);
  return true;
}
