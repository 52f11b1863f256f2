/**
 * Errors whose message is already a sentence for the officer (Vietnamese, naming the file,
 * sheet or row). Checked by name so the pane need not load the modules that define them.
 */
const OFFICER_ERRORS = new Set(['WorkbookOpenError', 'OfficeOperationError', 'SheetLayoutError', 'UsageError']);

/**
 * The message to show for an error: the error's own sentence when it is meant for the officer,
 * null when it is a programming error (the pane then shows a generic sentence plus the detail).
 *
 * @example
 * officerMessage(Object.assign(new Error('Tệp rỗng'), { name: 'WorkbookOpenError' })) // 'Tệp rỗng'
 */
export function officerMessage(err: unknown): string | null {
  if (err instanceof Error && OFFICER_ERRORS.has(err.name)) return err.message;
  return null;
}

/**
 * A short code for a programming error, shown with the pane's generic sentence: the error's
 * name, never its message (library or English text the officer cannot act on).
 */
export function errorDetail(err: unknown): string {
  if (err instanceof Error) return err.name || 'Error';
  return typeof err;
}
