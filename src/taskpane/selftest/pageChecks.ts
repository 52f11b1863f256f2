/**
 * The pane's page as the self-test sees it: where office.js came from, what the page's
 * Content-Security-Policy allows, and what that policy blocked since the pane opened (a blocked
 * office.js or one of its own files leaves Office never ready).
 */
import { Differences } from './failures';
import { blockedSoFar } from './policyWatch';

export interface PageSurface {
  /** `src` of every script element of the page. */
  scripts: string[];
  /** The page's Content-Security-Policy (its meta tag), null when there is none. */
  csp: string | null;
  /** Addresses the policy blocked since the pane opened, with the directive (`securitypolicyviolation`). */
  blocked: string[];
  /** Where the add-in loads office.js from (the documented address). */
  officeJs: string;
  /** Addresses of the scripts and files the page loaded (Resource Timing), to see which Office domains served Office's own files. */
  resources: string[];
}

/** The page as it is now, for {@link checkOfficeJsPage}. */
export function readPage(officeJs: string): PageSurface {
  const scripts = Array.from(document.getElementsByTagName('script'))
    .map((s) => s.src)
    .filter((src) => src.length > 0);
  const meta = document.querySelector('meta[http-equiv="Content-Security-Policy" i]');
  const resources = typeof performance === 'undefined' ? [] : performance.getEntriesByType('resource').map((e) => e.name);
  return { scripts, csp: meta?.getAttribute('content') ?? null, blocked: blockedSoFar(), officeJs, resources };
}

/** The sources a directive of a policy allows (`script-src`), falling back to `default-src`. */
export function policySources(csp: string, directive: string): string[] {
  const directives = new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map((words) => [words[0].toLowerCase(), words.slice(1)] as const),
  );
  return [...(directives.get(directive) ?? directives.get('default-src') ?? [])];
}

/** Whether a source list allows a URL (by origin, scheme or host prefix; `'self'` is the page's own origin). */
function allows(sources: string[], url: string, pageOrigin: string | null): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  return sources.some((source) => {
    if (source === "'self'") return pageOrigin !== null && target.origin === pageOrigin;
    if (source === '*') return true;
    if (/^[a-z]+:$/i.test(source)) return target.protocol === source.toLowerCase();
    try {
      const allowed = new URL(source);
      return target.origin === allowed.origin && target.pathname.startsWith(allowed.pathname);
    } catch {
      return false;
    }
  });
}

/**
 * office.js is in the page from the documented address, the page's policy allows scripts and
 * connections to that origin, and the policy blocked nothing since the pane opened. Office being
 * ready is what let the self-test start at all.
 */
export function checkOfficeJsPage(page: PageSurface, pageOrigin: string | null = typeof location === 'undefined' ? null : location.origin): string {
  const diff = new Differences();
  const officeScripts = page.scripts.filter((src) => /\/office(\.debug)?\.js(\?|$)/i.test(src));
  diff.check(officeScripts.includes(page.officeJs), `office.js không được tải từ ${page.officeJs} (trang có: ${officeScripts.join(', ') || 'không có'}).`);
  if (page.csp === null) diff.check(false, 'Trang không có chính sách bảo mật (Content-Security-Policy).');
  else {
    for (const directive of ['script-src', 'connect-src']) {
      diff.check(allows(policySources(page.csp, directive), page.officeJs, pageOrigin), `Chính sách bảo mật (${directive}) không cho phép ${new URL(page.officeJs).origin}.`);
    }
  }
  diff.equal('Địa chỉ bị chính sách bảo mật chặn', page.blocked, []);
  // office.js loads Excel's own files, maybe from another Office domain: the policy must allow each.
  const officeOrigins = new Set<string>();
  for (const url of [...page.resources, ...officeScripts]) {
    try {
      const origin = new URL(url).origin;
      // The add-in's own files (office-workbook.….js among them) come from the page's origin.
      if (origin !== pageOrigin && /office|microsoft/i.test(url)) officeOrigins.add(origin);
    } catch {
      // Not an address: nothing to check.
    }
  }
  if (page.csp !== null) {
    const scripts = policySources(page.csp, 'script-src');
    for (const origin of officeOrigins) diff.check(allows(scripts, `${origin}/`, pageOrigin), `Chính sách bảo mật (script-src) không cho phép ${origin}, nơi Office tải tệp của mình.`);
  }
  diff.done();
  return `office.js từ ${page.officeJs}; tệp của Office tải từ ${[...officeOrigins].join(', ') || 'không rõ'}`;
}
