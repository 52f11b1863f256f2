import type { ReactNode } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { formatViDate } from '../../../core/calendar/isoDate';
import type { ReadDeliverable, ReadTask } from '../../features/readTasks';
import { useReadList } from '../../hooks/useReadList';
import type { PlanState } from '../../hooks/usePlan';
import type { WorkbookSessionState } from '../../hooks/useWorkbookSession';
import { useOperation } from '../../hooks/useOperation';
import { useStrings } from '../../i18n/context';
import type { PaneStrings } from '../../i18n/strings';
import { useRowItemStyles } from '../cardStyles';

const useStyles = makeStyles({
  warnedItem: { borderLeftWidth: '4px', borderLeftColor: tokens.colorPaletteMarigoldBorderActive },
  task: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  content: {
    display: '-webkit-box',
    WebkitLineClamp: '3',
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    overflowWrap: 'anywhere',
  },
  line: { display: 'block', overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
  warning: { display: 'block', overflowWrap: 'anywhere', color: tokens.colorPaletteDarkOrangeForeground1 },
  pager: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
});

/** "hạn 31/12/2025", "định kỳ, 4 hạn trong năm, hạn tới 31/03/2025", "thường xuyên" … */
function dueText(d: ReadDeliverable, s: PaneStrings['readList']): string {
  const schedule = d.schedule;
  if (!schedule) return '';
  const last = schedule.due[schedule.due.length - 1];
  const kind =
    schedule.kind === 'once' && last
      ? s.due(formatViDate(last))
      : schedule.kind === 'recurring'
        ? s.recurring(schedule.due.length, d.nextDue ? formatViDate(d.nextDue) : null)
        : schedule.kind === 'ongoing'
          ? s.ongoing
          : s.unscheduled;
  return schedule.adhoc ? `${kind}, ${s.adhoc}` : kind;
}

/**
 * "Đã đọc từ bảng" (SPEC §12 "What was read, visible"): the plan task by task as read, each
 * deliverable's lead, timing and due day or kind, the warnings of the task's rows beside it, a
 * warnings-only filter; pages of a few tasks, so a long plan never slows the pane. In Excel a
 * click selects the task's rows. Its own chunk, loaded when the section first opens.
 */
export function ReadTasks({ state, plan }: { state: WorkbookSessionState; plan: PlanState }) {
  const styles = useStyles();
  const rows = useRowItemStyles();
  const strings = useStrings();
  const s = strings.readList;
  const { busy } = useOperation();
  const list = useReadList(state, plan);
  const body = (task: ReadTask): ReactNode => (
    <>
      <span className={rows.top}>
        <Body1 className={styles.task}>{strings.plan.taskLabel(task.id, '')}</Body1>
        <Caption1 className={styles.muted}>{strings.plan.rows(task.rows[0], task.rows[1])}</Caption1>
      </span>
      <Caption1 className={styles.content}>{task.content}</Caption1>
      {task.deliverables.map((d, i) => (
        <Caption1 key={i} className={styles.line} data-testid="read-deliverable">
          {d.key ? `${d.key}) ` : ''}
          {s.lead}: {d.lead || s.noLead} · {s.timing}: {d.timing || '—'}
          {d.schedule ? ` → ${dueText(d, s)}` : ''}
        </Caption1>
      ))}
      {task.warnings.map((f, i) => (
        <Caption1 key={`w${i}`} className={styles.warning} data-testid="read-warning">
          <span aria-hidden="true">⚠ </span>
          {strings.plan.rows(f.row ?? 0, f.row ?? 0)}: {f.message}
        </Caption1>
      ))}
    </>
  );
  return (
    <>
      <Checkbox
        checked={list.onlyWarned}
        onChange={(_e, d) => list.setOnlyWarned(d.checked === true)}
        label={`${s.onlyWarned} (${list.warned})`}
        data-testid="read-only-warned"
      />
      {list.listed === 0 ? (
        <Body1 className={styles.muted}>{s.noneWarned}</Body1>
      ) : (
        <ul className={rows.list} data-testid="read-tasks">
          {list.tasks.map((task) => {
            const classes = mergeClasses(rows.item, task.warnings.length > 0 && styles.warnedItem);
            return (
              <li key={`${task.id}/${task.rows[0]}`} data-testid="read-task">
                {list.select ? (
                  <button type="button" className={mergeClasses(classes, rows.clickable)} disabled={busy !== null} title={s.selectHint} onClick={() => void list.select?.(task)}>
                    {body(task)}
                  </button>
                ) : (
                  <div className={classes}>{body(task)}</div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {list.pages > 1 && (
        <div className={styles.pager}>
          <Button appearance="subtle" icon={<ChevronLeftRegular />} disabled={list.page <= 1} onClick={() => list.setPage(list.page - 1)} aria-label={s.previous} />
          <Body1 data-testid="read-page">{s.page(list.page, list.pages)}</Body1>
          <Button appearance="subtle" icon={<ChevronRightRegular />} disabled={list.page >= list.pages} onClick={() => list.setPage(list.page + 1)} aria-label={s.next} />
        </div>
      )}
    </>
  );
}
