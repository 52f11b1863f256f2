import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useStrings } from '../i18n/context';
import { errorDetail, officerMessage } from '../features/errors';

export type NoticeIntent = 'error' | 'warning' | 'success' | 'info';

export interface Notice {
  id: number;
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
  /**
   * Runs one piece of long work: ignored while another runs (nothing can start twice), errors
   * become an error notice. Resolves to the work's result, or undefined when it did not run or failed.
   */
  run<T>(label: string, work: (report: (progress: number, label?: string) => void) => Promise<T>, options?: RunOptions): Promise<T | undefined>;
  notices: Notice[];
  notify(notice: Omit<Notice, 'id'>): void;
  dismiss(id: number): void;
  clearNotices(): void;
}

const OperationContext = createContext<Operation | null>(null);

/** Holds the pane's single "work in progress" flag and its notices (MessageBars). */
export function OperationProvider({ children }: { children: ReactNode }) {
  const strings = useStrings();
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const running = useRef(false);
  const nextId = useRef(1);

  const notify = useCallback((notice: Omit<Notice, 'id'>) => {
    const id = nextId.current++;
    setNotices((list) => [...list.filter((n) => n.intent === 'error' || n.intent === 'warning'), { ...notice, id }]);
  }, []);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const clearNotices = useCallback(() => setNotices([]), []);

  const run = useCallback(
    async <T,>(label: string, work: (report: (progress: number, label?: string) => void) => Promise<T>, options: RunOptions = {}): Promise<T | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      setBusy(label);
      setProgress(null);
      if (!options.keepNotices) setNotices([]);
      try {
        return await work((p, l) => {
          setProgress(Math.max(0, Math.min(1, p)));
          if (l) setBusy(l);
        });
      } catch (err) {
        const own = officerMessage(err);
        notify({ intent: 'error', title: strings.errorTitle, text: own ?? strings.unexpected(errorDetail(err)) });
        return undefined;
      } finally {
        running.current = false;
        setBusy(null);
        setProgress(null);
      }
    },
    [notify, strings],
  );

  const value = useMemo(() => ({ busy, progress, run, notices, notify, dismiss, clearNotices }), [busy, progress, run, notices, notify, dismiss, clearNotices]);
  return <OperationContext.Provider value={value}>{children}</OperationContext.Provider>;
}

/** The pane's operation state; inside {@link OperationProvider}. */
export function useOperation(): Operation {
  const op = useContext(OperationContext);
  if (!op) throw new Error('useOperation outside OperationProvider');
  return op;
}
