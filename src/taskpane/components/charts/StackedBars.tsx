import { HorizontalBarChart, HorizontalBarChartVariant, type ChartProps } from '@fluentui/react-charts';
import { makeStyles, tokens } from '@fluentui/react-components';

/** One part of a bar: legend text (symbol first), its count, its colour. */
export interface BarPart {
  legend: string;
  value: number;
  color: string;
}

/** One bar: its title (shown above it) and parts; `onSelect` makes it clickable. */
export interface StackedBar {
  title: string;
  parts: BarPart[];
  onSelect?: () => void;
}

const useStyles = makeStyles({
  // A thin dark edge on every part: the white "in progress" part shows, and parts stay apart in grey.
  root: {
    '& svg rect': { stroke: '#404040', strokeWidth: '0.5px' },
  },
  clickable: { '& svg': { cursor: 'pointer' } },
});

/**
 * Stacked horizontal bars (Fluent UI charts), one per {@link StackedBar}, on one scale so
 * bars compare; the total at the right of each title. Loaded lazily: the chart library is a
 * chunk of its own, fetched when a chart is first shown.
 */
export default function StackedBars({ bars, width, label }: { bars: StackedBar[]; width?: number; label: string }) {
  const styles = useStyles();
  const data: ChartProps[] = bars.map((b) => ({
    chartTitle: b.title,
    chartData: b.parts.map((p) => ({
      legend: p.legend,
      horizontalBarChartdata: { x: p.value, total: b.parts.reduce((t, q) => t + q.value, 0) },
      color: p.color,
      ...(b.onSelect ? { onClick: b.onSelect } : {}),
    })),
  }));
  const clickable = bars.some((b) => b.onSelect);
  return (
    <div className={clickable ? `${styles.root} ${styles.clickable}` : styles.root} role="figure" aria-label={label} style={{ color: tokens.colorNeutralForeground1 }}>
      <HorizontalBarChart data={data} variant={HorizontalBarChartVariant.AbsoluteScale} barHeight={14} width={width} culture="vi-VN" />
    </div>
  );
}
