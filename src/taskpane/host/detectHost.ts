/**
 * The one place that waits for Office. office.js comes from Microsoft's CDN, as in Microsoft's
 * templates, but is added here rather than by a tag in the page: the load and error listeners
 * are in place before the request starts, so an unreachable CDN is known at once (a static
 * async tag can fail before the bundle runs, and the pane would wait for the timeout). When
 * office.js cannot load (no network) or the page is not inside Excel, the pane works on files.
 */

/** Microsoft's CDN address of office.js (the page's CSP allows this origin). */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export type Host =
  | { kind: 'excel'; displayLanguage: string | null }
  | { kind: 'file'; reason: 'office-js-unavailable' | 'not-in-excel' | 'timeout'; displayLanguage: string | null };

export interface DetectHostOptions {
  /** office.js address (default {@link OFFICE_JS_URL}). */
  src?: string;
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

/** Loads office.js; resolves true once `window.Office` exists, false when it failed or never came. */
function loadOfficeJs(src: string, timeoutMs: number): Promise<boolean> {
  if (typeof Office !== 'undefined') return Promise.resolve(true);
  const script = document.createElement('script');
  const arrived = new Promise<boolean>((resolve) => {
    script.addEventListener('load', () => resolve(typeof Office !== 'undefined'), { once: true });
    script.addEventListener('error', () => resolve(false), { once: true });
  });
  script.src = src;
  script.id = 'office-js';
  document.head.appendChild(script);
  return withTimeout(arrived, timeoutMs, false).then((ok) => ok || typeof Office !== 'undefined');
}

/**
 * Waits for office.js and `Office.onReady`, each with a timeout, and says where the pane runs.
 * Never rejects.
 */
export async function detectHost(options: DetectHostOptions = {}): Promise<Host> {
  const { src = OFFICE_JS_URL, loadTimeoutMs = 8000, readyTimeoutMs = 8000 } = options;
  const loaded = await loadOfficeJs(src, loadTimeoutMs);
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
