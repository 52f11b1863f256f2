import type { CliIo } from '../../src/cli/io';

/** A `kstthc` io held in memory: files in a map, stdout and stderr collected. */
export interface MemoryIo extends CliIo {
  out: string;
  err: string;
  files: Map<string, Uint8Array>;
}

/**
 * An in-memory io for running commands in-process; a missing file fails as Node does (ENOENT).
 *
 * @example
 * const io = memoryIo({ 'k.xlsx': bytes }); await main(['plan', 'k.xlsx'], io); io.out
 */
export function memoryIo(files: Record<string, Uint8Array>, today = '2024-03-10'): MemoryIo {
  const io: MemoryIo = {
    out: '',
    err: '',
    files: new Map(Object.entries(files)),
    stdout: (t) => void (io.out += t),
    stderr: (t) => void (io.err += t),
    readFile: async (p) => {
      const b = io.files.get(p);
      if (!b) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT', path: p });
      return b;
    },
    writeFile: async (p, b) => void io.files.set(p, b),
    today: () => today,
  };
  return io;
}
