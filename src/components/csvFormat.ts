// CSV for the pages' downloads and for `npm run extract -- --tables`: the given columns (or the first
// row's keys), lists joined with ";", nothing for null.
import {csvFormat} from "d3-dsv";

export function toCsv(rows: object[], columns?: string[]): string {
  const cols = columns ?? (rows.length ? Object.keys(rows[0]) : []);
  const flat = rows.map((r) =>
    Object.fromEntries(
      cols.map((c) => {
        const v = (r as Record<string, unknown>)[c];
        return [c, Array.isArray(v) ? v.join(";") : v === null || v === undefined ? "" : v];
      })
    )
  );
  return csvFormat(flat as never, cols);
}
