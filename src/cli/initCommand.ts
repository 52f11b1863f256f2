import { UsageError, type CliIo } from './io';

/** `kstthc init`: being built (see its issue). */
export async function runInitCommand(argv: string[], io: CliIo): Promise<number> {
  void argv;
  void io;
  throw new UsageError('Lệnh "init" chưa được xây dựng.');
}
