/**
 * The one place that waits for Office. A page opened straight in a browser (no sign of a host)
 * starts in file mode without waiting. Inside a host, office.js comes from Microsoft's CDN: a
 * tag already in the page is waited for, else it is added here with its listeners in place
 * before the request starts, so an unreachable CDN is known at once. When office.js cannot load
 * (no network) or the page is not inside Excel, the pane works on files.
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
  /** The page's surroundings (default: read from `window`); tests pass their own. */
  page?: PageSurroundings;
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

/** What the page can tell about its surroundings before office.js runs. */
export interface PageSurroundings {
  /** `location.search`. */
  search: string;
  /** `window.name`. */
  windowName: string;
  /** The page is inside a frame (Excel on the web hosts add-ins in an iframe). */
  framed: boolean;
  /** office.js's own cache of the host it found earlier in this tab (`sessionStorage.hostInfoValue`). */
  cachedHostInfo: boolean;
  /** A desktop host's bridge is present (WebView2 on Windows, WKWebView on Mac, IE's window.external). */
  hostBridge: boolean;
}

/**
 * True when the page may be inside an Office host, from the signs office.js itself reads: the
 * `_host_Info` query parameter (Office on Windows and Mac add it to the pane's address), host
 * information in `window.name` or in office.js's session cache, a frame (Office on the web), or
 * a desktop host's script bridge. A page opened directly in a browser shows none of them, so it
 * starts in file mode at once instead of waiting for office.js to give up.
 */
export function mayBeInOffice(page: PageSurroundings): boolean {
  return /[?&]_host_info=/i.test(page.search) || /host_?info/i.test(page.windowName) || page.framed || page.cachedHostInfo || page.hostBridge;
}

function surroundings(): PageSurroundings {
  let framed = true;
  try {
    framed = window.self !== window.top;
  } catch {
    // A cross-origin parent refuses the comparison: that is a frame.
  }
  let cachedHostInfo = false;
  try {
    cachedHostInfo = window.sessionStorage?.getItem('hostInfoValue') != null;
  } catch {
    // Storage may be blocked; the other signs still count.
  }
  const w = window as unknown as { chrome?: { webview?: unknown }; webkit?: { messageHandlers?: unknown }; external?: { GetContext?: unknown } };
  const hostBridge = w.chrome?.webview !== undefined || w.webkit?.messageHandlers !== undefined || typeof w.external?.GetContext !== 'undefined';
  return { search: window.location.search, windowName: window.name, framed, cachedHostInfo, hostBridge };
}

/** An office.js script already in the page (a tag in the head, or one added earlier). */
function existingOfficeScript(): HTMLScriptElement | null {
  for (const script of Array.from(document.getElementsByTagName('script'))) {
    if (/\/office(\.debug)?\.js(\?|$)/i.test(script.src)) return script;
  }
  return null;
}

/**
 * Loads office.js (or waits for the tag already in the page); resolves true once
 * `window.Office` exists, false when it failed or never came.
 */
function loadOfficeJs(src: string, timeoutMs: number): Promise<boolean> {
  if (typeof Office !== 'undefined') return Promise.resolve(true);
  const present = existingOfficeScript();
  const script = present ?? document.createElement('script');
  const arrived = new Promise<boolean>((resolve) => {
    script.addEventListener('load', () => resolve(typeof Office !== 'undefined'), { once: true });
    script.addEventListener('error', () => resolve(false), { once: true });
  });
  if (!present) {
    script.src = src;
    script.id = 'office-js';
    document.head.appendChild(script);
  }
  return withTimeout(arrived, timeoutMs, false).then((ok) => ok || typeof Office !== 'undefined');
}

/**
 * Says where the pane runs. A page with no sign of an Office host ({@link mayBeInOffice}) is in
 * file mode at once; otherwise office.js and `Office.onReady` are awaited, each with a timeout.
 * Never rejects.
 */
export async function detectHost(options: DetectHostOptions = {}): Promise<Host> {
  const { src = OFFICE_JS_URL, loadTimeoutMs = 8000, readyTimeoutMs = 8000 } = options;
  const page = options.page ?? surroundings();
  if (!mayBeInOffice(page)) return { kind: 'file', reason: 'not-in-excel', displayLanguage: null };
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
