// Reading the reference tables in data/: tab-separated, a header row, one row per entity,
// several values in one cell separated by " | ".

/** Parses TSV text into one object per row, keyed by the header's column names. */
export function parseTsv(text: string): Record<string, string>[] {
  const lines = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  const header = (lines.shift() ?? "").split("\t").map((h) => h.trim());
  const rows: Record<string, string>[] = [];
  for (const line of lines) {
    if (line.trim() === "") continue;
    const cells = line.split("\t");
    const row: Record<string, string> = {};
    header.forEach((name, i) => (row[name] = (cells[i] ?? "").trim()));
    rows.push(row);
  }
  return rows;
}

/** Splits a " | "-separated cell into its non-empty values. */
export function splitList(cell: string | undefined): string[] {
  if (!cell) return [];
  return cell
    .split("|")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Formats rows as TSV (values must not contain tabs or newlines). */
export function formatTsv(rows: Record<string, unknown>[], columns: string[]): string {
  const clean = (v: unknown) => (v == null ? "" : String(v).replace(/[\t\n\r]+/g, " "));
  return [columns.join("\t"), ...rows.map((r) => columns.map((c) => clean(r[c])).join("\t"))].join("\n") + "\n";
}
