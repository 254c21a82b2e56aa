// The sizes of the charts, in one place: the chart components draw with them, and the cards keep
// that much room free while their data loads (style.css reads them as CSS variables, set here when
// a page imports a chart), so that the page does not jump when the data arrives.
export const SIZES = {
  /** rankedBars: a bar, and the axis. */
  barRow: 24,
  barAxis: 40,
  /** fieldBars: a field, and the axis and legend. */
  fieldRow: 22,
  fieldAxis: 70,
  /** heatmap: a row, and the rotated column labels and legend at their longest. */
  cellRow: 24,
  cellAxis: 170,
  /** bipartite: a node, and the margins. */
  nodeRow: 26,
  nodeAxis: 40,
  /** timeBars. */
  time: 240,
  /** Maps: height ÷ width (Vietnam with its archipelagos, at most 520px wide, and its legend). */
  worldAspect: 0.5,
  vietnamAspect: 1.1
} as const;

if (typeof document !== "undefined") {
  for (const [key, value] of Object.entries(SIZES)) {
    document.documentElement.style.setProperty(`--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, key.endsWith("Aspect") ? String(value) : `${value}px`);
  }
}
