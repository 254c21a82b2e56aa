// The Articles page: filters (search, partner, province, field, year, source) kept in the address,
// a table of the matching articles (titles fetched from the catalogue a page of rows at a time),
// and the article view: the text with what was extracted highlighted, page chrome dimmed, and why
// the article is in its class (the pair and the S&T cue it came from).
import * as Inputs from "@observablehq/inputs";
import {html} from "htl";
import type {ArticleFacts, ArticleText, CatalogRow, Names, Scope} from "../../loaders/contract.js";
import {RELEVANCE_LABELS, showMore, titleLink} from "./articleList.js";
import type {ListCatalog} from "./catalog.js";
import {codesOf} from "./counts.js";
import {fold} from "./fold.js";
import {activityLabel, fieldName, links, partnerName, vnName} from "./names.js";
import {dateLabel, list, plural} from "./prose.js";
import {tableWithDownload, wholeOnHover} from "./table.js";
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

/** The filter inputs, each with the number of articles in the scope it would keep. */
export function articleFilters(rows: ArticleFacts[], names: Names, scope: Scope): HTMLElement & {value: ArticleFilter} {
  const count = (get: (a: ArticleFacts) => Iterable<string>) => {
    const m = new Map<string, number>();
    for (const a of rows) for (const k of new Set(get(a))) m.set(k, (m.get(k) ?? 0) + 1);
    return m;
  };
  const partners = count((a) => codesOf(a, "partner", scope).keys());
  const provinces = count((a) => codesOf(a, "province", scope).keys());
  const fields = count((a) => codesOf(a, "field", scope).keys());
  const years = count((a) => [a.y === null ? NO_YEAR_KEY : String(a.y)]);
  const sources = count((a) => (a.source ? [a.source] : []));
  const options = (m: Map<string, number>, label: (k: string) => string, sort: (k: string) => string = label) =>
    ["", ...[...m.keys()].sort((x, y) => sort(x).localeCompare(sort(y)))].map((k) => ({k, label: k ? `${label(k)} (${m.get(k)})` : "All"}));
  const select = (key: keyof ArticleFilter, title: string, opts: {k: string; label: string}[]) => {
    const initial = getParam(key) ?? "";
    // Inputs.select matches `value` against what `valueof` returns (the key), not against an option.
    return Inputs.select(opts, {label: title, format: (o: {label: string}) => o.label, valueof: (o: {k: string}) => o.k, value: (opts.find((o) => o.k === initial) ?? opts[0]).k});
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

/** The articles of the scope that pass the filters other than the search (which needs the titles). */
export function filterArticles(rows: ArticleFacts[], f: ArticleFilter, scope: Scope): ArticleFacts[] {
  return rows.filter(
    (a) =>
      (!f.partner || codesOf(a, "partner", scope).has(f.partner)) &&
      (!f.province || codesOf(a, "province", scope).has(f.province)) &&
      (!f.field || codesOf(a, "field", scope).has(f.field)) &&
      (!f.year || (f.year === NO_YEAR_KEY ? a.y === null : String(a.y) === f.year)) &&
      (!f.source || a.source === f.source)
  );
}

/** Does an article match the search text (title, source, file, id; without diacritics)? */
export function matchesSearch(a: Partial<CatalogRow>, q: string): boolean {
  const folded = fold(q.trim());
  return !folded || fold(`${a.title ?? ""} ${a.lead ?? ""} ${a.source ?? ""} ${a.file ?? ""} ${a.id ?? ""}`).includes(folded);
}

/** A hidden element whose value is the open article's id (from ?id= at first). */
export function articlePicker(): HTMLElement & {value: string | null} {
  const picker = html`<span hidden></span>` as HTMLElement & {value: string | null};
  picker.value = getParam("id");
  return picker;
}

export function openArticle(picker: HTMLElement & {value: string | null}, id: string): void {
  picker.value = id;
  setParams({id, s: null});
  picker.dispatchEvent(new Event("input"));
  document.getElementById("article-view")?.scrollIntoView({behavior: "smooth", block: "start"});
}

/**
 * The matching articles in position order (S&T cooperation first, newest first within a class), a page of rows at a time: the count, the table (titles
 * from the catalogue) and a button for the next page. A search reads the whole catalogue.
 */
export function articleResults(rows: ArticleFacts[], inScope: number, f: ArticleFilter, cat: ListCatalog, names: Names, scope: Scope, picker: HTMLElement & {value: string | null}, pageSize = 100): HTMLElement {
  const out = html`<div><p class="muted">Loading…</p></div>` as HTMLElement;
  const searching = !!fold(f.q.trim());
  const render = async (n: number) => {
    let matching = rows;
    if (searching) {
      const entries = await cat.entries(rows.map((a) => a.i));
      matching = rows.filter((_, k) => matchesSearch(entries[k], f.q));
    }
    const shown = matching.slice(0, n);
    const entries = await cat.entries(shown.map((a) => a.i));
    const left = matching.length - shown.length;
    const shownPhrase = shown.length === 1 ? "the first one is" : `the first ${shown.length.toLocaleString("en-US")} are`;
    out.replaceChildren(
      html`<p>${matching.length === inScope ? `All ${plural(inScope, "article")}` : `${matching.length.toLocaleString("en-US")} of ${plural(inScope, "article")} match`}${left > 0 ? `; ${shownPhrase} listed (S&T cooperation first, then the newest)` : ""}. Click a title to open it below.</p>`,
      html`<div class="card">${articleTable(shown, entries, names, scope, picker)}${left > 0 ? showMore(left, pageSize, () => render(n + pageSize)) : ""}</div>`
    );
  };
  render(pageSize);
  return out;
}

function articleTable(rows: ArticleFacts[], entries: Partial<CatalogRow>[], names: Names, scope: Scope, picker: HTMLElement & {value: string | null}): HTMLElement {
  const data = rows.map((a, k) => ({
    id: entries[k].id ?? "",
    title: entries[k].title ?? "",
    label: entries[k].title ?? entries[k].lead ?? entries[k].file ?? "",
    untitled: !entries[k].title,
    date: dateLabel(entries[k].date),
    source: a.source ?? "",
    class: RELEVANCE_LABELS[a.relevance],
    partners: [...codesOf(a, "partner", scope).keys()].map((c) => partnerName(names, c)).join(", "),
    provinces: [...codesOf(a, "province", scope).keys()].map((c) => vnName(names, c)).join(", "),
    fields: [...codesOf(a, "field", scope).keys()].map((c) => fieldName(names, c)).join(", "),
    file: entries[k].file ?? ""
  }));
  // A corpus whose files name no outlet (a crawl, VNTC) would show an empty Source column: leave it out.
  const columns = ["label", "date", ...(data.some((d) => d.source) ? ["source"] : []), "class", "partners", "provinces"];
  return tableWithDownload(data, {
    filename: "articles.csv",
    columns,
    header: {label: "Title", date: "Date", source: "Source", class: "Class", partners: "Partners", provinces: "Provinces"},
    // Fixed widths keep every column in view beside long titles; a narrow screen scrolls sideways.
    layout: "fixed",
    width: {label: 250, date: 85, source: 70, class: 110, partners: 150, provinces: 100},
    format: {
      label: (v: string, i: number, d: typeof data) => {
        const a = titleLink(v, d[i].untitled, `?id=${encodeURIComponent(d[i].id)}`);
        a.onclick = (event: MouseEvent) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey) return;
          event.preventDefault();
          openArticle(picker, d[i].id);
        };
        return a;
      },
      partners: wholeOnHover,
      provinces: wholeOnHover
    },
    csvColumns: ["id", "file", "title", "date", "source", "class", "partners", "provinces", "fields"],
    rows: 15
  });
}

/**
 * An article's web address (from its front matter or its page) if it is a plain http(s) address,
 * else null: a `javascript:` or `data:` address written into an article file must never become a link.
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

const CLASS_EXPLAINED: Record<string, string> = {
  st_cooperation: "It reports cooperation that concerns science, technology or innovation.",
  cooperation: "It reports cooperation, none of it about science or technology.",
  mention: "It names a partner or a province, but no sentence reports cooperation between a Vietnamese side and a partner.",
  none: "It names no partner and no Vietnamese province."
};

type StCue = NonNullable<ArticleText["pairs"][number]["st"]>;

/** Why the article is in its class: the pair and S&T cue that put it there, then every pair with its sentences. */
export function whyThisClass(d: ArticleText, names: Names, href: (sentence: number) => string): HTMLElement {
  const pairs = new Map<string, {vn: string; partner: string; sentences: number[]; st: StCue | null; fields: Set<string>; activities: Set<string>}>();
  for (const p of d.pairs) {
    const k = `${p.vn}\t${p.partner}`;
    let r = pairs.get(k);
    if (!r) pairs.set(k, (r = {vn: p.vn, partner: p.partner, sentences: [], st: null, fields: new Set(), activities: new Set()}));
    if (!r.sentences.includes(p.sentence)) r.sentences.push(p.sentence);
    if (p.st && !r.st) r.st = p.st;
    for (const f of p.fields) r.fields.add(f);
    for (const x of p.activities) r.activities.add(x);
  }
  const sentenceLink = (s: number) => html`<a href=${href(s)}>sentence ${s + 1}</a>`;
  const cue = ([kind, code, sentence, start, end]: StCue) => {
    const what = kind === "field" ? `a cue of ${fieldName(names, code).toLowerCase()}` : kind === "activity" ? activityLabel(code).toLowerCase() : `an S&T word`;
    return html`<mark class="ent ent-st">${d.text.slice(start, end)}</mark> (${what}) in ${sentenceLink(sentence)}`;
  };
  const sorted = [...pairs.values()].sort((x, y) => (y.st ? 1 : 0) - (x.st ? 1 : 0));
  const lead = sorted[0];
  const because = lead
    ? lead.st
      ? html`For instance, ${vnName(names, lead.vn)} ↔ ${partnerName(names, lead.partner)}: ${cue(lead.st)}.`
      : html`For instance, ${vnName(names, lead.vn)} ↔ ${partnerName(names, lead.partner)} in ${sentenceLink(lead.sentences[0])}; no sentence of a pair names an S&T field or word.`
    : "";
  const item = (p: (typeof sorted)[number]) =>
    html`<li>${vnName(names, p.vn)} ↔ ${partnerName(names, p.partner)}${p.st ? " (S&T)" : ""}: ${[...p.activities].map(activityLabel).join(", ").toLowerCase()}; ${list(p.sentences.map(sentenceLink))}${p.fields.size ? `; ${[...p.fields].map((f) => fieldName(names, f).toLowerCase()).join(", ")}` : ""}.</li>`;
  return html`<div class="why">
    <p><b>${RELEVANCE_LABELS[d.relevance]}.</b> ${CLASS_EXPLAINED[d.relevance]} ${because}</p>
    ${sorted.length ? html`<details><summary>${plural(sorted.length, "cooperation pair")}</summary><ul>${sorted.map(item)}</ul></details>` : ""}
  </div>`;
}

const DATE_FROM: Record<string, string> = {metadata: "file's metadata", dateline: "dateline", lead: "lead, for the cooperation it reports"};

/** The extracted facts of one article, for the side panel. */
export function articleFacts(d: ArticleText, names: Names, link: ReturnType<typeof links>): HTMLElement {
  const counted = (kind: string) => {
    const m = new Map<string, number>();
    for (const [, , k, code] of d.mentions) if (k === kind) m.set(code, (m.get(code) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1]);
  };
  const items = (kind: string, name: (c: string) => string, href?: (c: string) => string) => {
    const list = counted(kind);
    return list.length ? html`${list.map(([c, n], i) => html`${i ? ", " : ""}${href ? html`<a href=${href(c)}>${name(c)}</a>` : name(c)} <span class="muted">×${n}</span>`)}` : html`<span class="muted">none</span>`;
  };
  const url = safeUrl(d.url);
  return html`<dl class="facts">
    <dt>Date</dt><dd>${dateLabel(d.date)}${d.dateFrom ? html` <span class="muted">(from the ${DATE_FROM[d.dateFrom] ?? d.dateFrom})</span>` : ""}</dd>
    <dt>Source</dt><dd>${d.source ?? html`<span class="muted">not stated</span>`}${url ? html` · <a href=${url} rel="noopener noreferrer">original page</a>` : d.url ? html` · <span class="muted">${d.url}</span>` : ""}</dd>
    <dt>File</dt><dd><code>${d.file}</code></dd>
    <dt>Countries</dt><dd>${items("country", (c) => partnerName(names, c), link.partner)}</dd>
    <dt>Organisations</dt><dd>${items("organization", (c) => partnerName(names, c), link.partner)}</dd>
    <dt>Provinces</dt><dd>${items("province", (c) => vnName(names, c), link.province)}</dd>
    <dt>Fields named</dt><dd>${items("field", (c) => fieldName(names, c), link.field)}</dd>
    ${d.w ? html`<dt>Warnings</dt><dd>${d.w.split(";").join(", ")}</dd>` : ""}
  </dl>`;
}

export function articleView(d: ArticleText, names: Names, link: ReturnType<typeof links>, {sentence}: {sentence?: number} = {}): HTMLElement {
  const href = (s: number) => `?id=${encodeURIComponent(d.id)}&s=${s}`;
  // The S&T cues of the article's pairs, highlighted in the text.
  const stSpans = d.pairs.flatMap((p): [number, number, string, string][] => (p.st ? [[p.st[3], p.st[4], "st", p.st[1]]] : []));
  return html`<div class="article-layout">
    <div class="card">
      <h2>${d.title ?? html`<span class="muted">(no headline)</span>`}</h2>
      ${legend(["country", "organization", "province", "field", "cue", "st"])}
      ${articleText(d, names, {sentence, extra: stSpans})}
    </div>
    <div class="card">
      <h2>Why this class</h2>
      ${whyThisClass(d, names, href)}
      <h2>Extracted</h2>
      ${articleFacts(d, names, link)}
      <p class="muted small">Dimmed lines are page chrome (menus, related links, credits): not counted.</p>
    </div>
  </div>`;
}
