import { useId, type ReactElement } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Field,
  Input,
  Textarea,
  MessageBar,
  MessageBarBody,
  SpinButton,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowSyncRegular, ColorFillRegular, PrintRegular, TableAddRegular } from '@fluentui/react-icons';
import { formatViDate } from '../../../core/calendar/isoDate';
import { describeFinding } from '../../../core/findings';
import { groupFindings } from '../../../core/findingGroups';
import { countByStatus } from '../../../core/highlight/unitView';
import type { WorkbookSessionState } from '../../hooks/useWorkbookSession';
import { usePlan } from '../../hooks/usePlan';
import { useReminders } from '../../hooks/useReminders';
import { useOperation } from '../../hooks/useOperation';
import { useStrings } from '../../i18n/context';
import { linesWithStatus, unitSummaries } from '../../features/status';
import type { PlanAction } from '../../features/planActions';
import { StatusCounts } from './StatusCounts';
import { DeliverableList } from './DeliverableList';
import { UnitTable } from './UnitTable';
import { ReminderSection } from './ReminderSection';
import { ColumnPanel } from './ColumnPanel';
import { ReadTaskList } from './ReadTaskList';
import { FitSelect } from '../FitSelect';
import { NoticeList } from '../NoticeList';
import { BusyIndicator } from '../BusyIndicator';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingTop: tokens.spacingVerticalS },
  summary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  summaryMain: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  controls: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  actions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
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
  const ids = { asOf: useId(), window: useId(), unit: useId(), year: useId(), issuer: useId() };
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
  const outsideYear = table.year !== null && Number(plan.asOf.slice(0, 4)) !== table.year;
  const warnings = [...(plan.reading?.findings ?? []), ...(plan.analysis?.findings ?? [])];
  const actionLabels: Record<PlanAction, string> = {
    highlight: strings.plan.highlight,
    init: strings.plan.init,
    statusSheets: strings.plan.statusSheets,
  };

  return (
    <div className={styles.tab}>
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
      {/* How the table was read comes first: when the reader guessed, it opens and is checked before the rest. */}
      <ColumnPanel state={state} plan={plan} />

      <div className={styles.controls}>
        <Field
          label={strings.plan.asOf}
          hint={outsideYear ? undefined : formatViDate(plan.asOf)}
          validationState={outsideYear ? 'warning' : 'none'}
          validationMessage={outsideYear && table.year !== null ? strings.guide.asOfOutsideYear(formatViDate(plan.asOf), table.year) : undefined}
        >
          <Input id={ids.asOf} type="date" value={plan.asOf} onChange={(_e, d) => plan.setAsOf(d.value)} data-testid="as-of" />
        </Field>
        <Field label={strings.plan.window} hint={strings.plan.windowHint}>
          <SpinButton
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
          <SpinButton
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

      {status && counts && (
        <>
          <StatusCounts
            counts={counts.byStatus}
            heading={`${strings.plan.byStatus} (${strings.plan.shown(counts.total, plan.deliverableCount)})`}
            {...(counts.doneFromPlan > 0 ? { note: strings.plan.doneFromPlan(counts.doneFromPlan) } : {})}
          />
          <DeliverableList
            id="overdue-list"
            heading={strings.plan.overdue}
            empty={strings.plan.noneOverdue}
            lines={linesWithStatus(table, status, 'overdue', unit)}
            onSelect={excel ? (l) => void plan.select(l) : undefined}
            disabled={busy !== null}
          />
          <DeliverableList
            id="upcoming-list"
            heading={strings.plan.upcoming}
            empty={strings.plan.noneUpcoming}
            lines={linesWithStatus(table, status, 'due-soon', unit)}
            onSelect={excel ? (l) => void plan.select(l) : undefined}
            disabled={busy !== null}
          />
          {!unit && <UnitTable summaries={unitSummaries(status)} />}
          <ReminderSection reminders={reminders} disabled={busy !== null} />
        </>
      )}

      <section className={styles.actions} aria-labelledby="plan-actions-heading">
        <Subtitle2 as="h2" id="plan-actions-heading">
          {strings.plan.actions}
        </Subtitle2>
        <Field label={strings.plan.issuer} hint={strings.plan.issuerHint}>
          <Textarea id={ids.issuer} value={plan.issuer} onChange={(_e, d) => plan.setIssuer(d.value)} resize="vertical" rows={2} data-testid="issuer" />
        </Field>
        {(Object.keys(actionLabels) as PlanAction[]).map((action) => (
          <Button
            key={action}
            className={styles.action}
            appearance={action === 'highlight' ? 'primary' : 'secondary'}
            icon={ACTION_ICONS[action]}
            disabled={busy !== null || !status}
            onClick={() => void plan.act(action)}
            data-testid={`action-${action}`}
          >
            {actionLabels[action]}
          </Button>
        ))}
        <Button className={styles.action} appearance="subtle" icon={<ArrowSyncRegular />} disabled={busy !== null} onClick={() => void plan.reread()}>
          {strings.plan.read}
        </Button>
        <BusyIndicator />
        <NoticeList testId="plan-notices" />
      </section>

      <ReadTaskList state={state} plan={plan} />

      {warnings.length > 0 && (
        <Accordion collapsible>
          <AccordionItem value="warnings">
            <AccordionHeader>{strings.plan.warnings(warnings.length)}</AccordionHeader>
            <AccordionPanel>
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
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </div>
  );
}
