import type { PlanTask } from './model';

/**
 * How a message names a task (SPEC §11): "Nhiệm vụ 7" where the bare number identifies it,
 * "Mục II, nhiệm vụ 1" where numbers restart in every section.
 *
 * @example
 * taskName({ id: 'II.1', label: '1', section: 'II' }) // 'Mục II, nhiệm vụ 1'
 * taskName({ id: '7', label: '7', section: 'I' }) // 'Nhiệm vụ 7'
 * taskName({ id: '7', label: '7', section: 'I' }, { lower: true }) // 'nhiệm vụ 7'
 */
export function taskName(task: Pick<PlanTask, 'id' | 'label' | 'section'>, options: { lower?: boolean } = {}): string {
  const name = task.id !== task.label && task.section !== '' ? `Mục ${task.section}, nhiệm vụ ${task.label}` : `Nhiệm vụ ${task.id}`;
  return options.lower ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/**
 * Gives every task its id (SPEC §11): the label alone ("7", "1.1") where no label is met in
 * two sections, else the section path and label ("II.1"). Returns new task objects.
 *
 * @example
 * withTaskIds([{ label: '1', section: 'I', … }, { label: '1', section: 'II', … }]).map((t) => t.id) // ['I.1', 'II.1']
 */
export function withTaskIds(tasks: readonly PlanTask[]): PlanTask[] {
  // A label met in two sections makes numbers ambiguous; one repeated inside a section is a duplicate STT (warned about).
  const sectionOf = new Map<string, string>();
  let unique = true;
  for (const t of tasks) {
    const seen = sectionOf.get(t.label);
    if (seen !== undefined && seen !== t.section) unique = false;
    sectionOf.set(t.label, t.section);
  }
  return tasks.map((t) => ({ ...t, id: unique || t.section === '' ? t.label : `${t.section}.${t.label}` }));
}

/** A task an officer named (in the tracking sheet), or why it names none. */
export type TaskRef = { task: PlanTask; key: string | null } | { task: null; problem: string };

const TASK_INDEX = new WeakMap<readonly PlanTask[], { ids: Map<string, PlanTask>; labels: Map<string, PlanTask[]> }>();

/** Tasks by upper-case id (first wins) and by label, built once per task list (one look-up per tracking row). */
function taskIndexOf(tasks: readonly PlanTask[]): { ids: Map<string, PlanTask>; labels: Map<string, PlanTask[]> } {
  let index = TASK_INDEX.get(tasks);
  if (!index) {
    index = { ids: new Map(), labels: new Map() };
    for (const t of tasks) {
      const id = t.id.toUpperCase();
      if (!index.ids.has(id)) index.ids.set(id, t);
      const same = index.labels.get(t.label);
      if (same) same.push(t);
      else index.labels.set(t.label, [t]);
    }
    TASK_INDEX.set(tasks, index);
  }
  return index;
}

/**
 * The task an officer's STT names (SPEC §11): its id ("II.1", "7"), or its bare number where
 * only one task has it; a deliverable letter may follow ("II.1a", "7 b)", "1.a").
 *
 * @example
 * findTask(plan.tasks, 'II.1b') // { task: <II.1>, key: 'b' }
 * findTask(plan.tasks, '1') // { task: null, problem: 'STT 1 có ở nhiều mục (I.1, II.1), cần ghi rõ mã nhiệm vụ (ví dụ II.1)' }
 */
export function findTask(tasks: readonly PlanTask[], stt: string): TaskRef {
  const text = stt.normalize('NFC').replace(/\s+/g, '').replace(/\.$/, '');
  const lettered = /^(.+?)[.)]?([a-z])\)?$/.exec(text);
  const tries: { ref: string; key: string | null }[] = [{ ref: text, key: null }];
  if (lettered) tries.push({ ref: lettered[1], key: lettered[2] });
  for (const { ref, key } of tries) {
    const { ids, labels } = taskIndexOf(tasks);
    const byId = ids.get(ref.toUpperCase());
    if (byId) return { task: byId, key };
    const byLabel = labels.get(ref) ?? [];
    if (byLabel.length === 1) return { task: byLabel[0], key };
    if (byLabel.length > 1) {
      const ids = byLabel.map((t) => t.id);
      return { task: null, problem: `STT ${ref} có ở nhiều mục (${ids.join(', ')}), cần ghi rõ mã nhiệm vụ (ví dụ ${ids[ids.length - 1]})` };
    }
  }
  return { task: null, problem: `STT ${stt} không khớp nhiệm vụ nào của kế hoạch` };
}
