import type { Page, Route } from 'playwright-core';

/**
 * The Office CDN origins the pages load office.js from: Microsoft's documented address since
 * September 2026 (office-js-docs-pr 5882) and the older one, both allowed by the pages' CSP.
 */
export const OFFICE_CDNS = ['https://officeapis.public.onecdn.static.microsoft/', 'https://appsforoffice.microsoft.com/'];

/** Routes every request to either Office CDN (no network in tests: abort it, or serve a stand-in). */
export async function routeOfficeCdns(page: Page, handler: (route: Route) => unknown): Promise<void> {
  for (const cdn of OFFICE_CDNS) await page.route(`${cdn}**`, handler);
}

/** Whether a console line is about an Office CDN request (expected when the CDN is cut off). */
export function aboutOfficeCdn(line: string): boolean {
  return OFFICE_CDNS.some((cdn) => line.includes(cdn));
}
