import { ProgressBar, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useOperation } from '../hooks/useOperation';

const useStyles = makeStyles({
  busy: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** Spinner (and progress bar when the work reports progress) while long work started in this scope runs. */
export function BusyIndicator() {
  const styles = useStyles();
  const { busy, busyHere, progress } = useOperation();
  if (busy === null || !busyHere) return null;
  return (
    <div className={styles.busy} role="status" aria-live="polite">
      <Spinner size="tiny" label={busy} labelPosition="after" />
      {progress !== null && <ProgressBar value={progress} max={1} aria-label={busy} />}
    </div>
  );
}
