import { useCallback, useReducer } from 'react';

/** Texts the officer typed, per open workbook: they outlive the tabs (remounted on every switch). */
const typed = new WeakMap<object, Map<string, string>>();

/**
 * A text the officer typed for the open workbook (`session`), kept for as long as that workbook
 * is open: through re-reads after each action and switches between tabs. Undefined until typed.
 */
export function useSessionText(session: object | null, key: string): [string | undefined, (text: string) => void] {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const value = session ? typed.get(session)?.get(key) : undefined;
  const set = useCallback(
    (text: string) => {
      if (!session) return;
      const texts = typed.get(session) ?? new Map<string, string>();
      texts.set(key, text);
      typed.set(session, texts);
      rerender();
    },
    [session, key],
  );
  return [value, set];
}
