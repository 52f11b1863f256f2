import { useId } from 'react';
import { Field, makeStyles, tokens } from '@fluentui/react-components';
import type { PeriodKind } from '../../core/periods/periods';
import { useStrings } from '../i18n/context';
import { FitSelect } from './FitSelect';
import { PaneSpinButton } from './PaneSpinButton';

const KINDS: PeriodKind[] = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'Y'];

const useStyles = makeStyles({
  // Items keep their own height: a stretched Field spreads its rows and its control drops below its neighbour's.
  row: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'start' },
});

/** Reporting period: kind (Quý I … Năm) and year. */
export function PeriodPicker(props: { year: number; kind: PeriodKind; onYear(year: number): void; onKind(kind: PeriodKind): void; hint?: string; testId: string }) {
  const styles = useStyles();
  const strings = useStrings();
  const ids = { kind: useId(), year: useId() };
  return (
    <div className={styles.row}>
      <Field label={strings.forms.period} hint={props.hint}>
        <FitSelect id={ids.kind} value={props.kind} onChange={(_e, d) => props.onKind(d.value as PeriodKind)} data-testid={`${props.testId}-kind`}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {strings.forms.kinds[k]}
            </option>
          ))}
        </FitSelect>
      </Field>
      <Field label={strings.forms.year}>
        <PaneSpinButton
          id={ids.year}
          value={props.year}
          min={2000}
          max={2100}
          onChange={(_e, d) => props.onYear(Number(d.value ?? Number.parseInt(d.displayValue ?? '', 10)))}
          data-testid={`${props.testId}-year`}
        />
      </Field>
    </div>
  );
}
