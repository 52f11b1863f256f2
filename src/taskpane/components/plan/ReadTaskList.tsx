import { lazy, Suspense } from 'react';
import { Spinner } from '@fluentui/react-components';
import type { PlanState } from '../../hooks/usePlan';
import type { WorkbookSessionState } from '../../hooks/useWorkbookSession';
import { useStrings } from '../../i18n/context';

// Loaded when the officer opens the section (first-load budget): it is folded by default.
const ReadTasks = lazy(() => import(/* webpackChunkName: "plan-read" */ './ReadTasks').then((m) => ({ default: m.ReadTasks })));

/** "Đã đọc từ bảng" inside its section: the tasks as read, once a plan was read. */
export function ReadTaskList({ state, plan }: { state: WorkbookSessionState; plan: PlanState }) {
  const strings = useStrings();
  if (!plan.reading?.plan) return null;
  return (
    <Suspense fallback={<Spinner size="tiny" label={strings.loadingTab} />}>
      <ReadTasks state={state} plan={plan} />
    </Suspense>
  );
}
