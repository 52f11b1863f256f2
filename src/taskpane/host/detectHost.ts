/**
 * The one place that waits for Office. office.js is loaded async from Microsoft's CDN; when it
 * cannot load (no network) or the page is not inside Excel, the pane works on files instead.
 */

export type Host =
  | { kind: 'excel'; displayLanguage: string | null }
  | { kind: 'file'; reason: 'office-js-unavailable' | 'not-in-excel' | 'timeout'; displayLanguage: string | null };

export interface DetectHostOptions {
  /** id of the office.js script element in the page. */
  scriptId?: string;
  /** How long to wait for office.js to arrive. */
  loadTimeoutMs?: number;
  /** How long to wait for Office.onReady once office.js is there. */
  readyTimeoutMs?: number;
}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(onTimeout), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      () => {
        clearTimeout(timer);
        resolve(onTimeout);
      },
    );
  });
}

/** Resolves true once `window.Office` exists, false when the script failed or never came. */
function officeScriptLoaded(scriptId: string, timeoutMs: number): Promise<boolean> {
  if (typeof Office !== 'undefined') return Promise.resolve(true);
  const script = document.getElementById(scriptId);
  if (!script) return Promise.resolve(false);
  const arrived = new Promise<boolean>((resolve) => {
    script.addEventListener('load', () => resolve(typeof Office !== 'undefined'), { once: true });
    script.addEventListener('error', () => resolve(false), { once: true });
  });
  return withTimeout(arrived, timeoutMs, typeof Office !== 'undefined');
}

/**
 * Waits for office.js and `Office.onReady`, each with a timeout, and says where the pane runs.
 * Never rejects.
 */
export async function detectHost(options: DetectHostOptions = {}): Promise<Host> {
  const { scriptId = 'office-js', loadTimeoutMs = 8000, readyTimeoutMs = 8000 } = options;
  const loaded = await officeScriptLoaded(scriptId, loadTimeoutMs);
  if (!loaded) return { kind: 'file', reason: 'office-js-unavailable', displayLanguage: null };
  const info = await withTimeout(
    Office.onReady().then((i) => i as { host: Office.HostType | null } | null),
    readyTimeoutMs,
    null,
  );
  if (info === null) return { kind: 'file', reason: 'timeout', displayLanguage: null };
  if (info.host !== Office.HostType.Excel) return { kind: 'file', reason: 'not-in-excel', displayLanguage: null };
  const displayLanguage = Office.context?.displayLanguage ?? null;
  return { kind: 'excel', displayLanguage };
}
