import type { PlanTask } from './model';
import { findTask, taskName, withTaskIds } from './taskIdentity';

const t = (label: string, section: string, id = label): PlanTask => ({
  no: Number(label.split('.').pop()),
  label,
  id,
  section,
  group: null,
  content: '',
  deliverables: [],
  rows: [1, 1],
});

describe('withTaskIds', () => {
  test.each<[string, [string, string][], string[]]>([
    ['numbers unique across sections (the seed)', [['1', 'I'], ['2', 'I'], ['3', 'II']], ['1', '2', '3']],
    ['numbers restarting per section', [['1', 'I'], ['2', 'I'], ['1', 'II']], ['I.1', 'I.2', 'II.1']],
    ['no sections', [['1', ''], ['2', '']], ['1', '2']],
    ['dotted numbers unique across sections', [['1.1', 'B.I'], ['2.1', 'B.II']], ['1.1', '2.1']],
    ['a duplicate inside one section does not make ids long', [['1', 'I'], ['1', 'I']], ['1', '1']],
    ['letter paths', [['1', 'A.I'], ['1', 'B.I']], ['A.I.1', 'B.I.1']],
  ])('%s', (_name, tasks, ids) => {
    expect(withTaskIds(tasks.map(([label, section]) => t(label, section))).map((x) => x.id)).toEqual(ids);
  });
});

describe('taskName', () => {
  test.each<[PlanTask, string]>([
    [t('1', 'II', 'II.1'), 'Mục II, nhiệm vụ 1'],
    [t('7', 'I'), 'Nhiệm vụ 7'],
    [t('5.1.2', 'B.IV'), 'Nhiệm vụ 5.1.2'],
    [t('1', 'B.I', 'B.I.1'), 'Mục B.I, nhiệm vụ 1'],
  ])('%j → %s', (task, name) => {
    expect(taskName(task)).toBe(name);
  });
  test('lower case inside a sentence', () => {
    expect(taskName(t('1', 'II', 'II.1'), { lower: true })).toBe('mục II, nhiệm vụ 1');
  });
});

describe('findTask', () => {
  const tasks = [t('1', 'I', 'I.1'), t('1', 'II', 'II.1'), t('2', 'II', 'II.2')];
  test.each<[string, string | null, string | null]>([
    ['II.1', 'II.1', null],
    ['II.1b', 'II.1', 'b'],
    ['2', 'II.2', null],
    ['2 a)', 'II.2', 'a'],
    ['9', null, null],
  ])('%j → %s %s', (stt, id, key) => {
    const found = findTask(tasks, stt);
    expect(found.task?.id ?? null).toBe(id);
    if (found.task) expect(found.key).toBe(key);
  });
  test('an ambiguous number asks for the id', () => {
    expect(findTask(tasks, '1')).toEqual({ task: null, problem: 'STT 1 có ở nhiều mục (I.1, II.1), cần ghi rõ mã nhiệm vụ (ví dụ II.1)' });
  });
});
