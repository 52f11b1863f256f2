import { resolve } from 'node:path';
import { describeFinding, type Finding } from '../core/findings';
import { initWritePlan } from '../core/init/initWritePlan';
import { readPlanTable } from '../core/plan/readPlanTable';
import { TRACKING_SHEET } from '../core/status/tracking';
import { readUnitDirectory, UNIT_DIRECTORY_SHEET, type UnitDirectory } from '../core/units/directory';
import { chooseDirectory } from '../core/units/learnDirectory';
import { FileWorkbook } from '../workbook/file/fileWorkbook';
import { convertedCopyNote, xlsxOutputPath } from './xlsxOutput';
import { commandArgs } from './commandArgs';
import { UsageError, type CliIo } from './io';
import { fitForExcel } from './fitForExcel';

function report(io: CliIo, findings: readonly Finding[]): void {
  for (const f of findings) io.stderr(`${f.severity === 'error' ? 'Lỗi' : 'Cảnh báo'}: ${describeFinding(f)}\n`);
}

/**
 * `kstthc init <plan.xlsx> --out <file.xlsx> [--sheet NAME] [--year YYYY]`: writes a copy of
 * the plan workbook with the unit directory ("Danh mục đơn vị", the built-in default when the
 * workbook has none) and an empty tracking sheet ("Theo dõi thực hiện") with drop-down lists.
 * Sheets of those names already in the workbook are kept as they are.
 *
 * @example
 * await runInitCommand(['ke-hoach.xlsx', '--out', 'theo-doi.xlsx'], processIo()) // 0
 */
export async function runInitCommand(argv: string[], io: CliIo): Promise<number> {
  const parsed = commandArgs('init', argv, { out: { type: 'string' }, sheet: { type: 'string' }, year: { type: 'string' } });
  const { positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError('Lệnh "init" cần đúng một tệp kế hoạch .xlsx.');
  if (!parsed.values.out) throw new UsageError('Lệnh "init" cần --out <tệp.xlsx> (tệp kết quả).');
  const values = { ...parsed.values, out: xlsxOutputPath(parsed.values.out, io) };
  let year: number | undefined;
  if (values.year !== undefined) {
    year = Number(values.year);
    if (!/^\d{4}$/.test(values.year) || year < 1900) throw new UsageError(`--year "${values.year}" không phải năm (ví dụ 2024).`);
  }

  const [file] = positionals;
  if (resolve(values.out) === resolve(file)) {
    throw new UsageError(`--out "${values.out}" là tệp kế hoạch: kstthc ghi một bản sao, không ghi đè tệp gốc; chọn tên tệp khác.`);
  }
  const book = await FileWorkbook.open(await io.readFile(file), file);
  const names = await book.sheetNames();
  const grids = await Promise.all(names.map((n) => book.readSheet(n)));
  const { plan, findings } = readPlanTable(
    grids.filter((g) => g.name !== UNIT_DIRECTORY_SHEET && g.name !== TRACKING_SHEET),
    values.sheet !== undefined ? { sheet: values.sheet } : {},
  );
  report(io, findings);
  if (!plan) {
    io.stderr(`Không tìm thấy bảng kế hoạch trong "${file}".\n`);
    return 1;
  }
  year ??= plan.year ?? undefined;
  if (year === undefined) throw new UsageError('Không xác định được năm của kế hoạch: thêm --year YYYY.');

  const directoryGrid = grids.find((g) => g.name === UNIT_DIRECTORY_SHEET);
  let fromSheet: UnitDirectory | null = null;
  if (directoryGrid) {
    const read = readUnitDirectory(directoryGrid);
    report(io, read.findings);
    fromSheet = read.directory;
  }
  // Without a directory sheet: the units the plan names (another agency's plan), else the built-in one (SPEC §11).
  const { directory } = chooseDirectory(fromSheet, plan);

  const writePlan = initWritePlan(plan, directory, { year, existingSheets: names });
  await book.apply(fitForExcel(writePlan, io));
  await io.writeFile(values.out, await book.save());
  if (book.format !== 'xlsx') io.stderr(convertedCopyNote(file, book.format, values.out));

  const added = writePlan.sheets.map((s) => `"${s.sheet}"`);
  const kept = [UNIT_DIRECTORY_SHEET, TRACKING_SHEET].filter((n) => names.includes(n)).map((n) => `"${n}"`);
  if (added.length > 0) io.stderr(`Đã thêm trang tính ${added.join(' và ')}.\n`);
  if (kept.length > 0) io.stderr(`Giữ nguyên trang tính đã có: ${kept.join(' và ')}.\n`);
  if (directory.source === 'default') io.stderr('Danh mục đơn vị là danh mục mặc định: cần kiểm tra, sửa cho đúng các đơn vị thuộc Sở.\n');
  if (directory.source === 'plan') io.stderr(`Danh mục đơn vị lập từ ${directory.units.length} đơn vị nêu trong kế hoạch: cần kiểm tra, sửa tên, tên viết tắt, cột "Giải quyết TTHC" và email.\n`);
  io.stderr(`Đã ghi "${values.out}" (kế hoạch năm ${year}, ${plan.tasks.length} nhiệm vụ).\n`);
  return 0;
}
