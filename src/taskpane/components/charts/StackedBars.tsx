import { useEffect, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartEvent } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** One part of a bar: legend text (symbol first), its count, its colour. */
export interface BarPart {
  legend: string;
  value: number;
  color: string;
}

/** One bar: its title (the label beside it) and parts; `onSelect` makes it clickable. */
export interface StackedBar {
  title: string;
  parts: BarPart[];
  onSelect?: () => void;
}

/** Fluent UI's base font stack (its token is a CSS variable, which a canvas cannot resolve). */
const FLUENT_FONT = '"Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif';
/** Characters of a bar label per line at pane widths. */
const LABEL_LINE = 20;
const BAR_ROW = 30;
const FRAME = 80;

/**
 * Inline styles, not Fluent's `makeStyles`: this module is a lazy chunk, and importing
 * `@fluentui/react-components` here would make webpack keep those modules apart in the pane's
 * first load (no module concatenation), which costs kilobytes there.
 */
const BOX = { position: 'relative', width: '100%' } as const;
const HIDDEN = { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;
/** Fluent's neutral foreground 1 (light theme), for the bar labels. */
const TEXT = '#242424';

/** A long label as lines of about {@link LABEL_LINE} characters, cut between words. */
function labelLines(text: string): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= LABEL_LINE) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Stacked horizontal bars (Chart.js, on a canvas), one per {@link StackedBar}, on one scale so
 * bars compare; the legend under them. Clicking a bar's row calls its `onSelect`. A hidden list
 * gives screen readers each bar's figures. Loaded lazily: the library is a chunk of its own.
 */
export default function StackedBars({ bars, label }: { bars: StackedBar[]; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current || bars.length === 0) return;
    const parts = bars[0].parts;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: bars.map((b) => labelLines(b.title)),
        datasets: parts.map((p, i) => ({
          label: p.legend,
          data: bars.map((b) => b.parts[i].value),
          backgroundColor: p.color,
          // A thin dark edge: the white "in progress" part shows, and parts stay apart in grey.
          borderColor: '#404040',
          borderWidth: 0.75,
          barPercentage: 0.8,
          categoryPercentage: 0.9,
        })),
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        font: { family: FLUENT_FONT, size: 11 },
        scales: {
          x: { stacked: true, beginAtZero: true, ticks: { precision: 0, font: { family: FLUENT_FONT, size: 10 } } },
          y: { stacked: true, ticks: { autoSkip: false, font: { family: FLUENT_FONT, size: 11 }, color: TEXT } },
        },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 12, boxHeight: 12, font: { family: FLUENT_FONT, size: 11 } } },
          tooltip: { enabled: true },
        },
        onClick: (event: ChartEvent, _elements, c) => {
          if (event.y === null) return;
          const index = c.scales.y.getValueForPixel(event.y);
          if (index !== undefined && index >= 0 && index < bars.length) bars[Math.round(index)].onSelect?.();
        },
        onHover: (event, _elements, c) => {
          const target = event.native?.target as HTMLElement | undefined;
          if (target) target.style.cursor = bars.some((b) => b.onSelect) && event.y !== null && event.y >= c.chartArea.top && event.y <= c.chartArea.bottom ? 'pointer' : 'default';
        },
      },
    });
    return () => chart.destroy();
  }, [bars]);
  const lines = bars.reduce((n, b) => n + Math.max(1, labelLines(b.title).length - 1), 0);
  return (
    <div style={{ ...BOX, height: FRAME + BAR_ROW * bars.length + 12 * lines }}>
      <canvas ref={canvas} role="img" aria-label={label} />
      <ul style={HIDDEN} data-testid="chart-bars">
        {bars.map((b, i) => (
          <li key={i} data-bar={b.title}>
            {b.title}: {b.parts.map((p) => `${p.legend} ${p.value}`).join(', ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
