import { processIo, UsageError, type CliIo } from './io';
import { runPlanCommand } from './planCommand';
import { runInitCommand } from './initCommand';
import { runFormsCommand } from './formsCommand';
import { runConsolidateCommand } from './consolidateCommand';
import { WorkbookOpenError } from '../workbook/file/fileWorkbook';

export const USAGE = `Cách dùng:
  kstthc plan <kế-hoạch.xlsx> [--sheet TÊN] [--as-of YYYY-MM-DD] [--window NGÀY] [--unit TÊN] [--year NĂM] [--issuer "CƠ QUAN BAN HÀNH"] [--json] [--out tiến-độ.xlsx]
  kstthc init <kế-hoạch.xlsx> --out <tệp.xlsx>
  kstthc forms <sổ-hồ-sơ.xlsx> --period 2024-Q1 [--unit "TÊN"] [--add-unit] [--sheet TÊN] [--json] [--out biểu.xlsx]
  kstthc consolidate <đơn-vị.xlsx>... --period 2024-Q1 [--previous báo-cáo-kỳ-trước.xlsx] [--json] [--out tổng-hợp.xlsx]
`;

type Command = (argv: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  plan: runPlanCommand,
  init: runInitCommand,
  forms: runFormsCommand,
  consolidate: runConsolidateCommand,
};

/**
 * Runs `kstthc` with its arguments and returns the exit status (SPEC §10): 0 success
 * (warnings included), 1 the input could not be used, 2 a usage error.
 *
 * @example
 * await main(['plan', 'ke-hoach.xlsx', '--json']) // 0, the plan as JSON on stdout
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr)(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`Lệnh không có: "${name}".\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`${err.message}\n${USAGE}`);
      return 2;
    }
    if (err instanceof WorkbookOpenError) {
      io.stderr(`${err.message}\n`);
      return 1;
    }
    const code = (err as NodeJS.ErrnoException | null)?.code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      const path = (err as NodeJS.ErrnoException).path ?? '';
      const why = code === 'ENOENT' ? 'không tồn tại' : code === 'EISDIR' ? 'là một thư mục' : 'không có quyền đọc/ghi';
      io.stderr(`Tệp "${path}" ${why}.\n`);
      return 1;
    }
    // A defect of ours: say so in one line, never a stack trace.
    io.stderr(`Lỗi không mong đợi của kstthc: ${(err as Error)?.message ?? String(err)}\n`);
    return 1;
  }
}
