// What `npm run ingest` tells the person waiting: a progress line on long runs (how many
// addresses are done of those known so far, the counts by outcome, the rate and the time
// left at that rate), and the summary at the end, with every skipped address and its reason.
import type { IngestOutcome, IngestResult } from "./runIngest.js";

export type Counts = Record<IngestOutcome, number>;

export function emptyCounts(): Counts {
  return { written: 0, updated: 0, unchanged: 0, duplicate: 0, kept: 0, skipped: 0, listing: 0 };
}

/** "35/120 done · 20 written, 5 unchanged, 3 duplicate, 7 skipped · 1.4 pages/s · about 1 min left" */
export function progressLine(counts: Counts, known: number, elapsedMs: number): string {
  const done = Object.values(counts).reduce((a, b) => a + b, 0);
  const rate = done / Math.max(elapsedMs / 1000, 0.001);
  const left = rate > 0 ? (known - done) / rate : Infinity;
  return `ingest: ${done}/${known} done · ${countsText(counts)} · ${rate.toFixed(1)} pages/s · ${Number.isFinite(left) ? `about ${duration(left)} left` : "time left unknown"}`;
}

/** "12 written, 3 unchanged, 1 duplicate, 2 skipped" (outcomes with a count of 0 left out, except written). */
export function countsText(c: Counts): string {
  const parts = [`${c.written} written`];
  for (const k of ["updated", "unchanged", "duplicate", "kept", "skipped"] as const) if (c[k]) parts.push(`${c[k]} ${k}`);
  if (c.listing) parts.push(`${c.listing} ${c.listing === 1 ? "feed or sitemap" : "feeds and sitemaps"} read`);
  return parts.join(", ");
}

/** The summary printed at the end: one line of counts, then one line per address that was not simply written. */
export function summaryText(results: IngestResult[], counts: Counts, requests: number, cacheHits: number, elapsedMs: number): string {
  const lines = [`ingest: ${countsText(counts)} in ${duration(elapsedMs / 1000)} (${requests} ${requests === 1 ? "request" : "requests"}, ${cacheHits} ${cacheHits === 1 ? "answer" : "answers"} from the cache)`];
  const order: IngestOutcome[] = ["written", "updated", "unchanged", "kept", "duplicate", "skipped"];
  for (const kind of order) {
    for (const r of results) {
      if (r.outcome !== kind) continue;
      const where = r.path ? `  ${r.path}` : "";
      const why = r.message ? `  ${r.message}` : "";
      lines.push(`${kind.padEnd(9)} ${r.input}${kind === "skipped" ? `  [${r.reason}]` : ""}${why}${kind === "written" || kind === "updated" || kind === "unchanged" ? where : ""}`);
    }
  }
  return lines.join("\n");
}

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
