import fc from 'fast-check';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { unitWorkbookBytes, xlsBytes } from '../fixtures/unitForms';
import { GOOD_SPECS } from '../fixtures/unitFormsSet';
import { planSheets, registerSheet, xlsxOf } from '../bad-input/corpus';

/**
 * Any command line: `main` returns 0, 1 or 2 (never throws), says something on stderr when it
 * is not 0, keeps --json stdout one JSON document, and never leaks a stack trace or
 * "undefined". Seeded and bounded.
 */

const LEAKS = /\bundefined\b|\bNaN\b|\[object Object\]|\n\s+at .+:\d+:\d+|\b(Type|Range|Reference|Syntax)Error\b|Lỗi không mong đợi/;
let files: Record<string, Uint8Array>;

beforeAll(async () => {
  files = {
    'ke-hoach.xlsx': await xlsxOf(planSheets()),
    'so.xlsx': await xlsxOf([registerSheet(20)]),
    'thuy-san.xlsx': await unitWorkbookBytes(GOOD_SPECS['thuy-san.xlsx']),
    'cu.xls': xlsBytes(),
    'rong.xlsx': new Uint8Array(0),
  };
});

const FILES = ['ke-hoach.xlsx', 'so.xlsx', 'thuy-san.xlsx', 'cu.xls', 'rong.xlsx', 'khong-co.xlsx'];
const HOSTILE = "=cmd|' /C calc'!A0";
/** Values for each option: mostly right, some wrong, some random. */
const VALUES: Record<string, string[]> = {
  '--period': ['2024-Q1', '2024-Q1', '2024-H1', '2024-Y', '2024-Q5', '31/02/2024'],
  '--unit': ['Chi cục Thủy sản', 'Văn phòng Sở', HOSTILE, 'Không có đơn vị này'],
  '--as-of': ['2024-03-10', '2024-12-31', '31/02/2024', '2024-02-30'],
  '--window': ['7', '0', '-3', '1e9', '366'],
  '--year': ['2024', '1999', '20240'],
  '--sheet': ['Phụ lục', 'Sổ theo dõi', 'II.05a', 'Không có'],
  '--map': ['channel=E', 'received=6', 'x=0', 'due=ZZZZ'],
  '--out': ['ra.xlsx', 'so.xlsx', 'ke-hoach.xlsx', 'thuy-san.xlsx'],
  '--previous': FILES,
  '--receiver': ['Văn phòng Sở', HOSTILE],
  '--place': ['Quảng Ngãi', '@SUM(1)'],
};
const VALUED: Record<string, string[]> = {
  plan: ['--sheet', '--as-of', '--window', '--unit', '--year', '--out'],
  forms: ['--period', '--unit', '--sheet', '--map', '--receiver', '--place', '--out'],
  consolidate: ['--period', '--previous', '--out'],
  init: ['--out'],
};
/** What each command needs, given most of the time so runs reach the readers. */
const REQUIRED: Record<string, string[]> = { plan: [], forms: ['--period', '--unit'], consolidate: ['--period'], init: ['--out'] };

const valueOf = (option: string) => fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...VALUES[option]) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });

const commandLine: fc.Arbitrary<{ argv: string[]; inputs: string[] }> = fc.constantFrom(...Object.keys(VALUED)).chain((command) => {
  const option = fc.constantFrom(...VALUED[command]).chain((o) => valueOf(o).map((v) => [o, v]));
  const required = fc.tuple(...REQUIRED[command].map((o) => valueOf(o).map((v) => [o, v])));
  return fc
    .record({
      files: fc.array(fc.constantFrom(...FILES), { minLength: 1, maxLength: command === 'consolidate' ? 3 : 1 }),
      required: fc.option(required, { freq: 6 }),
      options: fc.array(option, { maxLength: 3 }),
      json: fc.boolean(),
      // A stray word now and then (fc.option's freq is the odds of *no* value, so weights here).
      junk: fc.oneof({ weight: 7, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('--bogus', '--', '-x')) }),
    })
    .map(({ files, required: req, options, json, junk }) => ({
      argv: [command, ...files, ...(req ?? []).flat(), ...options.flat(), ...(json && command !== 'init' ? ['--json'] : []), ...(junk === null ? [] : [junk])],
      inputs: [...files, ...options.filter(([o]) => o === '--previous').map(([, v]) => v)],
    }));
});

test('any argv: exit 0/1/2, a sentence on stderr when not 0, JSON stays JSON', async () => {
  await fc.assert(
    fc.asyncProperty(commandLine, async ({ argv, inputs }) => {
      let out = '';
      let err = '';
      const mine = { ...files };
      const io: CliIo = {
        stdout: (t) => void (out += t),
        stderr: (t) => void (err += t),
        readFile: async (p) => {
          const b = mine[p];
          if (!b) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT', path: p });
          return b;
        },
        writeFile: async (p, b) => void (mine[p] = b),
        today: () => '2024-03-10',
      };
      const code = await main(argv, io);
      expect([0, 1, 2]).toContain(code);
      expect(`${out}\n${err}`).not.toMatch(LEAKS);
      if (code !== 0) expect(err.trim()).not.toBe('');
      if (code === 0 && argv.includes('--json') && out.trim().startsWith('{')) expect(() => JSON.parse(out)).not.toThrow();
      // The files read are never written (--out may replace any other file).
      for (const name of inputs) expect([name, mine[name]]).toEqual([name, files[name]]);
    }),
    { seed: 4242, numRuns: 300 },
  );
}, 60_000);
