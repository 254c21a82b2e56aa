// CSV for downloads and for `extract --tables`: a header row from the first row's keys.
import {csvFormat} from "d3-dsv";

export function toCsv(rows: object[]): string {
  if (!rows.length) return "";
  const columns = Object.keys(rows[0]);
  return csvFormat(rows as Record<string, unknown>[] as never, columns) + "\n";
}
