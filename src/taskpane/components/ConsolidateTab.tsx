import { Badge, Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentTableArrowRightRegular, DocumentTableRegular, FolderOpenRegular, HistoryRegular, MergeRegular } from '@fluentui/react-icons';
import { formatViDate } from '../../core/calendar/isoDate';
import { periodOfChoice } from '../features/forms';
import { unitsWithoutReport } from '../features/consolidate';
import type { WorkbookSessionState } from '../hooks/useWorkbookSession';
import { useConsolidation } from '../hooks/useConsolidation';
import { useOperation } from '../hooks/useOperation';
import { useStrings } from '../i18n/context';
import { useCardStyles } from './cardStyles';
import { FilesPicker } from './FilesPicker';
import { PeriodPicker } from './PeriodPicker';
import { Ii05aFigures } from './Ii05aFigures';
import { QuarterResultsChart } from './charts/QuarterResultsChart';
import { NoticeList } from './NoticeList';
import { BusyIndicator } from './BusyIndicator';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingTop: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  button: { justifyContent: 'flex-start' },
  muted: { color: tokens.colorNeutralForeground3 },
  top: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  file: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  detail: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** "Tổng hợp": the units' workbooks checked one by one and summed into the department's report. */
export function ConsolidateTab({ state }: { state: WorkbookSessionState }) {
  const styles = useStyles();
  const cards = useCardStyles();
  const strings = useStrings();
  const { busy } = useOperation();
  const c = useConsolidation(state);
  const t = strings.consolidate;
  const period = periodOfChoice(c.year, c.kind);
  const intoWorkbook = state.session?.mode === 'excel';
  const without = c.result ? unitsWithoutReport(c.result) : null;

  return (
    <div className={styles.tab}>
      <Subtitle2 as="h2">{t.heading}</Subtitle2>
      <FilesPicker
        id="unit-files"
        label={t.pickLabel}
        icon={<FolderOpenRegular />}
        disabled={busy !== null}
        onFiles={c.setFiles}
        chosen={c.files.length > 0 && <Body1 data-testid="consolidate-count">{t.files(c.files.length)}</Body1>}
      >
        {t.pick}
      </FilesPicker>
      <Button className={styles.button} appearance="subtle" icon={<DocumentTableRegular />} disabled={busy !== null} onClick={() => void c.loadSample()} data-testid="consolidate-sample">
        {strings.guide.consolidateSample}
      </Button>
      <FilesPicker
        id="previous-files"
        label={t.pickPreviousLabel}
        icon={<HistoryRegular />}
        appearance="subtle"
        disabled={busy !== null}
        onFiles={c.setPreviousFiles}
        chosen={c.previousFiles.length > 0 && <Caption1 data-testid="consolidate-previous-count">{t.previousFiles(c.previousFiles.length)}</Caption1>}
      >
        {t.pickPrevious}
      </FilesPicker>
      <PeriodPicker
        year={c.year}
        kind={c.kind}
        onYear={c.setYear}
        onKind={c.setKind}
        hint={period ? strings.forms.range(formatViDate(period.from), formatViDate(period.to)) : undefined}
        testId="consolidate-period"
      />
      <div className={styles.buttons}>
        <Button
          className={styles.button}
          appearance="primary"
          icon={<MergeRegular />}
          disabled={busy !== null || c.files.length === 0 || !period}
          onClick={() => void c.run()}
          data-testid="consolidate-run"
          aria-describedby={c.files.length === 0 ? 'consolidate-run-reason' : undefined}
        >
          {t.run}
        </Button>
        {c.files.length === 0 && (
          <Caption1 id="consolidate-run-reason" className={styles.muted}>
            {strings.guide.consolidateNeedFiles}
          </Caption1>
        )}
      </div>
      <BusyIndicator />

      {c.outcomes.length > 0 && (
        <section aria-labelledby="outcomes-heading" aria-live="polite" className={styles.section}>
          <Subtitle2 as="h3" id="outcomes-heading">
            {t.results}
          </Subtitle2>
          <ul className={cards.list} data-testid="consolidate-outcomes">
            {c.outcomes.map((o, i) => (
              <li key={i} className={cards.card}>
                <span className={styles.top}>
                  <Body1 className={styles.file}>{o.file}</Body1>
                  <Badge className={styles.badge} appearance="tint" color={o.status === 'accepted' ? 'success' : 'danger'}>
                    {o.status === 'accepted' ? t.accepted : t.rejected}
                  </Badge>
                </span>
                <Caption1 className={styles.detail}>
                  {o.unit ?? t.unknownUnit}
                  {o.period ? ` · ${o.period}` : ''}
                </Caption1>
                {o.reason && <Caption1 className={styles.detail}>{o.reason}</Caption1>}
                {o.warnings.length > 0 && (
                  <ul className={styles.list}>
                    {o.warnings.map((w, j) => (
                      <li key={j}>
                        <Caption1>{w}</Caption1>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {c.result && (
        <>
          {c.result.carryOver.length > 0 && (
            <section aria-labelledby="carry-heading" className={styles.section}>
              <Subtitle2 as="h3" id="carry-heading">
                {t.carryOver} ({c.result.carryOver.length})
              </Subtitle2>
              <ul className={styles.list} data-testid="consolidate-carry-over">
                {c.result.carryOver.map((w, i) => (
                  <li key={i}>
                    <Caption1>{w.message}</Caption1>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {without && without.rejected.length > 0 && (
            <section aria-labelledby="rejected-units-heading" className={styles.section}>
              <Subtitle2 as="h3" id="rejected-units-heading">
                {strings.guide.rejectedUnits} ({without.rejected.length})
              </Subtitle2>
              <ul className={styles.list} data-testid="consolidate-rejected-units">
                {without.rejected.map((u) => (
                  <li key={u}>{u}</li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="missing-heading" className={styles.section}>
            <Subtitle2 as="h3" id="missing-heading">
              {t.missing} ({without?.missing.length ?? 0})
            </Subtitle2>
            {!without || without.missing.length === 0 ? (
              <Body1 className={styles.muted}>{t.noMissing}</Body1>
            ) : (
              <ul className={styles.list} data-testid="consolidate-missing">
                {without.missing.map((u) => (
                  <li key={u}>{u}</li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="department-heading" className={styles.section}>
            <Subtitle2 as="h3" id="department-heading">
              {t.department} · {c.result.period.label}
            </Subtitle2>
            <QuarterResultsChart units={c.result.unitTotals} testId="consolidate-chart" />
            <Ii05aFigures rows={c.result.ii05a.rows} total={c.result.ii05a.total} testId="consolidate-figures" />
          </section>
          <Button
            className={styles.button}
            appearance="primary"
            icon={intoWorkbook ? <DocumentTableArrowRightRegular /> : <ArrowDownloadRegular />}
            disabled={busy !== null}
            onClick={() => void c.deliver()}
            data-testid="consolidate-deliver"
          >
            {intoWorkbook ? t.writeExcel : t.download}
          </Button>
        </>
      )}
      <NoticeList testId="consolidate-notices" />
    </div>
  );
}
