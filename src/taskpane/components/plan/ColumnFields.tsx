import { useId } from 'react';
import { Body1, Button, Caption1, Field, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowResetRegular } from '@fluentui/react-icons';
import type { PlanRole } from '../../../core/plan/model';
import type { RoleView } from '../../features/columnsView';
import { useColumnPanel } from '../../hooks/useColumnPanel';
import type { PlanState } from '../../hooks/usePlan';
import type { WorkbookSessionState } from '../../hooks/useWorkbookSession';
import { useOperation } from '../../hooks/useOperation';
import { useStrings } from '../../i18n/context';
import { PaneSpinButton } from '../PaneSpinButton';
import { FitSelect } from '../FitSelect';

const useStyles = makeStyles({
  roles: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  reset: { alignSelf: 'flex-start' },
});

/** The roles a table cannot do without: "không có" is not offered for them. */
const REQUIRED: readonly PlanRole[] = ['no', 'task'];
const NONE = 'none';
const UNSET = '';
/** Header texts longer than this are cut in the lists (the closed list ellipses what does not fit the pane). */
const SHORT_HEADER = 48;
const short = (text: string) => (text.length > SHORT_HEADER ? `${text.slice(0, SHORT_HEADER - 1).trimEnd()}…` : text);

/**
 * The body of "Cột của bảng": the sheet (when no plan was read), the header row, each role's
 * column and how it was chosen, the reset. Its own chunk, loaded when the panel first opens.
 */
export function ColumnFields({ state, plan }: { state: WorkbookSessionState; plan: PlanState }) {
  const styles = useStyles();
  const strings = useStrings();
  const { busy } = useOperation();
  const panel = useColumnPanel(state, plan);
  const ids = { sheet: useId(), headerRow: useId() };
  const view = panel.view;
  if (!view) return null;
  const mode = state.session?.mode ?? 'file';
  const disabled = busy !== null;
  const roleHint = (r: RoleView) => {
    if (r.none) return strings.columns.noneChosen;
    if (r.column === null || r.source === null) return view.found ? strings.columns.notFound : undefined;
    return strings.columns.source(r.source, r.evidence);
  };
  return (
    <>
      {(!view.found || view.guessed) && <Body1 className={styles.muted}>{view.found ? strings.columns.introGuessed : strings.columns.introMissing}</Body1>}
      {!view.found && panel.sheets.length > 1 && (
        <Field label={strings.columns.sheet}>
          <FitSelect id={ids.sheet} value={view.sheet} onChange={(_e, d) => panel.chooseSheet(d.value)} disabled={disabled} data-testid="columns-sheet">
            {panel.sheets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </FitSelect>
        </Field>
      )}
      <Field label={strings.columns.headerRow} hint={strings.columns.headerRowHint}>
        <PaneSpinButton
          id={ids.headerRow}
          value={view.headerRow}
          min={1}
          max={view.rowCount}
          disabled={disabled}
          onChange={(_e, d) => {
            const v = d.value ?? (d.displayValue !== undefined ? Number.parseInt(d.displayValue, 10) : NaN);
            if (Number.isInteger(v) && v !== null && v >= 1 && v <= view.rowCount && v !== view.headerRow) void panel.change({ headerRow: v });
          }}
          data-testid="columns-header-row"
        />
      </Field>
      <div className={styles.roles}>
        {view.roles.map((r) => {
          const key = r.column !== null ? String(r.column) : r.none ? NONE : UNSET;
          return (
            <Field key={r.role} orientation="horizontal" label={strings.columns.roleName(r.role)} hint={roleHint(r)}>
              <FitSelect
                value={key}
                onChange={(_e, d) => {
                  if (d.value === key || d.value === UNSET) return;
                  void panel.change({ role: r.role, column: d.value === NONE ? null : Number(d.value) });
                }}
                disabled={disabled}
                data-testid={`columns-role-${r.role}`}
              >
                {key === UNSET && (
                  <option value={UNSET} disabled>
                    {strings.columns.notChosen}
                  </option>
                )}
                {!REQUIRED.includes(r.role) && <option value={NONE}>{strings.columns.none}</option>}
                {view.choices.map((c) => (
                  <option key={c.column} value={String(c.column)}>
                    {strings.columns.option(c.letter, short(c.header))}
                  </option>
                ))}
              </FitSelect>
            </Field>
          );
        })}
      </div>
      {view.saved && (
        <>
          <Caption1 className={styles.muted}>{strings.columns.kept(view.sheet, mode === 'file')}</Caption1>
          <Button className={styles.reset} icon={<ArrowResetRegular />} disabled={disabled} onClick={() => void panel.reset()} data-testid="columns-reset">
            {strings.columns.reset}
          </Button>
        </>
      )}
    </>
  );
}
