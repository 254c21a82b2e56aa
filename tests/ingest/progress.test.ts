// What the person running `npm run ingest` reads: the progress line and the summary.
import {describe, expect, it} from "vitest";
import {countsText, emptyCounts, progressLine, summaryText} from "../../loaders/ingest/progress.js";
import type {IngestResult} from "../../loaders/ingest/runIngest.js";

describe("progressLine", () => {
  it("gives the addresses done of those known, the counts, the rate and the time left", () => {
    const counts = {...emptyCounts(), written: 20, unchanged: 5, duplicate: 3, skipped: 7};
    expect(progressLine(counts, 120, 25_000)).toBe("ingest: 35/120 done · 20 written, 5 unchanged, 3 duplicate, 7 skipped · 1.4 pages/s · about 1 min left");
    expect(progressLine(emptyCounts(), 10, 3000)).toContain("time left unknown");
  });
});

describe("summaryText", () => {
  it("counts by outcome, then lists every address that was not simply written, skips with their reason", () => {
    const results: IngestResult[] = [
      {input: "https://a.vn/1", outcome: "written", path: "a.vn/1.md"},
      {input: "https://a.vn/2?utm_source=x", outcome: "duplicate", message: "same address as https://a.vn/2"},
      {input: "https://a.vn/3", outcome: "skipped", reason: "http-status", message: "HTTP 404"},
      {input: "https://a.vn/feed", outcome: "listing", message: "feed listing 3 addresses"}
    ];
    const counts = {...emptyCounts(), written: 1, duplicate: 1, skipped: 1, listing: 1};
    expect(countsText(counts)).toBe("1 written, 1 duplicate, 1 skipped, 1 feed or sitemap read");
    expect(summaryText(results, counts, 5, 2, 1500).split("\n")).toEqual([
      "ingest: 1 written, 1 duplicate, 1 skipped, 1 feed or sitemap read in 1.5 s (5 requests, 2 answers from the cache)",
      "written   https://a.vn/1  a.vn/1.md",
      "duplicate https://a.vn/2?utm_source=x  same address as https://a.vn/2",
      "skipped   https://a.vn/3  [http-status]  HTTP 404"
    ]);
  });
});
