/**
 * The one place that waits for Office. A page opened straight in a browser (no sign of a host)
 * starts in file mode without waiting. Inside a host, office.js comes from Microsoft's CDN
 * through the tag in the page's head (as Microsoft documents it; added here only when a page
 * has none). When office.js cannot load or Office does not get ready although the page is
 * inside a host, the pane says so and offers to retry ({@link Unready}): an officer in Excel
 * must never be told that they are outside it.
 */

/**
 * Microsoft's documented address of office.js since September 2026: the unified Microsoft 365
 * domain (office-js-docs-pr 5882, office-js-docs-reference 2629). The pages' CSP allows it and
 * the older https://appsforoffice.microsoft.com, from which office.js may still load its parts.
 */
export const OFFICE_JS_URL = 'https://officeapis.public.onecdn.static.microsoft/1/office.js';

export type Host =
  | { kind: 'excel'; displayLanguage: string | null }
  | { kind: 'file'; reason: 'not-in-excel'; displayLanguage: string | null };

/**
 * Inside a host, Office did not get ready: office.js did not load (the network, a proxy or a
 * policy blocked it) or `Office.onReady` did not answer in time.
 */
export interface Unready {
  kind: 'unready';
  reason: 'office-js-unavailable' | 'timeout';
  displayLanguage: null;
}

/** How office.js is loaded and awaited (the page's own by default; tests pass their own). */
export interface OfficeLoader {
  /** Resolves true once `Office` exists, false when office.js failed or never came. */
  load(src: string, timeoutMs: number): Promise<boolean>;
  /** `Office.onReady`: the host it reports (null outside Office) and Office's display language. */
  ready(): Promise<{ host: string | null; displayLanguage: string | null }>;
}

export interface DetectHostOptions {
  /** office.js address when the page has no tag of its own (default {@link OFFICE_JS_URL}). */
  src?: string;
  /** How long to wait for office.js to arrive. */
  loadTimeoutMs?: number;
  /** How long to wait for Office.onReady once office.js is there. */
  readyTimeoutMs?: number;
  /** The page's surroundings (default: read from `window`); tests pass their own. */
  page?: PageSurroundings;
  /** How office.js is loaded and awaited (default: in this page). */
  loader?: OfficeLoader;
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
  // The head's tag blocks parsing, and the pane's own script is deferred: by now that tag has
  // loaded or failed. No Office means it failed; waiting longer cannot help.
  if (present && !present.async && !present.defer && present.hasAttribute('src')) return Promise.resolve(false);
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

const pageLoader: OfficeLoader = {
  load: loadOfficeJs,
  ready: async () => {
    const info = (await Office.onReady()) as { host: Office.HostType | null } | null;
    return { host: info?.host ? String(info.host) : null, displayLanguage: Office.context?.displayLanguage ?? null };
  },
};

/**
 * Says where the pane runs. A page with no sign of an Office host ({@link mayBeInOffice}) is in
 * file mode at once; otherwise office.js and `Office.onReady` are awaited, each with a timeout,
 * and a failure of either is {@link Unready} (never file mode: the officer is in Excel). A host
 * other than Excel is file mode. Never rejects.
 */
export async function detectHost(options: DetectHostOptions = {}): Promise<Host | Unready> {
  const { src = OFFICE_JS_URL, loadTimeoutMs = 8000, readyTimeoutMs = 8000, loader = pageLoader } = options;
  const page = options.page ?? surroundings();
  if (!mayBeInOffice(page)) return { kind: 'file', reason: 'not-in-excel', displayLanguage: null };
  const loaded = await loader.load(src, loadTimeoutMs).catch(() => false);
  if (!loaded) return { kind: 'unready', reason: 'office-js-unavailable', displayLanguage: null };
  const info = await withTimeout(loader.ready(), readyTimeoutMs, null);
  if (info === null) return { kind: 'unready', reason: 'timeout', displayLanguage: null };
  if (info.host !== 'Excel') return { kind: 'file', reason: 'not-in-excel', displayLanguage: null };
  return { kind: 'excel', displayLanguage: info.displayLanguage };
}
