import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Node's English parse error → the Vietnamese sentence the officer reads. */
function vietnameseReason(err: NodeJS.ErrnoException): string {
  const option = /'([^']+)'/.exec(err.message)?.[1];
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `không có tùy chọn "${option ?? err.message}"`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `tùy chọn "${option?.split(' ')[0] ?? ''}" cần một giá trị (hoặc không nhận giá trị)`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `không nhận "${option ?? err.message}"`;
    default:
      return err.message;
  }
}

/**
 * `parseArgs` for one `kstthc` command: positionals allowed, strict options, and a mistake
 * becomes a {@link UsageError} (exit 2) naming the command in Vietnamese.
 *
 * @example
 * commandArgs('init', ['ke-hoach.xlsx', '--out', 'x.xlsx'], { out: { type: 'string' } })
 * // { values: { out: 'x.xlsx' }, positionals: ['ke-hoach.xlsx'] }
 */
export function commandArgs<O extends Options>(command: string, argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (err) {
    throw new UsageError(`Tham số của lệnh "${command}" không đúng: ${vietnameseReason(err as NodeJS.ErrnoException)}.`);
  }
}
