import type { WorkbookSessionState } from '../hooks/useWorkbookSession';
import { NotReady } from './NotReady';

/** "Báo cáo quý": biểu II.05a/II.06a from a dossier register. */
export function FormsTab({ state }: { state: WorkbookSessionState }) {
  void state;
  return <NotReady />;
}
