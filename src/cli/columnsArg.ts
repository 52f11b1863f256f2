import { columnNumber, EXCEL_MAX_ROW } from '../core/grid';
import type { ColumnMapping, PlanRole } from '../core/plan/model';
import { PLAN_ROLES } from '../core/plan/model';
import { UsageError } from './io';

/** Words an officer may write for "the table has no such column". */
const NONE = new Set(['none', '-', 'khong', 'không', '0']);

/**
 * The officer's column mapping from `--columns no=A,task=B,lead=D,…` and `--header-row N` (SPEC
 * §12); a mistake is a {@link UsageError} (exit 2) saying what is wrong in Vietnamese.
 *
 * @example
 * parseColumnMapping('no=A,task=B,lead=D,support=none', '5') // { headerRow: 5, columns: { no: 1, task: 2, lead: 4, support: null } }
 */
export function parseColumnMapping(columns: string | undefined, headerRow: string | undefined): ColumnMapping | undefined {
  if (columns === undefined && headerRow === undefined) return undefined;
  const mapping: ColumnMapping = {};
  if (headerRow !== undefined) {
    if (!/^\d{1,7}$/.test(headerRow) || Number(headerRow) < 1 || Number(headerRow) > EXCEL_MAX_ROW) {
      throw new UsageError(`Dòng tiêu đề --header-row "${headerRow}" không đúng: cần số dòng (ví dụ 5).`);
    }
    mapping.headerRow = Number(headerRow);
  }
  if (columns !== undefined) {
    const roles: Partial<Record<PlanRole, number | null>> = {};
    const used = new Map<number, string>();
    for (const part of columns.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
      const [role, value] = part.split('=').map((x) => x?.trim());
      if (!PLAN_ROLES.includes(role as PlanRole)) {
        throw new UsageError(`--columns: không có vai trò "${role}"; dùng ${PLAN_ROLES.join(', ')} (ví dụ no=A,task=B,lead=D).`);
      }
      if (value === undefined || value === '') throw new UsageError(`--columns: "${role}" cần một cột (ví dụ ${role}=D, hoặc ${role}=none nếu bảng không có).`);
      if (roles[role as PlanRole] !== undefined) throw new UsageError(`--columns: "${role}" được ghi hai lần.`);
      if (NONE.has(value.toLowerCase())) {
        roles[role as PlanRole] = null;
        continue;
      }
      const col = columnNumber(value);
      if (col === null) throw new UsageError(`--columns: "${value}" không phải chữ cột Excel (A, B, … XFD).`);
      const other = used.get(col);
      if (other) throw new UsageError(`--columns: cột ${value.toUpperCase()} được chọn cho cả "${other}" và "${role}".`);
      used.set(col, role);
      roles[role as PlanRole] = col;
    }
    mapping.columns = roles;
  }
  return mapping;
}
