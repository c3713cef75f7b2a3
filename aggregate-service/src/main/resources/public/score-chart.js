// The score-history line chart (Chart.js from the WebJar, loaded as the global `Chart`).
// The x axis is linear in epoch milliseconds with formatted ticks, so no date adapter is needed;
// the line is stepped because a score holds until the next article changes it.
import { formatScore, formatTime, toMillis, verdictLabel } from './dom.js';

const MINUTE = 60_000;
const TIME_STEPS = [1, 5, 15, 30, 60, 180, 360, 720, 1440, 10080].map((m) => m * MINUTE);

/** Ticks on round clock times (every 1, 5, 15, 30 min, 1, 3, 6, 12 h, 1 day, 1 week), at most five. */
function timeTicks(axis) {
  const { min, max } = axis;
  if (!Number.isFinite(min) || !Number.isFinite(max) || max <= min) return;
  const step = TIME_STEPS.find((s) => (max - min) / s <= 5) || TIME_STEPS[TIME_STEPS.length - 1];
  const ticks = [];
  for (let t = Math.ceil(min / step) * step; t <= max; t += step) ticks.push({ value: t });
  axis.ticks = ticks;
}

const VERDICT_COLOURS = {
  CONFIRMED: '#1a7f37', DENIED: '#c62828', DISPUTED: '#b26a00', UNVERIFIED: '#6b7280',
};

function points(history) {
  return (history || [])
    .map((h) => ({ x: toMillis(h.at), y: Number(h.score), verdict: h.verdict, articleId: h.articleId }))
    .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
    .sort((a, b) => a.x - b.x);
}

/** Keeps one Chart instance bound to a canvas and redraws it from a claim's history. */
export class ScoreChart {
  constructor(canvas) {
    this.canvas = canvas;
    this.chart = null;
  }

  show(history) {
    const data = points(history);
    this.canvas.dataset.points = String(data.length);
    if (typeof window.Chart !== 'function') {
      this.canvas.dataset.error = 'Chart.js did not load';
      return;
    }
    if (!this.chart) this.chart = new window.Chart(this.canvas, this.config());
    const dataset = this.chart.data.datasets[0];
    dataset.data = data;
    dataset.pointBackgroundColor = data.map((p) => VERDICT_COLOURS[p.verdict] || '#374151');
    const xs = data.map((p) => p.x);
    const span = xs.length ? Math.max(...xs) - Math.min(...xs) : 0;
    const pad = span > 0 ? span * 0.05 : 30 * 60_000; // keep the first and last points off the edges
    this.chart.options.scales.x.min = xs.length ? Math.min(...xs) - pad : undefined;
    this.chart.options.scales.x.max = xs.length ? Math.max(...xs) + pad : undefined;
    this.chart.update('none');
    this.canvas.setAttribute('aria-label',
      `Score history chart, ${data.length} point${data.length === 1 ? '' : 's'}` +
      (data.length ? `, latest ${formatScore(data[data.length - 1].y)}` : ''));
    this.canvas.dataset.rendered = String(Number(this.canvas.dataset.rendered || 0) + 1);
  }

  config() {
    return {
      type: 'line',
      data: {
        datasets: [{
          label: 'Score', data: [], stepped: 'before', borderColor: '#2563eb', borderWidth: 2,
          pointRadius: 4, pointHoverRadius: 6, fill: false,
        }],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        parsing: false,
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              title: (items) => formatTime(items[0].raw.x),
              label: (item) => `${formatScore(item.raw.y)} · ${verdictLabel(item.raw.verdict)}`,
              afterLabel: (item) => (item.raw.articleId ? `article: ${item.raw.articleId}` : ''),
            },
          },
        },
        scales: {
          x: { type: 'linear', afterBuildTicks: timeTicks, ticks: { callback: (v) => formatTime(v) } },
          y: {
            min: -1, max: 1,
            ticks: { stepSize: 0.5, callback: (v) => formatScore(v) },
            grid: { color: (ctx) => (ctx.tick.value === 0 ? '#9ca3af' : '#e5e7eb') },
          },
        },
      },
    };
  }
}
