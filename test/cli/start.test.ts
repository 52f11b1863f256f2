/**
 * `npm start` on a machine where the HTTPS certificate cannot be installed (no sudo, no admin
 * rights): it says so in Vietnamese; the library's English progress lines and the shell's
 * "sudo: not found" never reach the screen.
 */
/* eslint-disable no-console -- the test stands in for a library that logs, and checks the console afterwards */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const start = require('../../scripts/start.js') as {
  banner(url: string, https: boolean, reason: string | null): void;
  certificate(devCerts: { getHttpsServerOptions(): Promise<{ ca: string; key: string; cert: string }> }): Promise<{ options: unknown; reason: string | null }>;
  certificateReason(message: string): string;
};

/** office-addin-dev-certs as it behaves on Debian without sudo: English on the console, then an error. */
const noSudo = {
  async getHttpsServerOptions(): Promise<never> {
    console.log('The developer certificates have been generated in /root/.office-addin-dev-certs');
    console.log('Installing CA certificate "Developer CA for Microsoft Office Add-ins"...');
    process.stderr.write('/bin/sh: 1: sudo: not found\n');
    throw new Error('Unable to install the CA certificate. /bin/sh: 1: sudo: not found\n');
  },
};

const ENGLISH = /not found|Unable|Installing|certificates have been|Command failed|sudo:/;

function captured(run: () => Promise<unknown> | unknown): Promise<string> {
  let text = '';
  const log = jest.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void (text += `${a.join(' ')}\n`));
  const err = jest.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void (text += `${a.join(' ')}\n`));
  const write = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((text += String(chunk)), true));
  return Promise.resolve(run()).then(
    () => {
      log.mockRestore();
      err.mockRestore();
      write.mockRestore();
      return text;
    },
    (e: unknown) => {
      log.mockRestore();
      err.mockRestore();
      write.mockRestore();
      throw e;
    },
  );
}

describe('npm start without a certificate', () => {
  const saved = process.env.KSTTHC_DEBUG;
  beforeEach(() => delete process.env.KSTTHC_DEBUG);
  afterAll(() => (saved === undefined ? delete process.env.KSTTHC_DEBUG : (process.env.KSTTHC_DEBUG = saved)));

  test('the library’s English and the shell’s error stay off the screen; the reason is Vietnamese', async () => {
    let result: { options: unknown; reason: string | null } | undefined;
    const screen = await captured(async () => {
      result = await start.certificate(noSudo);
    });
    expect(screen).toBe('');
    expect(result?.options).toBeNull();
    expect(result?.reason).toBe('máy này không có lệnh sudo, cần để cài chứng chỉ vào kho chứng chỉ của hệ thống');
  });

  test('the console works again afterwards', async () => {
    await start.certificate(noSudo);
    const screen = await captured(() => console.log('Đang biên dịch'));
    expect(screen).toBe('Đang biên dịch\n');
  });

  test('the banner says HTTP and why, with no English from the library', async () => {
    const { reason } = await start.certificate(noSudo);
    const screen = await captured(() => start.banner('http://localhost:3000', false, reason));
    expect(screen).toContain('Đang phục vụ qua HTTP');
    expect(screen).toContain('máy này không có lệnh sudo');
    expect(screen).not.toMatch(ENGLISH);
  });

  test.each([
    ['Unable to install the CA certificate. /bin/sh: 1: sudo: not found', 'máy này không có lệnh sudo'],
    ['Command failed: security add-trusted-cert … Permission denied', 'không có quyền quản trị'],
    ['Unable to install the CA certificate.', 'không cài được chứng chỉ gốc'],
    ['EEXIST something else entirely', 'không tạo được chứng chỉ'],
  ])('%j is said as “%s”, without the raw text', (message, said) => {
    const reason = start.certificateReason(message);
    expect(reason).toContain(said);
    expect(reason).not.toMatch(ENGLISH);
  });

  test('KSTTHC_DEBUG=1 adds the raw text for whoever debugs', () => {
    process.env.KSTTHC_DEBUG = '1';
    expect(start.certificateReason('Unable to install the CA certificate. sudo: not found')).toContain('chi tiết: Unable to install');
  });
});
