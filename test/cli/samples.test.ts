/**
 * The samples/ folder: the files the `kstthc --help` examples run on, made by
 * scripts/make-samples.ts from src/core/sample. The committed files read as the script makes
 * them, and every example of every command's help runs on them from the repository root
 * (in a copy, so the examples' outputs land there).
 */
import { cpSync, mkdtempSync, promises as fs, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { COMMAND_HELP } from '../../src/cli/help';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { sampleFiles } from '../../src/core/sample/sampleFiles';
import { FileWorkbook } from '../../src/workbook/file/fileWorkbook';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLES = path.join(ROOT, 'samples');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full).map((f) => `${name}/${f}`) : [name];
  });
}

async function sheetsOf(bytes: Uint8Array, name: string): Promise<unknown[]> {
  const book = await FileWorkbook.open(bytes, name);
  const sheets = [];
  for (const sheet of await book.sheetNames()) sheets.push(await book.readSheet(sheet));
  return sheets;
}

describe('samples/ is what scripts/make-samples.ts makes (regenerate with npm run samples)', () => {
  const made = sampleFiles();

  test('the folder holds exactly the plan (tracked and as received), the register and the five units’ files', () => {
    expect(filesUnder(SAMPLES).sort()).toEqual(made.map((f) => f.path).sort());
    expect(made.filter((f) => f.path.startsWith('don-vi/'))).toHaveLength(5);
  });

  test.each(made.map((f) => [f.path, f]))('%s reads as made', async (_path, file) => {
    const book = FileWorkbook.create(path.basename(file.path));
    await book.apply(file.plan);
    const expected = await sheetsOf(await book.save(), file.path);
    expect(await sheetsOf(new Uint8Array(readFileSync(path.join(SAMPLES, file.path))), file.path)).toEqual(expected);
  });

  test('no string a test would inject: no formula-like text, no markup', async () => {
    for (const file of made) {
      for (const sheet of file.plan.sheets) {
        for (const block of sheet.values) {
          for (const v of block.values.flat()) if (typeof v === 'string') expect([file.path, v]).not.toEqual([file.path, expect.stringMatching(/^[=+@]|<\/?[a-z]|HYPERLINK|\bDROP\b/i)]);
        }
      }
    }
  });
});

/** The words of an example as a POSIX shell splits them (double quotes group). */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

/** A word with "*" in its last segment, expanded as the shell does (sorted), relative to `cwd`. */
function expandGlob(word: string, cwd: string): string[] {
  if (!word.includes('*')) return [word];
  const dir = path.posix.dirname(word);
  const pattern = new RegExp(`^${path.posix.basename(word).split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  const names = readdirSync(path.join(cwd, dir)).filter((n) => pattern.test(n)).sort();
  return names.length > 0 ? names.map((n) => `${dir}/${n}`) : [word];
}

/** The process io, with relative paths taken from `cwd` (the repository root's copy). */
function ioAt(cwd: string): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    readFile: async (p: string) => new Uint8Array(await fs.readFile(path.resolve(cwd, p))),
    writeFile: async (p: string, b: Uint8Array) => fs.writeFile(path.resolve(cwd, p), b),
    makeDir: async (p: string) => void (await fs.mkdir(path.resolve(cwd, p), { recursive: true })),
    today: () => '2026-06-15',
  };
  return io;
}

describe('every --help example runs on samples/ from the repository root', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'kstthc-examples-'));
    cpSync(SAMPLES, path.join(root, 'samples'), { recursive: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const examples = Object.values(COMMAND_HELP).flatMap((h) => h.examples);

  test('every example names the samples', () => {
    for (const e of examples) expect(e).toMatch(/ samples\//);
  });

  test.each(examples)('%s', async (example) => {
    const [program, ...words] = shellWords(example);
    expect(program).toBe('kstthc');
    const argv = words.flatMap((w) => expandGlob(w, root));
    const io = ioAt(root);
    expect([await main(argv, io), io.err]).toEqual([0, expect.not.stringMatching(/Cách dùng|không tồn tại|CẢNH BÁO: Ngày đối chiếu/)]);
    expect(`${io.out}${io.err}`.trim().length).toBeGreaterThan(0);
  }, 60_000);
});
