import type { WorkbookSessionState } from '../hooks/useWorkbookSession';
import { NotReady } from './NotReady';

/** "Tổng hợp": the units' reports consolidated into the department's. */
export function ConsolidateTab({ state }: { state: WorkbookSessionState }) {
  void state;
  return <NotReady />;
}
