// The sizes of the charts, in one place: the chart components draw with them, and the cards keep
// that much room (style.css declares them as CSS variables on :root, so that the room is there at
// the first paint, before any script runs; a test holds style.css to these numbers), so that the
// page does not jump when the data arrives.
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

/** The CSS variables style.css declares for SIZES: "--bar-row: 24px", "--world-aspect: 0.5". */
export function cssVariables(): string[] {
  return Object.entries(SIZES).map(([key, value]) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${key.endsWith("Aspect") ? String(value) : `${value}px`}`);
}
