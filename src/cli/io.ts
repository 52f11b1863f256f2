import { promises as fs } from 'node:fs';

/** What a command touches outside itself, so tests can run commands in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  /** Creates a directory and its parents (no error when it exists); absent in-memory ios need none. */
  makeDir?(path: string): Promise<void>;
  /** Today as an ISO day in the officers' time zone. */
  today(): string;
}

/** A usage mistake on the command line: exit 2 with this Vietnamese message. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The real process: stdout/stderr, files on disk. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: async (path) => new Uint8Array(await fs.readFile(path)),
    writeFile: async (path, bytes) => fs.writeFile(path, bytes),
    makeDir: async (path) => void (await fs.mkdir(path, { recursive: true })),
    today: () => {
      const d = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    },
  };
}
