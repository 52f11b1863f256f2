/**
 * One cell that names both parties with their roles, as PDF-converted and Word appendices often
 * write their "Đơn vị thực hiện" column: "Chủ trì: Sở Nội vụ; phối hợp: các sở, ngành", or "Sở Nội
 * vụ chủ trì, phối hợp với các sở, ngành". An officer
 * reads the part after "Chủ trì:" as the lead and the part after "Phối hợp:" as the support; the
 * labels are never part of a unit's name.
 */

// The role words as data: a new wording ("Cơ quan chủ trì:", "Đơn vị phối hợp -") is one more row and one more test row.
const UNIT_OPENING = '(?:(?:đơn vị|cơ quan|bộ phận)\\s+)?';
const LEAD_LABEL = new RegExp(`^[\\s\\-–•+*]*${UNIT_OPENING}chủ\\s+trì\\s*[:：\\-–]\\s*`, 'iu');
const SUPPORT_LABEL = new RegExp(`[\\s;,.\\-–•+*]*${UNIT_OPENING}phối\\s+hợp\\s*[:：\\-–]\\s*`, 'iu');
// "Sở Nội vụ chủ trì, phối hợp với các sở, ngành": the lead before "chủ trì", the support after "phối hợp (với)".
const LEAD_SENTENCE = /^(.+?)\s+chủ\s+trì\s*[,;]?\s*(?:và\s+)?phối\s+hợp(?:\s+với)?\s+(.+)$/isu;
const EDGE_PUNCTUATION = /^[\s;,.\-–•+*]+|[\s;,.]+$/g;

/** Lead and support read from labelled parts of the lead cell. */
export interface LabelledUnits {
  lead: string;
  support: string;
}

/**
 * The lead and support of a lead cell that labels its parties ("Chủ trì: …; Phối hợp: …"), the
 * support column's own text kept before the labelled part; null when the cell does not open with
 * "Chủ trì:" (it is then read as it stands).
 *
 * @example
 * labelledUnitsOf('Chủ trì: Văn phòng Sở; phối hợp: các phòng', '') // { lead: 'Văn phòng Sở', support: 'các phòng' }
 * labelledUnitsOf('Văn phòng Sở', '') // null
 */
export function labelledUnitsOf(lead: string, support: string): LabelledUnits | null {
  const text = lead.normalize('NFC');
  const sentence = LEAD_SENTENCE.exec(text);
  // Inside brackets ("Các sở, ngành (Văn phòng Sở chủ trì, phối hợp với …)") it says who among them leads: read as it stands.
  if (sentence && !/\([^)]*$/.test(sentence[1])) {
    const supports = [support.trim(), sentence[2].replace(EDGE_PUNCTUATION, '')].filter((s) => s !== '');
    return { lead: sentence[1].replace(EDGE_PUNCTUATION, ''), support: supports.join('; ') };
  }
  const opening = LEAD_LABEL.exec(text);
  if (!opening) return null;
  const rest = text.slice(opening[0].length);
  const split = SUPPORT_LABEL.exec(rest);
  const leadPart = (split ? rest.slice(0, split.index) : rest).replace(EDGE_PUNCTUATION, '');
  const supportPart = split ? rest.slice(split.index + split[0].length).replace(EDGE_PUNCTUATION, '') : '';
  const supports = [support.trim(), supportPart].filter((s) => s !== '');
  return { lead: leadPart, support: supports.join('; ') };
}
