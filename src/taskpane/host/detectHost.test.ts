import { detectHost, mayBeInOffice, type OfficeLoader, type PageSurroundings } from './detectHost';

const browserTab: PageSurroundings = { search: '', windowName: '', framed: false, cachedHostInfo: false, hostBridge: false };

describe('mayBeInOffice', () => {
  test.each<[string, Partial<PageSurroundings>, boolean]>([
    ['a page opened in a browser', {}, false],
    ['a query string of its own', { search: '?lang=vi' }, false],
    ['Excel on Windows or Mac (_host_Info in the address)', { search: '?_host_Info=Excel$Win32$16.01$vi-VN$$$$0' }, true],
    ['_host_Info after another parameter', { search: '?et=&_host_Info=Excel$Mac$16.01$en-US$$$$0' }, true],
    ['Excel on the web (an iframe)', { framed: true }, true],
    ['host information kept in window.name', { windowName: '{"hostInfo":"Excel|Web|16.00"}' }, true],
    ['office.js remembered a host in this tab', { cachedHostInfo: true }, true],
    ['a desktop bridge (WebView2)', { hostBridge: true }, true],
  ])('%s', (_name, page, expected) => {
    expect(mayBeInOffice({ ...browserTab, ...page })).toBe(expected);
  });
});

test('with no sign of a host the pane is in file mode without loading office.js', async () => {
  // No document here (node): reaching office.js's loader would throw.
  await expect(detectHost({ page: browserTab })).resolves.toEqual({ kind: 'file', reason: 'not-in-excel', displayLanguage: null });
});

describe('inside Excel, Office that never gets ready is said so, never file mode', () => {
  const inExcel: PageSurroundings = { ...browserTab, search: '?_host_Info=Excel$Win32$16.01$vi-VN$$$$0' };
  const loader = (load: boolean, ready: () => Promise<{ host: string | null; displayLanguage: string | null }>): OfficeLoader => ({
    load: async () => load,
    ready,
  });

  test('office.js blocked (the network, a proxy, a policy): unready, to retry', async () => {
    const host = await detectHost({ page: inExcel, loader: loader(false, () => Promise.reject(new Error('never asked'))) });
    expect(host).toEqual({ kind: 'unready', reason: 'office-js-unavailable', displayLanguage: null });
  });

  test('office.js there but Office.onReady never answers: unready (timeout)', async () => {
    const host = await detectHost({ page: inExcel, readyTimeoutMs: 20, loader: loader(true, () => new Promise(() => undefined)) });
    expect(host).toEqual({ kind: 'unready', reason: 'timeout', displayLanguage: null });
  });

  test('Office ready in Excel: Excel, with Office’s display language', async () => {
    const host = await detectHost({ page: inExcel, loader: loader(true, async () => ({ host: 'Excel', displayLanguage: 'vi-VN' })) });
    expect(host).toEqual({ kind: 'excel', displayLanguage: 'vi-VN' });
  });

  test('a page in a frame whose Office says no host (a browser, not Excel): file mode', async () => {
    const host = await detectHost({ page: { ...browserTab, framed: true }, loader: loader(true, async () => ({ host: null, displayLanguage: null })) });
    expect(host).toEqual({ kind: 'file', reason: 'not-in-excel', displayLanguage: null });
  });
});
