import { lazy, Suspense } from 'react';
import { Field, Input } from '@fluentui/react-components';
import { formatViDate } from '../../core/calendar/isoDate';
import type { DayFieldProps } from './DayField';

// The calendar is loaded with the first plan shown, not with the pane: its first load stays light.
const DayFieldChunk = lazy(() => import(/* webpackChunkName: "day-field", webpackPrefetch: true */ './DayField'));

/** {@link DayField}, its calendar code loaded on first use; meanwhile the day shows, read only. */
export function LazyDayField(props: DayFieldProps) {
  const waiting = (
    <Field label={props.label} hint={props.hint} validationState={props.warning ? 'warning' : 'none'} validationMessage={props.warning}>
      <Input value={formatViDate(props.value)} readOnly data-testid={props.testId} />
    </Field>
  );
  return (
    <Suspense fallback={waiting}>
      <DayFieldChunk {...props} />
    </Suspense>
  );
}
