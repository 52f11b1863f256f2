/**
 * What the page's Content-Security-Policy blocked since the pane opened. Started first thing in
 * the pane (index.tsx), so a blocked office.js or one of the files it loads is on record for the
 * self-test: a blocked office.js leaves Office never ready.
 */
const blocked: string[] = [];
let watching = false;

/** Starts recording `securitypolicyviolation` events (once; nothing outside a browser). */
export function watchPolicyViolations(): void {
  if (watching || typeof document === 'undefined') return;
  watching = true;
  document.addEventListener('securitypolicyviolation', (e) => {
    blocked.push(`${e.blockedURI || 'nội tuyến'} (${e.effectiveDirective})`);
  });
}

/** The addresses blocked so far, with the directive that blocked each. */
export function blockedSoFar(): string[] {
  return [...blocked];
}
