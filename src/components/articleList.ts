// A list of articles (newest first) as a table with titles, shown a page at a time: the titles
// come from a ListCatalog (the catalogue, or a partner's or province's own entries), fetched only
// for the rows shown. The CSV download has the rows shown.
import {html} from "htl";
import {ARTICLE_PAGE} from "./pageSizes.js";
import type {FacetRow, ListedArticle} from "../../loaders/contract.js";
import {dateLabel, links, plural} from "./format.js";
import {tableWithDownload} from "./table.js";

export interface ArticleListOptions {
  filename: string;
  /** "./" or "../": where the pages are, relative to this one. */
  root: string;
  /** An extra numeric column, e.g. the mentions of the page's entity. */
  extra?: {key: string; label: string; value: (row: FacetRow) => number};
  pageSize?: number;
}

/** "Show 50 more articles (1,234 not shown)": disabled once clicked, while the next page loads. */
export function showMore(left: number, pageSize: number, next: () => void): HTMLButtonElement {
  const button = html`<button type="button">Show ${plural(Math.min(pageSize, left), "more article")} (${left.toLocaleString("en-US")} not shown)</button>` as HTMLButtonElement;
  button.onclick = () => {
    button.disabled = true;
    next();
  };
  return button;
}

/** Where a list finds what it shows of its articles: the catalogue (catalog.ts) or a page's own (entityCatalog.ts). */
export interface ListCatalog {
  rows(list: FacetRow[]): Promise<ListedArticle[]>;
}

export function articleList(rows: FacetRow[], cat: ListCatalog, o: ArticleListOptions): HTMLElement {
  const link = links(o.root);
  const pageSize = o.pageSize ?? ARTICLE_PAGE;
  const out = html`<div class="article-list"><p class="muted">Loading ${plural(rows.length, "article")}…</p></div>` as HTMLElement;
  let shown = 0;
  const render = async (n: number) => {
    const list = await cat.rows(rows.slice(0, n));
    shown = list.length;
    const data = list.map((a) => ({
      id: a.id,
      title: a.title ?? a.file,
      date: dateLabel({year: a.y, month: a.m, day: a.d}),
      year: a.y,
      source: a.source ?? "",
      ...(o.extra ? {[o.extra.key]: o.extra.value(a)} : {}),
      i: a.i
    }));
    const columns = ["title", "date", "source", ...(o.extra ? [o.extra.key] : [])];
    const table = tableWithDownload(data, {
      filename: o.filename,
      columns,
      header: {title: "Title", date: "Date", source: "Source", ...(o.extra ? {[o.extra.key]: o.extra.label} : {})},
      format: {title: (v: string, i: number, d: typeof data) => html`<a href=${link.article(d[i].id, undefined, d[i].i)}>${v}</a>`},
      csvColumns: ["id", "title", "date", "year", "source", ...(o.extra ? [o.extra.key] : [])]
    });
    const left = rows.length - shown;
    out.replaceChildren(table, ...(left > 0 ? [showMore(left, pageSize, () => render(shown + pageSize))] : []));
  };
  if (rows.length) render(pageSize);
  else out.replaceChildren(html`<p class="muted">No article in this selection.</p>`);
  return out;
}
