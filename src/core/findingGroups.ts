import type { Finding } from './findings';

/** Findings of one kind: the same message but for the row, task, unit or text it names. */
export interface FindingGroup {
  /** The kind's message with what varies shown as "…". */
  title: string;
  findings: Finding[];
}

// What varies between two findings of one kind: quoted texts, task names, codes and numbers.
const VARYING: [RegExp, string][] = [
  [/"[^"]*"/g, '"…"'],
  [/\b[Mm]ục [A-Z0-9]+(?:\.[A-Z0-9]+)*, nhiệm vụ [A-Z0-9]+(?:\.[A-Z0-9]+)*/g, 'Nhiệm vụ …'],
  [/\b(Nhiệm vụ|nhiệm vụ|STT|mục|kết quả) [A-Z0-9]+(?:\.[A-Z0-9]+)*[a-z]?\)?(?=[\s,.:;)(]|$)/g, '$1 …'],
  [/\d+/g, '…'],
];

function kindOf(message: string): string {
  let text = message;
  for (const [pattern, by] of VARYING) text = text.replace(pattern, by);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Groups findings by kind, so a pane lists "one per real problem" under one heading per kind
 * (SPEC §11): the kind is the message with what varies (quoted texts, task names, numbers)
 * left out. Groups keep the order of their first finding; findings keep their order.
 *
 * @example
 * groupFindings([w('Nhiệm vụ 1: Chủ trì: Không nhận ra đơn vị "A".'), w('Nhiệm vụ 2: Chủ trì: Không nhận ra đơn vị "B".')])
 * // [{ title: 'Nhiệm vụ …: Chủ trì: Không nhận ra đơn vị "…".', findings: [two findings] }]
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    // "Mục II, nhiệm vụ 1" and "Nhiệm vụ 7" name tasks alike: the kind ignores case.
    const key = `${f.severity}|${kindOf(f.message).toLowerCase()}`;
    const group = groups.get(key);
    if (group) group.findings.push(f);
    else groups.set(key, { title: kindOf(f.message), findings: [f] });
  }
  return [...groups.values()];
}
