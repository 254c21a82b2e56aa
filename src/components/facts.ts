// Counting in the browser from the per-article index (src/data/facets.json), so that the partner
// and province views can be filtered by year range and field. Three measures for everything:
// articles naming it, mentions of it, and evidence sentences (distinct sentences that pair a
// Vietnamese side with a partner) involving it.
import * as d3 from "d3";
import * as Inputs from "@observablehq/inputs";
import {html} from "htl";
import type {FacetRow, Names} from "../../loaders/contract.js";
import {labelRange} from "./a11y.js";
import {fieldName} from "./format.js";
import {getChoice, getNumber, getParam, setParams} from "./urlState.js";

export type Metric = "articles" | "mentions" | "evidence";
export const METRICS: readonly Metric[] = ["articles", "mentions", "evidence"];
export const METRIC_LABELS: Record<Metric, string> = {articles: "Articles", mentions: "Mentions", evidence: "Evidence sentences"};

export interface Filter {
  from: number | null;
  to: number | null;
  /** Include the articles whose year is not stated (they cannot be placed in a range). */
  undated: boolean;
  field: string;
}

export interface Count {
  code: string;
  articles: number;
  mentions: number;
  evidence: number;
}

export function yearExtent(index: FacetRow[]): [number, number] | null {
  const [lo, hi] = d3.extent(index, (r) => r.y ?? undefined);
  return lo === undefined || hi === undefined ? null : [lo, hi];
}

export function isFiltered(index: FacetRow[], f: Filter): boolean {
  const ext = yearExtent(index);
  return !!f.field || !f.undated || (!!ext && ((f.from ?? ext[0]) > ext[0] || (f.to ?? ext[1]) < ext[1]));
}

export function applyFilter<T extends FacetRow>(index: T[], f: Filter): T[] {
  return index.filter(
    (r) =>
      (r.y === null ? f.undated : (f.from === null || r.y >= f.from) && (f.to === null || r.y <= f.to)) &&
      (!f.field || r.f.some(([id]) => id === f.field))
  );
}

type Kind = "country" | "organization" | "partner" | "province" | "field";

/** Counts per code of one kind over the given articles, sorted by `metric` then code. */
export function countBy(index: FacetRow[], kind: Kind, metric: Metric = "articles", names?: Names): Count[] {
  const out = new Map<string, Count>();
  const isCountry = (code: string) => (names ? !!names.countries[code] : /^[A-Z]{2}$/.test(code));
  const row = (code: string) => {
    let r = out.get(code);
    if (!r) out.set(code, (r = {code, articles: 0, mentions: 0, evidence: 0}));
    return r;
  };
  for (const a of index) {
    const named: [string, number][] =
      kind === "country" ? a.c : kind === "organization" ? a.o : kind === "partner" ? [...a.c, ...a.o] : kind === "province" ? a.p : a.f;
    for (const [code, n] of named) {
      const r = row(code);
      r.articles++;
      r.mentions += n;
    }
    // Evidence: distinct sentences of this article per code.
    const sentences = new Map<string, Set<number>>();
    const add = (code: string, list: number[]) => {
      let set = sentences.get(code);
      if (!set) sentences.set(code, (set = new Set()));
      for (const s of list) set.add(s);
    };
    if (kind === "field") for (const [id, list] of a.fe) add(id, list);
    else
      for (const [vn, partner, list] of a.e) {
        if (kind === "province") add(vn, list);
        else if (kind === "partner" || (kind === "country") === isCountry(partner)) add(partner, list);
      }
    for (const [code, set] of sentences) if (kind !== "province" || code !== "VN") row(code).evidence += set.size;
  }
  return [...out.values()].sort((x, y) => y[metric] - x[metric] || x.code.localeCompare(y.code));
}

/** The filter inputs (year range, undated toggle, field), initialised from and written to the URL. */
export function filterInputs(index: FacetRow[], names: Names, {field = true}: {field?: boolean} = {}): HTMLElement & {value: Filter} {
  const ext = yearExtent(index) ?? [new Date().getFullYear(), new Date().getFullYear()];
  const fieldIds = d3.sort(new Set(index.flatMap((r) => r.f.map(([id]) => id))), (id) => fieldName(names, id));
  const initialField = getParam("field") ?? "";
  const from = labelRange(Inputs.range(ext, {step: 1, value: Math.max(ext[0], Math.min(ext[1], getNumber("from", ext[0]))), label: "From year", format: String}), "From year");
  const to = labelRange(Inputs.range(ext, {step: 1, value: Math.max(ext[0], Math.min(ext[1], getNumber("to", ext[1]))), label: "To year", format: String}), "To year");
  const undated = Inputs.toggle({label: "Include articles with no stated year", value: getChoice("undated", ["0", "1"], "1") === "1"});
  const fieldInput = Inputs.select(["", ...fieldIds], {
    label: "Field",
    value: fieldIds.includes(initialField) ? initialField : "",
    format: (id: string) => (id ? fieldName(names, id) : "All fields")
  });
  const form = Inputs.form(field ? {from, to, undated, field: fieldInput} : {from, to, undated}, {
    template: (inputs: Record<string, HTMLElement>) => html`<div class="filters">${Object.values(inputs)}</div>`
  });
  const value = () => {
    const v = form.value;
    const lo = Math.min(v.from, v.to);
    const hi = Math.max(v.from, v.to);
    return {from: lo, to: hi, undated: v.undated, field: v.field ?? ""} as Filter;
  };
  const out = html`<div>${form}</div>` as HTMLElement & {value: Filter};
  out.value = value();
  form.addEventListener("input", (event: Event) => {
    event.stopPropagation();
    out.value = value();
    setParams({
      from: out.value.from === ext[0] ? null : out.value.from,
      to: out.value.to === ext[1] ? null : out.value.to,
      undated: out.value.undated ? null : "0",
      ...(field ? {field: out.value.field || null} : {})
    });
    out.dispatchEvent(new Event("input", {bubbles: true}));
  });
  return out;
}

/** "from 2023 to 2025, in artificial intelligence" — the active filter, in words. */
export function filterText(index: FacetRow[], f: Filter, names: Names): string {
  const ext = yearExtent(index);
  const parts: string[] = [];
  if (ext && (f.from !== ext[0] || f.to !== ext[1])) parts.push(f.from === f.to ? `in ${f.from}` : `from ${f.from} to ${f.to}`);
  if (!f.undated) parts.push("dated articles only");
  if (f.field) parts.push(`naming ${fieldName(names, f.field)}`);
  return parts.length ? parts.join(", ") : "all articles";
}

export interface PairCount {
  vn: string;
  partner: string;
  articles: number;
  evidence: number;
}

/** Vietnamese side × partner: articles with evidence for the pair, and its evidence sentences. */
export function pairCounts(index: FacetRow[]): PairCount[] {
  const out = new Map<string, PairCount>();
  for (const a of index) {
    for (const [vn, partner, sentences] of a.e) {
      const k = `${vn}\t${partner}`;
      let r = out.get(k);
      if (!r) out.set(k, (r = {vn, partner, articles: 0, evidence: 0}));
      r.articles++;
      r.evidence += sentences.length;
    }
  }
  return [...out.values()].sort((x, y) => y.evidence - x.evidence || y.articles - x.articles || x.vn.localeCompare(y.vn) || x.partner.localeCompare(y.partner));
}

export interface CrossCount {
  partner: string;
  field: string;
  articles: number;
  evidence: number;
}

/** Partner × field: articles naming both; evidence sentences pairing the partner that name the field. */
export function partnerFieldCounts(index: FacetRow[], names: Names, {countriesOnly = true} = {}): CrossCount[] {
  const out = new Map<string, CrossCount>();
  const row = (partner: string, field: string) => {
    const k = `${partner}\t${field}`;
    let r = out.get(k);
    if (!r) out.set(k, (r = {partner, field, articles: 0, evidence: 0}));
    return r;
  };
  for (const a of index) {
    const partners = countriesOnly ? a.c : [...a.c, ...a.o];
    for (const [p] of partners) for (const [f] of a.f) row(p, f).articles++;
    for (const [field, fieldSentences] of a.fe) {
      const bySentence = new Set(fieldSentences);
      const perPartner = new Map<string, Set<number>>();
      for (const [, partner, sentences] of a.e) {
        if (countriesOnly && !names.countries[partner]) continue;
        for (const s of sentences) if (bySentence.has(s)) {
          let set = perPartner.get(partner);
          if (!set) perPartner.set(partner, (set = new Set()));
          set.add(s);
        }
      }
      for (const [partner, set] of perPartner) row(partner, field).evidence += set.size;
    }
  }
  return [...out.values()];
}

/** Activity types in the evidence sentences of the given pairs (filtered by `keep`). */
export function activityCounts(sentences: {pairs: [string, string, string][]}[], keep: (vn: string, partner: string) => boolean): {activity: string; evidence: number}[] {
  const out = new Map<string, number>();
  for (const s of sentences) {
    const acts = new Set<string>();
    for (const [vn, partner, list] of s.pairs) if (keep(vn, partner)) for (const a of list ? list.split(";") : []) acts.add(a);
    for (const a of acts) out.set(a, (out.get(a) ?? 0) + 1);
  }
  return [...out].map(([activity, evidence]) => ({activity, evidence})).sort((a, b) => b.evidence - a.evidence || a.activity.localeCompare(b.activity));
}

/** Articles per year (undated apart) for the given articles. */
export function perYear(index: FacetRow[]): {year: number | null; articles: number; pairs: number; evidence: number}[] {
  const out = new Map<number | null, {year: number | null; articles: number; pairs: Set<string>; evidence: number}>();
  for (const a of index) {
    let r = out.get(a.y);
    if (!r) out.set(a.y, (r = {year: a.y, articles: 0, pairs: new Set(), evidence: 0}));
    r.articles++;
    const sentences = new Set<number>();
    for (const [vn, partner, list] of a.e) {
      r.pairs.add(`${vn}\t${partner}`);
      for (const s of list) sentences.add(s);
    }
    r.evidence += sentences.size;
  }
  return [...out.values()].map((r) => ({...r, pairs: r.pairs.size})).sort((a, b) => (a.year ?? 99999) - (b.year ?? 99999));
}
