import { useMemo } from 'react';
import { onTimeRateText, RESULT_PARTS, resultBars } from '../../../core/forms/quarterChart';
import type { Ii05aCounts } from '../../../core/forms/definitions';
import { useStrings } from '../../i18n/context';
import { ChartSection } from './ChartSection';

/**
 * "Báo cáo quý" and "Tổng hợp": the quarter's II.05a as a bar per lĩnh vực (`fields`, the
 * form's rows) or per unit (`units`, the department's), of dossiers resolved before, on and
 * after the due day and still open, the on-time rate ((8)+(9))/(7) written with each bar.
 */
export function QuarterResultsChart({ fields, units, testId }: { fields?: readonly ({ field: string } & Ii05aCounts)[]; units?: readonly { unit: string; counts: Ii05aCounts }[]; testId: string }) {
  const strings = useStrings();
  const bars = useMemo(() => {
    const rows = units ? units.map((u) => ({ name: u.unit, counts: u.counts })) : (fields ?? []).map((r) => ({ name: r.field, counts: r }));
    return resultBars(rows).map((b) => ({
      title: `${b.name} — ${b.onTimeRate === null ? strings.charts.noneResolved : strings.charts.onTime(onTimeRateText(b.onTimeRate))}`,
      parts: RESULT_PARTS.map((p) => ({ legend: `${p.symbol} ${strings.charts.parts[p.key]}`, value: b.counts[p.key], color: p.fill })),
    }));
  }, [fields, units, strings]);
  return <ChartSection heading={units ? strings.charts.resultsByUnit : strings.charts.resultsByField} bars={bars} testId={testId} />;
}
