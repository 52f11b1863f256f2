import { isOfficeAvailable } from './officeHost';

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
