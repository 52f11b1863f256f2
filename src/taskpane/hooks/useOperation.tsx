import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useStrings } from '../i18n/context';
import { errorDetail, officerMessage } from '../features/errors';

export type NoticeIntent = 'error' | 'warning' | 'success' | 'info';

export interface Notice {
  id: number;
  /** Where the notice belongs: 'pane' (opening a workbook) or a tab; shown only there. */
  scope: string;
  intent: NoticeIntent;
  title?: string;
  text: string;
  /** Further lines (findings), shown as a list. */
  lines?: string[];
}

export interface RunOptions {
  /** Keep the notices already shown (for work the pane starts by itself, e.g. re-reading after a write). */
  keepNotices?: boolean;
}

export interface Operation {
  /** Label of the running work, null when idle. */
  busy: string | null;
  /** Progress 0…1 of the running work when it reports one. */
  progress: number | null;
  /** The running work was started in this scope (its spinner shows here). */
  busyHere: boolean;
  /**
   * Runs one piece of long work: ignored while another runs (nothing can start twice), errors
   * become an error notice. Resolves to the work's result, or undefined when it did not run or failed.
   */
  run<T>(label: string, work: (report: (progress: number, label?: string) => void) => Promise<T>, options?: RunOptions): Promise<T | undefined>;
  /** The notices of this scope. */
  notices: Notice[];
  notify(notice: Omit<Notice, 'id' | 'scope'>): void;
  dismiss(id: number): void;
  /** Clears this scope's notices. */
  clearNotices(): void;
}

/** The pane-wide state behind every scope's {@link Operation}. */
interface OperationCore {
  busy: string | null;
  busyScope: string | null;
  progress: number | null;
  all: Notice[];
  runIn<T>(scope: string, label: string, work: (report: (progress: number, label?: string) => void) => Promise<T>, options?: RunOptions): Promise<T | undefined>;
  notifyIn(scope: string, notice: Omit<Notice, 'id' | 'scope'>): void;
  dismiss(id: number): void;
  clearIn(scope: string): void;
}

const CoreContext = createContext<OperationCore | null>(null);
const OperationContext = createContext<Operation | null>(null);

/** The {@link Operation} of one scope over the pane-wide core. */
function useScoped(core: OperationCore, scope: string): Operation {
  const { busy, busyScope, progress, all, runIn, notifyIn, dismiss, clearIn } = core;
  return useMemo<Operation>(
    () => ({
      busy,
      progress,
      busyHere: busy !== null && busyScope === scope,
      run: (label, work, options) => runIn(scope, label, work, options),
      notices: all.filter((n) => n.scope === scope),
      notify: (notice) => notifyIn(scope, notice),
      dismiss,
      clearNotices: () => clearIn(scope),
    }),
    [busy, busyScope, progress, all, runIn, notifyIn, dismiss, clearIn, scope],
  );
}

/**
 * Holds the pane's single "work in progress" flag and its notices (MessageBars). Notices belong
 * to the scope whose work made them (see {@link OperationScope}); outside any, the 'pane' scope.
 */
export function OperationProvider({ children }: { children: ReactNode }) {
  const strings = useStrings();
  const [busy, setBusy] = useState<string | null>(null);
  const [busyScope, setBusyScope] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const running = useRef(false);
  const nextId = useRef(1);

  const notifyIn = useCallback((scope: string, notice: Omit<Notice, 'id' | 'scope'>) => {
    const id = nextId.current++;
    // A new result replaces the scope's earlier results; its errors and warnings stay until dismissed or re-run.
    setNotices((list) => [...list.filter((n) => n.scope !== scope || n.intent === 'error' || n.intent === 'warning'), { ...notice, scope, id }]);
  }, []);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const clearIn = useCallback((scope: string) => setNotices((list) => list.filter((n) => n.scope !== scope)), []);

  const runIn = useCallback(
    async <T,>(scope: string, label: string, work: (report: (progress: number, label?: string) => void) => Promise<T>, options: RunOptions = {}): Promise<T | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      setBusy(label);
      setBusyScope(scope);
      setProgress(null);
      if (!options.keepNotices) clearIn(scope);
      try {
        return await work((p, l) => {
          setProgress(Math.max(0, Math.min(1, p)));
          if (l) setBusy(l);
        });
      } catch (err) {
        const own = officerMessage(err);
        notifyIn(scope, { intent: 'error', title: strings.errorTitle, text: own ?? strings.unexpected(errorDetail(err)) });
        return undefined;
      } finally {
        running.current = false;
        setBusy(null);
        setProgress(null);
      }
    },
    [clearIn, notifyIn, strings],
  );

  const core = useMemo<OperationCore>(
    () => ({ busy, busyScope, progress, all: notices, runIn, notifyIn, dismiss, clearIn }),
    [busy, busyScope, progress, notices, runIn, notifyIn, dismiss, clearIn],
  );
  const pane = useScoped(core, 'pane');
  return (
    <CoreContext.Provider value={core}>
      <OperationContext.Provider value={pane}>{children}</OperationContext.Provider>
    </CoreContext.Provider>
  );
}

/**
 * Gives the work started inside it (a tab) notices of its own: they show where that tab puts
 * its {@link NoticeList}, not elsewhere, and are cleared when `resetKey` changes (another workbook).
 */
export function OperationScope({ scope, resetKey, children }: { scope: string; resetKey?: unknown; children: ReactNode }) {
  const core = useContext(CoreContext);
  if (!core) throw new Error('OperationScope outside OperationProvider');
  const op = useScoped(core, scope);
  const { clearIn } = core;
  useEffect(() => () => clearIn(scope), [clearIn, scope, resetKey]);
  return <OperationContext.Provider value={op}>{children}</OperationContext.Provider>;
}

/** The operation state of the nearest scope; inside {@link OperationProvider}. */
export function useOperation(): Operation {
  const op = useContext(OperationContext);
  if (!op) throw new Error('useOperation outside OperationProvider');
  return op;
}
