import { UsageError, type CliIo } from './io';

/** `kstthc forms`: being built (see its issue). */
export async function runFormsCommand(argv: string[], io: CliIo): Promise<number> {
  void argv;
  void io;
  throw new UsageError('Lệnh "forms" chưa được xây dựng.');
}
