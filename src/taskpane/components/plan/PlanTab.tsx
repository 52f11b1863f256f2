import { withPlanYear, yearsMissing } from '../../../core/plan/planYear';
import { useId, type ReactElement } from 'react';
import { Body1, Button, Field, Textarea, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular, ColorFillRegular, PrintRegular, TableAddRegular } from '@fluentui/react-icons';
import { formatViDate } from '../../../core/calendar/isoDate';
import { describeFinding } from '../../../core/findings';
import { groupFindings } from '../../../core/findingGroups';
import { countByRole, countByStatus } from '../../../core/highlight/unitView';
import type { WorkbookSessionState } from '../../hooks/useWorkbookSession';
import { usePlan } from '../../hooks/usePlan';
import { useReminders } from '../../hooks/useReminders';
import { useColumnsPlace } from '../../hooks/useColumnsPlace';
import { useOperation } from '../../hooks/useOperation';
import { useStrings } from '../../i18n/context';
import { linesWithStatus, unitSummaries, type DeliverableLine } from '../../features/status';
import type { PlanAction } from '../../features/planActions';
import { StatusCounts } from './StatusCounts';
import { DeliverableList } from './DeliverableList';
import { UnitTable } from './UnitTable';
import { UnitProgressChart } from '../charts/UnitProgressChart';
import { ReminderSection } from './ReminderSection';
import { ColumnPanel } from './ColumnPanel';
import { ReadTaskList } from './ReadTaskList';
import { WordPlanCard } from './WordPlanCard';
import { FitSelect } from '../FitSelect';
import { NoticeList } from '../NoticeList';
import { BusyIndicator } from '../BusyIndicator';
import { LazyDayField } from '../LazyDayField';
import { PaneSpinButton } from '../PaneSpinButton';
import { PlanSection } from './PlanSection';

const useStyles = makeStyles({
  // Sections' headers carry their own padding: a smaller gap keeps the actions on the first screen at 350 × 800.
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS },
  summary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  summaryMain: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  controls: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  action: { justifyContent: 'flex-start', textAlign: 'left' },
  findings: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  warningKind: { fontWeight: tokens.fontWeightSemibold },
});

const ACTION_ICONS: Record<PlanAction, ReactElement> = {
  highlight: <ColorFillRegular />,
  init: <TableAddRegular />,
  statusSheets: <PrintRegular />,
};

/** "Kế hoạch": the plan table, statuses at an as-of date, by-unit view, lists and actions. */
export function PlanTab({ state }: { state: WorkbookSessionState }) {
  const styles = useStyles();
  const strings = useStrings();
  const { busy } = useOperation();
  const plan = usePlan(state);
  const reminders = useReminders(state, plan);
  const columnsPlace = useColumnsPlace(state, plan);
  const ids = { window: useId(), unit: useId(), year: useId(), issuer: useId() };
  const table = plan.reading?.plan ?? null;
  const status = plan.analysis?.status ?? null;
  const unit = plan.unit || undefined;
  const excel = state.session?.mode === 'excel';

  if (!state.session) return <Body1 className={styles.muted}>{strings.file.noFile}</Body1>;
  if (!table) {
    return (
      <div className={styles.tab}>
        {plan.reading && (
          <MessageBar intent="warning" layout="multiline" data-testid="plan-missing">
            <MessageBarBody>
              {strings.plan.noTable}
              <ul className={styles.findings}>
                {plan.reading.findings.map((f, i) => (
                  <li key={i}>{describeFinding(f)}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        <ColumnPanel state={state} plan={plan} />
        <Button icon={<ArrowSyncRegular />} disabled={busy !== null} onClick={() => void plan.reread()}>
          {strings.plan.read}
        </Button>
        <BusyIndicator />
        <NoticeList testId="plan-notices" />
      </div>
    );
  }

  const counts = status ? countByStatus(status, { unit }) : null;
  const led = status && unit ? countByRole(status, unit) : null;
  const overdue = status ? linesWithStatus(table, status, 'overdue', unit) : [];
  const upcoming = status ? linesWithStatus(table, status, 'due-soon', unit) : [];
  const listCount = (lines: DeliverableLine[]) => strings.plan.listCount(lines.length, unit ? lines.filter((l) => l.role === 'lead').length : null);
  const summaries = status && !unit ? unitSummaries(status) : [];
  const onSelect = excel ? (l: DeliverableLine) => void plan.select(l) : undefined;
  // The same rule as kstthc: the officer's year box wins, a plan's span of years counts.
  const outsideYears = yearsMissing(withPlanYear(table, plan.year ?? undefined), plan.asOf);
  const warnings = [...(plan.reading?.findings ?? []), ...(plan.analysis?.findings ?? [])];
  const actionLabels: Record<PlanAction, string> = {
    highlight: strings.plan.highlight,
    init: strings.plan.init,
    statusSheets: strings.plan.statusSheets,
  };
  const actionButton = (action: PlanAction) => (
    <Button
      className={styles.action}
      appearance={action === 'highlight' ? 'primary' : 'secondary'}
      icon={ACTION_ICONS[action]}
      disabled={busy !== null || !status || state.wordPlan !== null}
      onClick={() => void plan.act(action)}
      data-testid={`action-${action}`}
    >
      {actionLabels[action]}
    </Button>
  );

  // Rarely changed: folded behind what they are set to, after the actions; first and open when
  // the plan's year was not read (the statuses need it).
  const yearRead = table.year !== null;
  const settings = (
    <PlanSection
      id="plan-settings"
      title={strings.plan.settings}
      count={strings.plan.settingsNow(plan.window, plan.year ?? table.year)}
      defaultOpen={!yearRead}
    >
      <div className={styles.controls}>
        <Field label={strings.plan.window} hint={strings.plan.windowHint}>
          <PaneSpinButton
            id={ids.window}
            value={plan.window}
            min={0}
            max={366}
            onChange={(_e, d) => {
              const v = d.value ?? (d.displayValue !== undefined ? Number.parseInt(d.displayValue, 10) : NaN);
              plan.setWindow(Number(v));
            }}
            data-testid="window"
          />
        </Field>
        <Field label={strings.plan.yearBox} hint={strings.plan.yearBoxHint(table.year)}>
          <PaneSpinButton
            id={ids.year}
            value={plan.year ?? table.year ?? null}
            min={2000}
            max={2100}
            onChange={(_e, d) => {
              const v = d.value ?? (d.displayValue !== undefined && d.displayValue.trim() !== '' ? Number.parseInt(d.displayValue, 10) : null);
              plan.setYear(v === null || Number(v) === table.year ? null : Number(v));
            }}
            data-testid="plan-year"
          />
        </Field>
      </div>
    </PlanSection>
  );

  return (
    <div className={styles.tab}>
      <WordPlanCard state={state} />
      <div className={styles.summary} data-testid="plan-summary">
        <Body1 className={styles.summaryMain}>{strings.plan.summary(table.sheet, plan.taskCount, plan.deliverableCount)}</Body1>
        <Body1 className={styles.muted}>
          {strings.plan.sections(table.sections.length)} · {strings.plan.year(plan.year ?? table.year)}
        </Body1>
        {plan.analysis?.directory && (
          <Body1 className={styles.muted} data-testid="plan-directory">
            {strings.plan.directory(plan.analysis.directory.source, plan.analysis.directory.units.length)}
          </Body1>
        )}
      </div>
      {/* When the reader guessed, how the table was read is checked before the rest. */}
      {columnsPlace === 'first' && <ColumnPanel state={state} plan={plan} />}

      <LazyDayField
        label={strings.plan.asOf}
        value={plan.asOf}
        onChange={plan.setAsOf}
        warning={outsideYears ? strings.guide.asOfOutsideYear(formatViDate(plan.asOf), outsideYears[0] === outsideYears[1] ? String(outsideYears[0]) : `${outsideYears[0]}–${outsideYears[1]}`) : undefined}
        testId="as-of"
      />

      {status && (
        <Field label={strings.plan.unit}>
          {/* A native select: reliable with mouse, keyboard and screen readers at any pane width. */}
          <FitSelect id={ids.unit} value={plan.unit} onChange={(_e, d) => plan.setUnit(d.value)} data-testid="unit-picker">
            <option value="">{strings.plan.allUnits}</option>
            {plan.units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </FitSelect>
        </Field>
      )}

      {!yearRead && settings}

      {/* The tab's sections, each one element: the actions first, then what only informs. A new
          section slots in as one <PlanSection …> line where it belongs (docs/decisions/pane.md). */}
      <PlanSection id="plan-actions" title={strings.plan.actions} defaultOpen>
        {actionButton('highlight')}
        {/* The issuer is printed by the next button only: it sits just above it. */}
        <Field label={strings.plan.issuer} hint={strings.plan.issuerHint}>
          <Textarea
            id={ids.issuer}
            value={plan.issuer}
            onChange={(_e, d) => plan.setIssuer(d.value)}
            onBlur={() => void plan.keepIssuer()}
            resize="vertical"
            rows={2}
            data-testid="issuer"
          />
        </Field>
        {actionButton('statusSheets')}
        {actionButton('init')}
        <Button className={styles.action} appearance="subtle" icon={<ArrowSyncRegular />} disabled={busy !== null} onClick={() => void plan.reread()}>
          {strings.plan.read}
        </Button>
        <BusyIndicator />
        <NoticeList testId="plan-notices" />
      </PlanSection>

      {yearRead && settings}

      {status && counts && (
        <>
          <PlanSection id="plan-status" title={strings.plan.byStatus} defaultOpen>
            <StatusCounts
              counts={counts.byStatus}
              led={led?.lead}
              scope={strings.plan.countsNote(counts.total, plan.deliverableCount, unit ?? null)}
              {...(counts.doneFromPlan > 0 ? { note: strings.plan.doneFromPlan(counts.doneFromPlan) } : {})}
            />
          </PlanSection>
          <PlanSection id="overdue-list" title={strings.plan.overdue} count={listCount(overdue)} defaultOpen>
            <DeliverableList empty={strings.plan.noneOverdue} lines={overdue} onSelect={onSelect} disabled={busy !== null} />
          </PlanSection>
          <PlanSection id="upcoming-list" title={strings.plan.upcoming} count={listCount(upcoming)} defaultOpen>
            <DeliverableList empty={strings.plan.noneUpcoming} lines={upcoming} onSelect={onSelect} disabled={busy !== null} />
          </PlanSection>
          {!unit && (
            <PlanSection id="plan-chart" title={strings.charts.progress} count={strings.plan.unitCount(summaries.filter((u) => u.lead > 0).length)}>
              <UnitProgressChart status={status} onSelectUnit={plan.setUnit} />
            </PlanSection>
          )}
          {!unit && (
            <PlanSection id="plan-units" title={strings.plan.byUnit} count={strings.plan.unitCount(summaries.length)}>
              <UnitTable summaries={summaries} />
            </PlanSection>
          )}
          <PlanSection id="remind-section" title={strings.remind.heading} count={strings.remind.count(reminders.reminders.length)}>
            <ReminderSection reminders={reminders} disabled={busy !== null} />
          </PlanSection>
        </>
      )}

      {columnsPlace === 'later' && <ColumnPanel state={state} plan={plan} />}
      <PlanSection id="plan-read" title={strings.readList.heading} count={strings.readList.count(plan.taskCount)}>
        <ReadTaskList state={state} plan={plan} />
      </PlanSection>

      {warnings.length > 0 && (
        <PlanSection id="plan-warnings-section" title={strings.plan.warnings(warnings.length)}>
          <ul className={styles.findings} data-testid="plan-warnings">
            {groupFindings(warnings).map((g, i) =>
              g.findings.length === 1 ? (
                <li key={i}>{describeFinding(g.findings[0])}</li>
              ) : (
                <li key={i}>
                  <span className={styles.warningKind}>{strings.plan.warningKind(g.title, g.findings.length)}</span>
                  <ul className={styles.findings}>
                    {g.findings.map((f, j) => (
                      <li key={j}>{describeFinding(f)}</li>
                    ))}
                  </ul>
                </li>
              ),
            )}
          </ul>
        </PlanSection>
      )}
    </div>
  );
}
