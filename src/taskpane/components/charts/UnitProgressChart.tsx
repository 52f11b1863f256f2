import { useMemo } from 'react';
import { PROGRESS_GROUPS, unitProgress } from '../../../core/highlight/progressChart';
import type { PlanStatus } from '../../../core/status/model';
import { useStrings } from '../../i18n/context';
import { ChartSection } from './ChartSection';

/**
 * "Kế hoạch": a stacked bar per lead unit (Quá hạn, Sắp đến hạn, Đang thực hiện, Hoàn thành,
 * Thường xuyên / chưa có hạn) in the status palette, symbols in the legend; clicking a unit's
 * bar selects that unit, as the unit picker does. The same counts as the status sheet's chart.
 */
export function UnitProgressChart({ status, onSelectUnit }: { status: PlanStatus; onSelectUnit: (unit: string) => void }) {
  const strings = useStrings();
  const bars = useMemo(
    () =>
      unitProgress(status).map((b) => ({
        title: b.label,
        parts: PROGRESS_GROUPS.map((g) => ({ legend: `${g.symbol} ${g.key === 'calm' ? strings.charts.calm : strings.status[g.statuses[0]]}`, value: b.counts[g.key], color: g.fill })),
        onSelect: () => onSelectUnit(b.label),
      })),
    [status, strings, onSelectUnit],
  );
  // Shown in the tab's "Biểu đồ tiến độ" section, which carries the heading.
  return <ChartSection heading={strings.charts.progress} hint={strings.charts.progressHint} bars={bars} testId="unit-progress-chart" showHeading={false} />;
}
