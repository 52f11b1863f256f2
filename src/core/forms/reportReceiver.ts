import type { SheetGrid } from '../grid';
import { issuerLevelOf, issuingBodyOf } from '../highlight/issuingBody';
import { readPlanTable } from '../plan/readPlanTable';


/**
 * The body a title block's issuer reports to: its lowest level that is a department or above
 * ("UBND TỈNH QUẢNG NGÃI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" → the Sở); null when none.
 *
 * @example
 * receiverOfIssuer('UBND TỈNH QUẢNG NGÃI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG') // 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'
 */
export function receiverOfIssuer(issuer: string | null): string | null {
  // The levels a unit reports to (the department or above); "Chi cục …", "Văn phòng …" are its own.
  const lines = (issuer ?? '').split('\n').map((l) => l.trim()).filter((l) => issuerLevelOf(l)?.reportsTo === true);
  return lines.length > 0 ? lines[lines.length - 1] : null;
}

/**
 * "Đơn vị nhận báo cáo" of a unit's forms: the issuing body of the plan in the same workbook
 * (its title block), else the department named above the register's header ("SỞ …" over "CHI
 * CỤC …"); null when neither says, and the form leaves a line to write it in. The register
 * sheet itself is never read as a plan.
 *
 * @example
 * reportReceiverOf(grids, { sheet: 'Sổ theo dõi hồ sơ', headerRow: 4 }) // 'SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN'
 */
export function reportReceiverOf(grids: readonly SheetGrid[], register: { sheet: string; headerRow: number | null }): string | null {
  const others = grids.filter((g) => g.name !== register.sheet);
  const { plan } = others.length > 0 ? readPlanTable(others) : { plan: null };
  const planGrid = plan ? others.find((g) => g.name === plan.sheet) : undefined;
  const fromPlan = plan && planGrid ? receiverOfIssuer(issuingBodyOf(planGrid, plan.layout.headerRows[0])) : null;
  if (fromPlan) return fromPlan;
  const registerGrid = grids.find((g) => g.name === register.sheet);
  return registerGrid ? receiverOfIssuer(issuingBodyOf(registerGrid, register.headerRow)) : null;
}
