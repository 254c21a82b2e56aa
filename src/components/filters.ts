// The filters of the pages that rank and map (Partners, Provinces, Fields, Network, a partner's or
// a province's page): a year range, whether to keep the articles with no stated year, and a field.
// Initialised from the address and written back to it, so that a view can be shared.
import * as Inputs from "@observablehq/inputs";
import {html} from "htl";
import type {ArticleFacts, Names, Scope} from "../../loaders/contract.js";
import {labelRange} from "./a11y.js";
import {codesOf, inScope, yearExtent, type Filter, type Measure} from "./counts.js";
import {fieldName} from "./names.js";
import {yearSpan} from "./prose.js";
import {getChoice, getNumber, getParam, setParams} from "./urlState.js";

/** The filter inputs (year range, undated toggle and, unless `field` is false, a field menu). */
export function filterInputs(all: ArticleFacts[], names: Names, scope: Scope, {field = true}: {field?: boolean} = {}): HTMLElement & {value: Filter} {
  const rows = all.filter((a) => inScope(a, scope));
  const dated = yearExtent(rows);
  const ext = dated ?? [new Date().getFullYear(), new Date().getFullYear()];
  const fieldIds = [...new Set(rows.flatMap((a) => [...codesOf(a, "field", scope).keys()]))].sort((a, b) => fieldName(names, a).localeCompare(fieldName(names, b)));
  const initialField = getParam("field") ?? "";
  // With one year or none to range over, the year inputs are shown disabled (not removed, so that the
  // controls keep the height the page reserves for them): one year stands in both boxes; with no
  // dated article the boxes are empty, and every article is kept whatever the address says.
  const oneYear = !dated || dated[0] === dated[1];
  const from = labelRange(Inputs.range(ext, {step: 1, value: Math.max(ext[0], Math.min(ext[1], getNumber("from", ext[0]))), label: "From year", format: String, disabled: oneYear}), "From year");
  const to = labelRange(Inputs.range(ext, {step: 1, value: Math.max(ext[0], Math.min(ext[1], getNumber("to", ext[1]))), label: "To year", format: String, disabled: oneYear}), "To year");
  const undated = Inputs.toggle({label: "Include articles with no stated year", value: !dated || getChoice("undated", ["0", "1"], "1") === "1", disabled: !dated});
  if (!dated) for (const box of [from, to].map((x) => (x as HTMLElement).querySelector("input[type=number]") as HTMLInputElement | null)) if (box) (box.value = ""), (box.placeholder = "none");
  const fieldInput = Inputs.select(["", ...fieldIds], {
    label: "Field",
    value: fieldIds.includes(initialField) ? initialField : "",
    format: (id: string) => (id ? fieldName(names, id) : "All fields")
  });
  const form = Inputs.form(field ? {from, to, undated, field: fieldInput} : {from, to, undated}, {
    template: (inputs: Record<string, HTMLElement>) => html`<div class="filters">${Object.values(inputs)}</div>`
  });
  const read = (): Filter => {
    const v = form.value;
    return {from: Math.min(v.from, v.to), to: Math.max(v.from, v.to), undated: v.undated, field: v.field ?? ""};
  };
  const out = html`<div>${form}</div>` as HTMLElement & {value: Filter};
  out.value = read();
  form.addEventListener("input", (event: Event) => {
    event.stopPropagation();
    out.value = read();
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

/** The active filter in words: "in 2023–2025, in artificial intelligence", or "" for none. */
export function filterText(all: ArticleFacts[], f: Filter, names: Names, scope: Scope): string {
  const ext = yearExtent(all.filter((a) => inScope(a, scope)));
  const parts: string[] = [];
  if (ext && f.from !== null && f.to !== null && (f.from !== ext[0] || f.to !== ext[1])) parts.push(f.from === f.to ? `in ${f.from}` : `in ${yearSpan(f.from, f.to)}`);
  if (!f.undated) parts.push("dated articles only");
  if (f.field) parts.push(`in ${fieldName(names, f.field).toLowerCase()}`);
  return parts.join(", ");
}

export const MEASURE_LABELS: Record<Measure, string> = {articles: "Articles", evidence: "Evidence sentences", mentions: "Mentions"};

/** What the rankings count by: articles or evidence sentences (and mentions, in the mentions scope). */
export function measureInput(scope: Scope): HTMLElement & {value: Measure} {
  const measures: Measure[] = scope === "mentions" ? ["articles", "evidence", "mentions"] : ["articles", "evidence"];
  const input = Inputs.radio(measures, {label: "Count by", value: getChoice("measure", measures, "articles"), format: (m: Measure) => MEASURE_LABELS[m]});
  input.addEventListener("input", () => setParams({measure: input.value === "articles" ? null : input.value}));
  return input;
}
