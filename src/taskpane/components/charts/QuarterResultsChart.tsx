import { onTimeRateText, RESULT_PARTS, resultBars } from '../../../core/charts/quarterChart';
import type { Ii05aCounts } from '../../../core/forms/definitions';
import { useStrings } from '../../i18n/context';
import { ChartSection } from './ChartSection';

/**
 * "Báo cáo quý" and "Tổng hợp": the quarter's II.05a as a bar per lĩnh vực (the department:
 * per unit) of dossiers resolved before, on and after the due day and still open, the on-time
 * rate ((8)+(9))/(7) written with each bar.
 */
export function QuarterResultsChart({ rows, byUnit = false, testId }: { rows: { name: string; counts: Ii05aCounts }[]; byUnit?: boolean; testId: string }) {
  const strings = useStrings();
  const bars = resultBars(rows).map((b) => ({
    title: `${b.name} — ${b.onTimeRate === null ? strings.charts.noneResolved : strings.charts.onTime(onTimeRateText(b.onTimeRate))}`,
    parts: RESULT_PARTS.map((p) => ({ legend: `${p.symbol} ${strings.charts.parts[p.key]}`, value: b.counts[p.key], color: p.fill })),
  }));
  return <ChartSection heading={byUnit ? strings.charts.resultsByUnit : strings.charts.resultsByField} bars={bars} testId={testId} />;
}
