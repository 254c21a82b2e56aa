// The Articles page: filters (search, partner, province, field, year, source) kept in the URL, a
// table of the matching articles (titles fetched from the catalogue a page of rows at a time), and
// the article view (text with entities highlighted, chrome
// dimmed, extracted facts beside it), whose text is fetched on demand, one chunk at a time.
import {rollup, rollups, sort as sorted} from "d3-array";
import * as Inputs from "@observablehq/inputs";
import {html} from "htl";
import type {ArticleText, FacetRow, IndexRow, Names} from "../../loaders/contract.js";
import {showMore} from "./articleList.js";
import {fold} from "./fold.js";
import type {Catalog} from "./catalog.js";
import {activityLabel, dateLabel, fieldName, links, partnerName, plural, vnName} from "./format.js";
import {tableWithDownload} from "./table.js";
import {articleText, legend} from "./text.js";
import {getParam, setParams} from "./urlState.js";

export interface ArticleFilter {
  q: string;
  partner: string;
  province: string;
  field: string;
  year: string;
  source: string;
}

export const NO_YEAR_KEY = "none";


export function articleFilters(index: FacetRow[], names: Names): HTMLElement & {value: ArticleFilter} {
  const count = (get: (a: FacetRow) => string[]) => rollup(index.flatMap(get), (v) => v.length, (x) => x);
  const partners = count((a) => [...a.c, ...a.o].map(([c]) => c));
  const provinces = count((a) => a.p.map(([c]) => c));
  const fields = count((a) => a.f.map(([c]) => c));
  const years = count((a) => [a.y === null ? NO_YEAR_KEY : String(a.y)]);
  const sources = count((a) => (a.source ? [a.source] : []));
  const options = (m: Map<string, number>, label: (k: string) => string, sort: (k: string) => string | number = label) => ["", ...sorted(m.keys(), sort)].map((k) => ({k, label: k ? `${label(k)} (${m.get(k)})` : "All"}));
  const select = (key: keyof ArticleFilter, title: string, opts: {k: string; label: string}[]) => {
    const initial = getParam(key) ?? "";
    return Inputs.select(opts, {label: title, format: (o: {label: string}) => o.label, valueof: (o: {k: string}) => o.k, value: opts.find((o) => o.k === initial) ?? opts[0]});
  };
  const inputs = {
    q: Inputs.text({label: "Search", placeholder: "Title, source, file…", value: getParam("q") ?? ""}),
    partner: select("partner", "Partner", options(partners, (k) => partnerName(names, k))),
    province: select("province", "Province", options(provinces, (k) => vnName(names, k))),
    field: select("field", "Field", options(fields, (k) => fieldName(names, k))),
    year: select("year", "Year", options(years, (k) => (k === NO_YEAR_KEY ? "No stated year" : k), (k) => (k === NO_YEAR_KEY ? "9999" : k))),
    source: select("source", "Source", options(sources, (k) => k))
  };
  const form = Inputs.form(inputs, {template: (i: Record<string, HTMLElement>) => html`<div class="filters">${Object.values(i)}</div>`});
  form.addEventListener("input", () => setParams({...form.value}));
  return form;
}

/** The articles that pass the filters other than the search (which needs the titles). */
export function filterFacets(index: FacetRow[], f: ArticleFilter): FacetRow[] {
  return index.filter(
    (a) =>
      (!f.partner || a.c.some(([c]) => c === f.partner) || a.o.some(([c]) => c === f.partner)) &&
      (!f.province || a.p.some(([c]) => c === f.province)) &&
      (!f.field || a.f.some(([c]) => c === f.field)) &&
      (!f.year || (f.year === NO_YEAR_KEY ? a.y === null : String(a.y) === f.year)) &&
      (!f.source || a.source === f.source)
  );
}

/** Does an article match the search text (title, source, file, id; without diacritics)? */
export function matchesSearch(a: IndexRow, q: string): boolean {
  const folded = fold(q.trim());
  return !folded || fold(`${a.title ?? ""} ${a.source ?? ""} ${a.file} ${a.id}`).includes(folded);
}

/**
 * The matching articles, newest first, a page of rows at a time: the count, the table (titles
 * from the catalogue) and a button for the next page. A search fetches the whole catalogue.
 */
export function articleResults(rows: FacetRow[], total: number, f: ArticleFilter, cat: Catalog, names: Names, picker: HTMLElement & {value: string | null}, pageSize = 100): HTMLElement {
  const out = html`<div><p class="muted">Loading…</p></div>` as HTMLElement;
  const searching = !!fold(f.q.trim());
  const render = async (n: number) => {
    const matching = searching ? (await cat.rows(rows)).filter((a) => matchesSearch(a, f.q)) : null;
    const count = matching ? matching.length : rows.length;
    const shown = matching ? matching.slice(0, n) : await cat.rows(rows.slice(0, n));
    const left = count - shown.length;
    out.replaceChildren(
      html`<p>${count === total ? html`All ${plural(total, "article")}` : html`${count.toLocaleString("en-US")} of ${plural(total, "article")} match`}${left > 0 ? `; the newest ${shown.length.toLocaleString("en-US")} are listed` : ""}. Click a title to open it below.</p>`,
      html`<div class="card">${articleTable(shown, names, picker)}${left > 0 ? showMore(left, pageSize, () => render(n + pageSize)) : ""}</div>`
    );
  };
  render(pageSize);
  return out;
}

/** A hidden element whose value is the open article's id (from ?id= at first). */
export function articlePicker(): HTMLElement & {value: string | null} {
  const picker = html`<span hidden></span>` as HTMLElement & {value: string | null};
  picker.value = getParam("id");
  return picker;
}

export function openArticle(picker: HTMLElement & {value: string | null}, id: string, at?: number): void {
  picker.value = id;
  setParams({id, s: null, at});
  picker.dispatchEvent(new Event("input"));
  document.getElementById("article-view")?.scrollIntoView({behavior: "smooth", block: "start"});
}

export function articleTable(rows: IndexRow[], names: Names, picker: HTMLElement & {value: string | null}): HTMLElement {
  const data = rows.map((a) => ({
    id: a.id,
    i: a.i,
    title: a.title ?? `(no title) ${a.file}`,
    date: dateLabel({year: a.y, month: a.m, day: a.d}),
    year: a.y,
    month: a.m,
    day: a.d,
    source: a.source ?? "",
    partners: [...a.c, ...a.o].map(([c]) => partnerName(names, c)).join(", "),
    provinces: a.p.map(([c]) => vnName(names, c)).join(", "),
    fields: a.f.map(([c]) => fieldName(names, c)).join(", "),
    pairs: a.e.length,
    evidence: new Set(a.e.flatMap(([, , s]) => s)).size,
    file: a.file
  }));
  return tableWithDownload(data, {
    filename: "articles.csv",
    columns: ["title", "date", "source", "partners", "provinces", "evidence"],
    header: {title: "Title", date: "Date", source: "Source", partners: "Partners", provinces: "Provinces", evidence: "Evidence"},
    width: {title: 320, partners: 160, provinces: 140},
    format: {
      title: (v: string, i: number, d: typeof data) => {
        const a = html`<a href=${`?id=${encodeURIComponent(d[i].id)}&at=${d[i].i}`}>${v}</a>` as HTMLAnchorElement;
        a.onclick = (event: MouseEvent) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey) return;
          event.preventDefault();
          openArticle(picker, d[i].id, d[i].i);
        };
        return a;
      }
    },
    csvColumns: ["id", "file", "title", "year", "month", "day", "source", "partners", "provinces", "fields", "pairs", "evidence"],
    rows: 15
  });
}

/**
 * An article's web address (from its front matter) if it is a plain http(s) address, else null:
 * a `javascript:` or `data:` address written into an article file must never become a link.
 */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

/** The extracted facts of one article, for the side panel. */
export function articleFacts(a: IndexRow, names: Names, root = "./"): HTMLElement {
  const link = links(root);
  const items = (list: [string, number][], name: (c: string) => string, href?: (c: string) => string) =>
    list.length ? html`${list.map(([c, n], i) => html`${i ? ", " : ""}${href ? html`<a href=${href(c)}>${name(c)}</a>` : name(c)} <span class="muted">×${n}</span>`)}` : html`<span class="muted">none</span>`;
  return html`<dl class="facts">
    <dt>Date</dt><dd>${dateLabel({year: a.y, month: a.m, day: a.d})}</dd>
    <dt>Source</dt><dd>${a.source ?? html`<span class="muted">not stated</span>`}${safeUrl(a.url) ? html` · <a href=${safeUrl(a.url)} rel="noopener noreferrer">original</a>` : a.url ? html` · <span class="muted">${a.url}</span>` : ""}</dd>
    <dt>File</dt><dd><code>${a.file}</code></dd>
    <dt>Countries</dt><dd>${items(a.c, (c) => partnerName(names, c), link.partner)}</dd>
    <dt>Organisations</dt><dd>${items(a.o, (c) => partnerName(names, c), link.partner)}</dd>
    <dt>Provinces</dt><dd>${items(a.p, (c) => vnName(names, c), link.province)}</dd>
    <dt>Fields</dt><dd>${items(a.f, (c) => fieldName(names, c), link.field)}</dd>
    <dt>Cooperation pairs</dt><dd>${
      a.e.length
        ? html`<ul>${a.e.map(([vn, p, s]) => html`<li>${vnName(names, vn)} ↔ ${partnerName(names, p)} <span class="muted">(${plural(s.length, "sentence")}: ${s.map((x, i) => html`${i ? ", " : ""}<a href=${`?id=${encodeURIComponent(a.id)}&s=${x}&at=${a.i}`}>#${x + 1}</a>`)})</span></li>`)}</ul>`
        : html`<span class="muted">none</span>`
    }</dd>
    ${a.w ? html`<dt>Warnings</dt><dd>${a.w.split(";").join(", ")}</dd>` : ""}
  </dl>`;
}

export function articleView(a: IndexRow, detail: ArticleText | null, names: Names, {sentence, root = "./"}: {sentence?: number; root?: string} = {}): HTMLElement {
  const cues = detail ? rollups(detail.mentions.filter((m) => m[2] === "cue"), (v) => v.length, (m) => m[3]) : [];
  return html`<div class="article-layout">
    <div class="card">
      <h2>${a.title ?? html`<span class="muted">(no title)</span>`}</h2>
      ${legend()}
      ${detail ? articleText(detail, names, {sentence}) : html`<p class="muted">The text of this article could not be loaded.</p>`}
    </div>
    <div class="card">
      <h2>Extracted facts</h2>
      ${articleFacts(a, names, root)}
      ${cues.length ? html`<p class="muted" style="font-size: 0.85rem">Cooperation cues: ${cues.map(([c, n]) => `${activityLabel(c)} ×${n}`).join(", ")}.</p>` : ""}
      <p class="muted" style="font-size: 0.85rem">Dimmed lines are page chrome (menus, related links, credits): not counted.</p>
    </div>
  </div>`;
}
