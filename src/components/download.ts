// Every table a page shows can be downloaded as CSV: a small link that makes the file in the browser.
import {html} from "htl";
import {toCsv} from "./csvFormat.js";

/** A "Download CSV" link for `rows` (or for what `rows()` returns at click time: a filtered view). */
export function downloadCsv(rows: object[] | (() => object[]), filename: string, {label = "Download CSV", columns}: {label?: string; columns?: string[]} = {}): HTMLElement {
  const a = html`<a class="download" href="#" download=${filename} role="button">⤓ ${label}</a>` as HTMLAnchorElement;
  a.addEventListener("click", () => {
    const data = typeof rows === "function" ? rows() : rows;
    const blob = new Blob(["\ufeff" + toCsv(data, columns)], {type: "text/csv;charset=utf-8"});
    const url = URL.createObjectURL(blob);
    a.href = url;
    setTimeout(() => {
      URL.revokeObjectURL(url);
      a.href = "#";
    }, 1000);
  });
  return a;
}

/** A "Download CSV" link whose rows must be fetched first (e.g. every part of an entity's evidence). */
export function downloadCsvAsync(rows: () => Promise<object[]>, filename: string, {label = "Download CSV", columns}: {label?: string; columns?: string[]} = {}): HTMLElement {
  const a = html`<a class="download" href="#" role="button">⤓ ${label}</a>` as HTMLAnchorElement;
  a.addEventListener("click", async (event) => {
    event.preventDefault();
    const data = await rows();
    const url = URL.createObjectURL(new Blob(["\ufeff" + toCsv(data, columns)], {type: "text/csv;charset=utf-8"}));
    const tmp = html`<a href=${url} download=${filename} hidden></a>` as HTMLAnchorElement;
    document.body.append(tmp);
    tmp.click();
    tmp.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  return a;
}
