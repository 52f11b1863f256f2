import { UsageError, type CliIo } from './io';

/** `kstthc plan`: being built (see its issue). */
export async function runPlanCommand(argv: string[], io: CliIo): Promise<number> {
  void argv;
  void io;
  throw new UsageError('Lệnh "plan" chưa được xây dựng.');
}
