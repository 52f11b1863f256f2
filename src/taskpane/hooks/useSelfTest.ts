import { useCallback, useState } from 'react';
import { OFFICE_JS_URL } from '../host/detectHost';
import { useOperation } from './useOperation';
import type { SelfTestReport } from '../selftest/model';

/** The self-test's texts: Vietnamese only (its report goes to the Sở's IT officer and the developers). */
export const SELF_TEST_RUNNING = 'Đang tự kiểm tra…';

/**
 * Runs the self-test in the Excel the pane is loaded in (its code loads on first use) as the
 * pane's one piece of work, so no other action starts meanwhile; keeps the last report.
 */
export function useSelfTest(): { report: SelfTestReport | null; start: () => Promise<void>; running: boolean } {
  const { run, busyHere } = useOperation();
  const [report, setReport] = useState<SelfTestReport | null>(null);
  const start = useCallback(async () => {
    const result = await run(SELF_TEST_RUNNING, async (progress) => {
      const [{ runSelfTest }, { readPage }] = await Promise.all([
        import(/* webpackChunkName: "self-test" */ '../selftest/runSelfTest'),
        import(/* webpackChunkName: "self-test" */ '../selftest/pageChecks'),
      ]);
      return runSelfTest({
        run: (batch) => Excel.run(batch),
        office: Office.context,
        page: readPage(OFFICE_JS_URL),
        userAgent: navigator.userAgent,
        onProgress: (done, total, label) => progress(done / total, label ? `${SELF_TEST_RUNNING} ${label}` : undefined),
      });
    });
    if (result) setReport(result);
  }, [run]);
  return { report, start, running: busyHere };
}
