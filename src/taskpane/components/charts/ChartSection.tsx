import { Component, lazy, Suspense, type ReactNode } from 'react';
import { Caption1, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../../i18n/context';
import type { StackedBar } from './StackedBars';

/** The chart library's chunk, fetched the first time a chart is shown (not in the pane's first load). */
const StackedBars = lazy(() => import(/* webpackChunkName: "charts" */ './StackedBars'));

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Shows `fallback` instead of a chart whose chunk failed to load (offline, an old cache). */
class ChartBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/**
 * A titled chart of stacked bars, with a hint under the title; nothing when there are no bars.
 * `showHeading: false` inside a section that has the heading already (the chart is still
 * labelled with it).
 */
export function ChartSection({ heading, hint, bars, testId, showHeading = true }: { heading: string; hint?: string; bars: StackedBar[]; testId: string; showHeading?: boolean }) {
  const styles = useStyles();
  const strings = useStrings();
  if (bars.length === 0) return null;
  const id = `${testId}-heading`;
  return (
    <section className={styles.section} {...(showHeading ? { 'aria-labelledby': id } : { 'aria-label': heading })} data-testid={testId}>
      {showHeading && (
        <Subtitle2 as="h2" id={id}>
          {heading}
        </Subtitle2>
      )}
      {hint && <Caption1 className={styles.muted}>{hint}</Caption1>}
      <ChartBoundary fallback={<Caption1 className={styles.muted}>{strings.charts.unavailable}</Caption1>}>
        <Suspense fallback={<Spinner size="tiny" label={strings.charts.loading} />}>
          <StackedBars bars={bars} label={heading} />
        </Suspense>
      </ChartBoundary>
    </section>
  );
}
