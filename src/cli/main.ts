import { processIo, UsageError, type CliIo } from './io';
import { runPlanCommand } from './planCommand';
import { runInitCommand } from './initCommand';
import { runFormsCommand } from './formsCommand';
import { runConsolidateCommand } from './consolidateCommand';
import { runRemindCommand } from './remindCommand';
import { WorkbookOpenError } from '../workbook/file/fileWorkbook';
import { commandHelp, commandUsage, generalHelp, USAGE } from './help';
import { SheetLayoutError } from '../workbook/sheetLayoutError';

export { USAGE } from './help';

type Command = (argv: string[], io: CliIo) => Promise<number>;

const HELP_FLAGS = ['--help', '-h'];

/** A help flag among a command's arguments (before a "--" that ends the options). */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => HELP_FLAGS.includes(a));
}

const COMMANDS: Record<string, Command> = {
  plan: runPlanCommand,
  init: runInitCommand,
  forms: runFormsCommand,
  consolidate: runConsolidateCommand,
  remind: runRemindCommand,
};

/** The commands `kstthc` runs (each must have its help in `COMMAND_HELP`). */
export const COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS);

/**
 * Runs `kstthc` with its arguments and returns the exit status (SPEC §10): 0 success
 * (warnings included), 1 the input could not be used, 2 a usage error.
 *
 * @example
 * await main(['plan', 'ke-hoach.xlsx', '--json']) // 0, the plan as JSON on stdout
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    io.stderr(USAGE);
    return 2;
  }
  if (HELP_FLAGS.includes(name) || name === 'help') {
    // "kstthc help plan" as well as "kstthc plan --help".
    io.stdout((name === 'help' && rest[0] && commandHelp(rest[0])) || generalHelp());
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`Lệnh không có: "${name}".\n${USAGE}`);
    return 2;
  }
  if (asksForHelp(rest)) {
    io.stdout(commandHelp(name) ?? generalHelp());
    return 0;
  }
  try {
    return await command(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`${err.message}\n${commandUsage(name)}`);
      return 2;
    }
    if (err instanceof WorkbookOpenError || err instanceof SheetLayoutError) {
      io.stderr(`${err.message}\n`);
      return 1;
    }
    const code = (err as NodeJS.ErrnoException | null)?.code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      const path = (err as NodeJS.ErrnoException).path ?? '';
      const why = code === 'ENOENT' ? 'không tồn tại' : code === 'EISDIR' ? 'là một thư mục' : 'không có quyền đọc/ghi';
      // Node gives no path for a directory read as a file: the sentence still names what to check.
      const what = path ? `Tệp "${path}"` : 'Đường dẫn đã cho';
      io.stderr(`${what} ${why}: hãy kiểm tra lại đường dẫn và tên tệp rồi chạy lại.\n`);
      return 1;
    }
    // A defect of ours: say so in one Vietnamese line, never library text or a stack trace
    // (KSTTHC_DEBUG=1 adds the technical detail for whoever fixes it).
    const detail = process.env.KSTTHC_DEBUG ? ` [${(err as Error)?.message ?? String(err)}]` : '';
    io.stderr(`Lỗi không mong đợi của kstthc; các tệp vào không bị thay đổi. Hãy báo lỗi này cho người hỗ trợ, kèm tệp và lệnh đã dùng.${detail}\n`);
    return 1;
  }
}
