// CSV for the pages' downloads and for `npm run extract -- --tables`: the given columns (or the first
// row's keys), lists joined with ";", nothing for null. A text cell that a spreadsheet would run as
// a formula (it starts with =, +, -, @, a tab or a carriage return: a title from the corpus could)
// is written with a leading apostrophe; numbers are written as they are.
import {csvFormat} from "d3-dsv";

/** A cell as a spreadsheet reads it safely: text starting like a formula gets a leading "'". */
export function safeCell(v: unknown): unknown {
  return typeof v === "string" && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

export function toCsv(rows: object[], columns?: string[]): string {
  const cols = columns ?? (rows.length ? Object.keys(rows[0]) : []);
  const flat = rows.map((r) =>
    Object.fromEntries(
      cols.map((c) => {
        const v = (r as Record<string, unknown>)[c];
        return [c, safeCell(Array.isArray(v) ? v.join(";") : v === null || v === undefined ? "" : v)];
      })
    )
  );
  return csvFormat(flat as never, cols);
}
