// Tables with a CSV download, and the key-figure cards.
import * as Inputs from "@observablehq/inputs";
import {html} from "htl";
import {downloadCsv} from "./download.js";

export interface TableOptions {
  filename: string;
  columns?: string[];
  header?: Record<string, string>;
  format?: Record<string, (value: any, i: number, data: any[]) => any>;
  width?: Record<string, number | string> | number;
  rows?: number;
  sort?: string;
  reverse?: boolean;
  select?: boolean;
  /**
   * "auto" (the default): columns as wide as their content, the table scrolls sideways when they do
   * not fit. "fixed": columns as wide as `width` says, sharing out any room left, long text cut
   * with an ellipsis, so that every column is in view.
   */
  layout?: "auto" | "fixed";
  /** The rows written to CSV, if not the rows shown (e.g. raw codes instead of links). */
  csv?: object[] | (() => object[]);
  csvColumns?: string[];
}

/** A cell's text with the whole of it on hover, for a column that a fixed layout cuts short. */
export const wholeOnHover = (v: string): HTMLElement => html`<span title=${v}>${v}</span>` as HTMLElement;

/** An Inputs.table with a "Download CSV" link under it. */
export function tableWithDownload(rows: object[], o: TableOptions): HTMLElement {
  const t = Inputs.table(rows, {
    columns: o.columns,
    header: o.header,
    format: o.format,
    width: o.width,
    rows: o.rows ?? 12.5,
    sort: o.sort,
    reverse: o.reverse,
    select: o.select ?? false,
    layout: o.layout ?? "auto"
  });
  return html`<div class="table-block">${t}<div class="table-foot">${downloadCsv(o.csv ?? rows, o.filename, {columns: o.csvColumns ?? o.columns})} <span class="muted">${rows.length.toLocaleString("en-US")} rows</span></div></div>`;
}

export function bigNumber(label: string, value: string | number, note?: string | Node): HTMLElement {
  return html`<div class="card big-number"><h2>${label}</h2><span class="big">${typeof value === "number" ? value.toLocaleString("en-US") : value}</span>${note ? html`<p class="muted">${note}</p>` : ""}</div>`;
}
