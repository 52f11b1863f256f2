import { useId } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, Button, Caption1, Checkbox, Field, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { CalculatorRegular, DocumentTableArrowRightRegular } from '@fluentui/react-icons';
import { formatViDate } from '../../core/calendar/isoDate';
import { describeFinding } from '../../core/findings';
import { REGISTER_FIELD_LABELS, REGISTER_FIELDS, REQUIRED_REGISTER_FIELDS } from '../../core/register/model';
import { periodOfChoice } from '../features/forms';
import type { WorkbookSessionState } from '../hooks/useWorkbookSession';
import { useForms } from '../hooks/useForms';
import { useOperation } from '../hooks/useOperation';
import { useStrings } from '../i18n/context';
import { PeriodPicker } from './PeriodPicker';
import { Ii05aFigures } from './Ii05aFigures';
import { QuarterResultsChart } from './charts/QuarterResultsChart';
import { FitSelect } from './FitSelect';
import { RegisterSources } from './RegisterSources';
import { NoticeList } from './NoticeList';
import { BusyIndicator } from './BusyIndicator';
import { ChannelChoice } from './ChannelChoice';
import { ProvinceTemplateCard } from './ProvinceTemplateCard';
import { useProvinceTemplate } from '../hooks/useProvinceTemplate';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingTop: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  button: { justifyContent: 'flex-start' },
  muted: { color: tokens.colorNeutralForeground3 },
  summary: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  mapping: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** "Báo cáo quý": biểu II.05a/II.06a computed from the unit's dossier register. */
export function FormsTab({ state }: { state: WorkbookSessionState }) {
  const styles = useStyles();
  const strings = useStrings();
  const { busy } = useOperation();
  const forms = useForms(state);
  const template = useProvinceTemplate(state, forms);
  const ids = { sheet: useId(), unit: useId() };
  const f = strings.forms;
  const period = periodOfChoice(forms.year, forms.kind);
  const preview = forms.preview;
  const missingColumns = preview !== null && REQUIRED_REGISTER_FIELDS.some((field) => preview.read.columns[field] === undefined);
  // Two columns disagree on a field: the officer chooses before anything is written.
  const unsettled = preview !== null && preview.read.conflicts.length > 0;
  const openMapping = missingColumns || unsettled || preview?.read.channelFrom === 'missing';

  const writeWaits = !preview ? strings.guide.formsNeedPreview : !forms.unit ? strings.guide.formsNeedUnit : null;

  if (!state.session) return <Body1 className={styles.muted}>{strings.file.noFile}</Body1>;

  return (
    <div className={styles.tab}>
      <Subtitle2 as="h2">{f.heading}</Subtitle2>
      <Field label={f.register}>
        <FitSelect id={ids.sheet} value={forms.sheet} onChange={(_e, d) => forms.setSheet(d.value)} data-testid="forms-sheet">
          <option value="">{f.autoSheet}</option>
          {forms.sheets.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </FitSelect>
      </Field>
      <PeriodPicker
        year={forms.year}
        kind={forms.kind}
        onYear={forms.setYear}
        onKind={forms.setKind}
        hint={period ? f.range(formatViDate(period.from), formatViDate(period.to)) : undefined}
        testId="forms-period"
      />
      <Field label={f.unit} hint={preview?.unit ? f.registerUnit(preview.unit.unit?.name ?? preview.unit.text, preview.unit.unit !== null) : undefined}>
        <FitSelect id={ids.unit} value={forms.unit} onChange={(_e, d) => forms.setUnit(d.value)} data-testid="forms-unit">
          <option value="">{f.pickUnit}</option>
          {forms.units.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </FitSelect>
      </Field>
      {forms.unitIsNew && (
        <Checkbox checked={forms.addUnit} onChange={(_e, d) => forms.setAddUnit(d.checked === true)} label={f.addUnit(forms.unit)} data-testid="forms-add-unit" />
      )}
      <div className={styles.buttons}>
        <Button className={styles.button} icon={<CalculatorRegular />} disabled={busy !== null || !period} onClick={() => void forms.computePreview()} data-testid="forms-preview">
          {f.preview}
        </Button>
        <Button
          className={styles.button}
          appearance="primary"
          icon={<DocumentTableArrowRightRegular />}
          disabled={busy !== null || !preview || !forms.unit || unsettled}
          onClick={() => void forms.write()}
          data-testid="forms-write"
          aria-describedby={writeWaits ? 'forms-write-reason' : undefined}
        >
          {f.write}
        </Button>
        {writeWaits && (
          <Caption1 id="forms-write-reason" className={styles.muted} data-testid="forms-write-reason">
            {writeWaits}
          </Caption1>
        )}
      </div>
      <ProvinceTemplateCard forms={forms} template={template} />
      <BusyIndicator />
      <NoticeList testId="forms-notices" />
      <ChannelChoice forms={forms} />
      {preview && (
        <section aria-label={f.columns} className={styles.section}>
          <Body1 className={styles.summary} data-testid="forms-summary">
            {f.summary(preview.sheet, preview.read.dossiers.length, preview.period.label)}
          </Body1>
          <RegisterSources read={preview.read} />
          <Subtitle2 as="h3">{f.columns}</Subtitle2>
          <QuarterResultsChart fields={preview.result.ii05a.rows} testId="forms-chart" />
          <Ii05aFigures rows={preview.result.ii05a.rows} total={preview.result.ii05a.total} testId="forms-figures" />
          <Subtitle2 as="h3">{f.overdueReasons}</Subtitle2>
          {preview.result.ii06a.rows.length === 0 ? (
            <Body1 className={styles.muted}>{f.noOverdue}</Body1>
          ) : (
            <ul className={styles.list}>
              {preview.result.ii06a.rows.map((r, i) => (
                <li key={i}>
                  {r.field} — {r.procedure}: {f.dossiers(r.count)} · {r.reason}
                </li>
              ))}
            </ul>
          )}
          {preview.read.findings.some((x) => x.severity === 'error') && (
            <MessageBar intent="warning" layout="multiline" data-testid="forms-columns-missing">
              <MessageBarBody>
                {preview.read.findings
                  .filter((x) => x.severity === 'error')
                  .map((x) => describeFinding(x))
                  .join(' ')}
              </MessageBarBody>
            </MessageBar>
          )}
          <Accordion collapsible defaultOpenItems={openMapping ? ['mapping'] : []} key={String(openMapping)}>
            <AccordionItem value="mapping">
              <AccordionHeader>{f.mapping}</AccordionHeader>
              <AccordionPanel>
                <div className={styles.mapping} data-testid="forms-mapping">
                  <Caption1>{f.mappingHint}</Caption1>
                  {REGISTER_FIELDS.map((field) => {
                    const auto = preview.read.columns[field];
                    const autoLabel = auto === undefined ? null : (forms.columns.find((c) => c.col === auto)?.label ?? null);
                    return (
                      <Field key={field} label={REGISTER_FIELD_LABELS[field]} required={REQUIRED_REGISTER_FIELDS.includes(field)}>
                        <FitSelect
                          value={forms.mapping[field] === undefined ? '' : String(forms.mapping[field])}
                          onChange={(_e, d) => forms.setMapping(field, d.value === '' ? null : Number(d.value))}
                          data-testid={`forms-map-${field}`}
                        >
                          <option value="">{f.mappingAuto(autoLabel)}</option>
                          {forms.columns.map((c) => (
                            <option key={c.col} value={String(c.col)}>
                              {c.label}
                            </option>
                          ))}
                        </FitSelect>
                      </Field>
                    );
                  })}
                </div>
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
          {preview.read.notReceived.length > 0 && (
            <Accordion collapsible>
              <AccordionItem value="notReceived">
                <AccordionHeader>{f.notReceived(preview.read.notReceived.length)}</AccordionHeader>
                <AccordionPanel>
                  <ul className={styles.list} data-testid="forms-not-received">
                    {preview.read.notReceived.map((n) => (
                      <li key={n.row}>{f.notReceivedRow(n.row, n.code, n.status)}</li>
                    ))}
                  </ul>
                </AccordionPanel>
              </AccordionItem>
            </Accordion>
          )}
          {(preview.read.rejected.length > 0 || preview.result.findings.length > 0 || preview.read.findings.length > 0) && (
            <Accordion collapsible>
              <AccordionItem value="rejected">
                <AccordionHeader>
                  {f.rejected(preview.read.rejected.length)}
                </AccordionHeader>
                <AccordionPanel>
                  <ul className={styles.list} data-testid="forms-rejected">
                    {[...preview.read.findings, ...preview.read.rejected, ...preview.result.findings].map((x, i) => (
                      <li key={i}>{describeFinding(x)}</li>
                    ))}
                  </ul>
                </AccordionPanel>
              </AccordionItem>
            </Accordion>
          )}
        </section>
      )}
    </div>
  );
}
