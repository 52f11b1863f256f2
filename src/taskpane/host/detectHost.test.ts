import { detectHost, mayBeInOffice, type PageSurroundings } from './detectHost';

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
