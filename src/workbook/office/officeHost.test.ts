import { isOfficeAvailable, openInOfficeBrowser } from './officeHost';

describe('isOfficeAvailable', () => {
  const g = globalThis as { Office?: unknown };
  afterEach(() => {
    delete g.Office;
  });

  test.each<[string, unknown, boolean]>([
    ['no Office.js', undefined, false],
    ['Office.js outside a host', { context: undefined, HostType: { Excel: 'Excel' } }, false],
    ['Word', { context: { host: 'Word' }, HostType: { Excel: 'Excel', Word: 'Word' } }, false],
    ['Excel', { context: { host: 'Excel' }, HostType: { Excel: 'Excel' } }, true],
  ])('%s', (_name, office, available) => {
    if (office !== undefined) g.Office = office;
    expect(isOfficeAvailable()).toBe(available);
  });
});

describe('openInOfficeBrowser', () => {
  const g = globalThis as { Office?: unknown };
  afterEach(() => {
    delete g.Office;
  });

  // Office says which requirement sets it supports; openBrowserWindow is OpenBrowserWindowApi 1.1 (not on the web).
  const office = (supported: readonly string[], opened: string[]) => ({
    context: {
      requirements: { isSetSupported: (name: string, version?: string) => supported.includes(`${name} ${version ?? ''}`.trim()) },
      ui: { openBrowserWindow: (url: string) => void opened.push(url) },
    },
  });

  test.each<[string, readonly string[] | null, boolean]>([
    ['no Office.js', null, false],
    ['Excel on the web (no OpenBrowserWindowApi)', ['ExcelApi 1.13'], false],
    ['Excel on Windows', ['ExcelApi 1.13', 'OpenBrowserWindowApi 1.1'], true],
  ])('%s', (_name, supported, handled) => {
    const opened: string[] = [];
    if (supported) g.Office = office(supported, opened);
    expect(openInOfficeBrowser('mailto:a@x.vn')).toBe(handled);
    expect(opened).toEqual(handled ? ['mailto:a@x.vn'] : []);
  });
});
