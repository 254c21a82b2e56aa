// A list of articles (in position order: S&T cooperation first, newest first within a class) as a table with titles, a page of rows at a time: the titles
// come from a ListCatalog (the catalogue, or a profile's own entries), fetched only for the rows
// shown. The CSV download has the rows shown.
import {html} from "htl";
import type {ArticleFacts} from "../../loaders/contract.js";
import type {ListCatalog} from "./catalog.js";
import {dateLabel, plural} from "./prose.js";
import {tableWithDownload} from "./table.js";

export interface ArticleListOptions {
  filename: string;
  /** The link to an article's view. */
  href: (id: string) => string;
  /** An extra column, e.g. what the article says of the page's subject. */
  extra?: {key: string; label: string; value: (a: ArticleFacts) => string | number};
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

export const RELEVANCE_LABELS: Record<string, string> = {st_cooperation: "S&T cooperation", cooperation: "Cooperation", mention: "Mention", none: "—"};

/**
 * An article's title as a link, whole on hover (a list may cut it short); an article with no headline
 * shows the first words of its text instead, in italics, saying so on hover.
 */
export function titleLink(label: string, untitled: boolean, href: string): HTMLAnchorElement {
  return (untitled ? html`<a class="untitled" href=${href} title="No headline: the first words of the text">${label}</a>` : html`<a href=${href} title=${label}>${label}</a>`) as HTMLAnchorElement;
}

export function articleList(articles: ArticleFacts[], cat: ListCatalog, o: ArticleListOptions): HTMLElement {
  const pageSize = o.pageSize ?? 50;
  const out = html`<div class="article-list"><p class="muted">Loading ${plural(articles.length, "article")}…</p></div>` as HTMLElement;
  const render = async (n: number) => {
    const shown = articles.slice(0, n);
    const entries = await cat.entries(shown.map((a) => a.i));
    const data = shown.map((a, k) => ({
      id: entries[k].id,
      title: entries[k].title ?? "",
      label: entries[k].title ?? entries[k].lead ?? entries[k].file,
      untitled: !entries[k].title,
      date: dateLabel(entries[k].date),
      source: a.source ?? "",
      class: RELEVANCE_LABELS[a.relevance],
      ...(o.extra ? {[o.extra.key]: o.extra.value(a)} : {})
    }));
    const columns = ["date", "source", "class", ...(o.extra ? [o.extra.key] : [])];
    // Fixed widths keep Date and Class in view beside long titles; no Source column when no article shown names one.
    const shownColumns = columns.filter((c) => c !== "source" || data.some((d) => d.source));
    const table = tableWithDownload(data, {
      filename: o.filename,
      columns: ["label", ...shownColumns],
      header: {label: "Title", date: "Date", source: "Source", class: "Class", ...(o.extra ? {[o.extra.key]: o.extra.label} : {})},
      format: {label: (v: string, i: number, d: typeof data) => titleLink(v, d[i].untitled, o.href(d[i].id))},
      layout: "fixed",
      width: {label: 260, date: 85, source: 110, class: 120},
      csvColumns: ["id", "title", ...columns]
    });
    const left = articles.length - shown.length;
    out.replaceChildren(table, ...(left > 0 ? [showMore(left, pageSize, () => render(n + pageSize))] : []));
  };
  if (articles.length) render(pageSize);
  else out.replaceChildren(html`<p class="muted">No article in this selection.</p>`);
  return out;
}
