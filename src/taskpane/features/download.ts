/**
 * Whether this webview saves a file through a download link. Excel on Mac and on iPad host the
 * pane in WKWebView, where `<a download>` does nothing at all (office-js issue 2700, closed "by
 * design"): Office says so through `Office.context.platform` ("Mac", "iOS"). Everywhere else
 * (Windows' WebView2, Excel on the web, a browser) the link downloads.
 *
 * @example
 * if (!downloadsWork()) showTextToCopy(); // Excel for Mac
 */
export function downloadsWork(): boolean {
  if (typeof Office === 'undefined') return true;
  const context = Office.context as (Office.Context & { diagnostics?: { platform?: unknown } }) | undefined;
  const platform = String(context?.platform ?? context?.diagnostics?.platform ?? '');
  return platform !== 'Mac' && platform !== 'iOS';
}

/** Offers bytes to the officer as a downloaded .xlsx file (file mode); false when this webview cannot download (nothing done). */
export function downloadXlsx(bytes: Uint8Array, fileName: string): boolean {
  return downloadBlob(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), fileName);
}

/** Offers a blob to the officer as a downloaded file of that name; false when this webview cannot download ({@link downloadsWork}). */
export function downloadBlob(blob: Blob, fileName: string): boolean {
  if (!downloadsWork()) return false;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}
