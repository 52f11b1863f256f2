import { UsageError, type CliIo } from './io';

/** `kstthc consolidate`: being built (see its issue). */
export async function runConsolidateCommand(argv: string[], io: CliIo): Promise<number> {
  void argv;
  void io;
  throw new UsageError('Lệnh "consolidate" chưa được xây dựng.');
}
