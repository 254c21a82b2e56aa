// @vitest-environment jsdom
// filters: a year range, whether to keep the articles with no stated year, and a field; initialised
// from the address and written back to it.
import {beforeEach, describe, expect, it} from "vitest";
import type {Filter} from "../../src/components/counts.js";
import {filterInputs, filterText, MEASURE_LABELS, measureInput} from "../../src/components/filters.js";
import {article, names, pair} from "./componentFixtures.js";

const go = (url: string) => history.replaceState(null, "", url);
beforeEach(() => {
  go("/partners.html");
  document.body.replaceChildren();
});
// A control on the page: a click changes a checkbox only in a connected document.
const onPage = <T extends HTMLElement>(el: T) => (document.body.append(el), el);

// S&T articles of 2021 and 2023 (AI, energy), a cooperation article of 2019 (health), an undated
// S&T article and a mention of 2025.
const rows = [
  article(0, {y: 2025, relevance: "mention", f: [["health", 1]]}),
  article(1, {y: 2023, relevance: "st_cooperation", pairs: [pair("VN-HN", "JP", {st: true, fields: ["energy"]})]}),
  article(2, {y: 2021, relevance: "st_cooperation", pairs: [pair("VN", "KR", {st: true, fields: ["ai"]})]}),
  article(3, {y: 2019, relevance: "cooperation", pairs: [pair("VN", "EU", {fields: ["health"]})]}),
  article(4, {relevance: "st_cooperation", pairs: [pair("VN-HP", "JP", {st: true})]})
];

const numbers = (el: HTMLElement) => [...el.querySelectorAll<HTMLInputElement>("input[type=number]")];
const change = (input: HTMLInputElement | HTMLSelectElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event("input", {bubbles: true}));
};

describe("filterInputs", () => {
  it("spans the years of the scope's articles, keeps undated articles and every field at first", () => {
    expect(filterInputs(rows, names, "st").value).toEqual({from: 2021, to: 2023, undated: true, field: ""} satisfies Filter);
    expect(filterInputs(rows, names, "mentions").value).toEqual({from: 2019, to: 2025, undated: true, field: ""});
  });
  it("opens on the view in the address", () => {
    go("?from=2022&to=2023&undated=0&field=energy");
    expect(filterInputs(rows, names, "st").value).toEqual({from: 2022, to: 2023, undated: false, field: "energy"});
  });
  it("keeps years from the address within the scope's years, and ignores a field the scope does not count", () => {
    go("?from=1990&to=2099&field=health");
    expect(filterInputs(rows, names, "st").value).toEqual({from: 2021, to: 2023, undated: true, field: ""});
  });
  it("ignores years in the address that are not numbers", () => {
    go("?from=abc&to=");
    expect(filterInputs(rows, names, "st").value).toMatchObject({from: 2021, to: 2023});
  });
  it("puts the years in order when 'from' is after 'to'", () => {
    go("?from=2023&to=2021");
    expect(filterInputs(rows, names, "st").value).toMatchObject({from: 2021, to: 2023});
  });
  it("offers the scope's fields by name, after 'All fields', and none when asked not to", () => {
    const options = (el: HTMLElement) => [...el.querySelectorAll("option")].map((o) => o.textContent);
    expect(options(filterInputs(rows, names, "st"))).toEqual(["All fields", "Artificial intelligence", "Energy"]);
    expect(options(filterInputs(rows, names, "cooperation"))).toEqual(["All fields", "Artificial intelligence", "Energy", "Health"]);
    const noField = filterInputs(rows, names, "st", {field: false});
    expect(noField.querySelector("select")).toBeNull();
    expect(noField.value.field).toBe("");
  });
  it("names its sliders after their labels", () => {
    const labels = [...filterInputs(rows, names, "st").querySelectorAll("input[type=range]")].map((r) => r.getAttribute("aria-label"));
    expect(labels).toEqual(["From year", "To year"]);
  });
  it("disables the year inputs, empty, when the scope has no dated article, and keeps every article whatever the address says", () => {
    go("/partners.html?undated=0");
    const year = new Date().getFullYear();
    const el = filterInputs([rows[4]], names, "st");
    expect(el.value).toMatchObject({from: year, to: year, undated: true});
    expect(numbers(el).map((n) => [n.disabled, n.value])).toEqual([[true, ""], [true, ""]]);
    expect(el.querySelector<HTMLInputElement>("input[type=checkbox]")!.disabled).toBe(true);
    expect(numbers(filterInputs(rows, names, "st")).every((n) => !n.disabled)).toBe(true);
  });
  it("disables the year inputs on the one year when the scope's dated articles all state it, but still offers to leave out the undated", () => {
    const el = filterInputs([rows[1], rows[4]], names, "st");
    expect(el.value).toMatchObject({from: 2023, to: 2023, undated: true});
    expect(numbers(el).map((n) => [n.disabled, n.value])).toEqual([[true, "2023"], [true, "2023"]]);
    expect(el.querySelector<HTMLInputElement>("input[type=checkbox]")!.disabled).toBe(false);
  });
  it("writes a change to the address, and tells the page with an input event of its own", () => {
    const el = onPage(filterInputs(rows, names, "st"));
    const seen: Filter[] = [];
    el.addEventListener("input", (e) => e.target === el && seen.push(el.value));
    change(numbers(el)[0], "2022");
    expect(el.value).toEqual({from: 2022, to: 2023, undated: true, field: ""});
    expect(location.search).toBe("?from=2022");
    el.querySelector<HTMLInputElement>("input[type=checkbox]")!.click();
    expect(location.search).toBe("?from=2022&undated=0");
    const select = el.querySelector("select")!;
    change(select, [...select.options].findIndex((o) => o.textContent === "Energy").toString());
    expect(el.value.field).toBe("energy");
    expect(location.search).toBe("?from=2022&undated=0&field=energy");
    expect(seen.map((f) => [f.from, f.undated, f.field])).toEqual([
      [2022, true, ""],
      [2022, false, ""],
      [2022, false, "energy"]
    ]);
  });
  it("keeps the defaults out of the address: the scope's first and last years, undated kept, all fields", () => {
    go("?from=2022&undated=0&field=ai&scope=st");
    const el = onPage(filterInputs(rows, names, "st"));
    change(numbers(el)[0], "2021");
    el.querySelector<HTMLInputElement>("input[type=checkbox]")!.click();
    change(el.querySelector("select")!, "0");
    expect(location.search).toBe("?scope=st");
  });
});

describe("filterText", () => {
  const f = (x: Partial<Filter>): Filter => ({from: 2021, to: 2023, undated: true, field: "", ...x});
  it("says nothing when nothing is filtered", () => {
    expect(filterText(rows, f({}), names, "st")).toBe("");
  });
  it("names the years, the dated articles only and the field", () => {
    expect(filterText(rows, f({from: 2022}), names, "st")).toBe("in 2022–2023");
    expect(filterText(rows, f({from: 2023}), names, "st")).toBe("in 2023");
    expect(filterText(rows, f({undated: false, field: "ai"}), names, "st")).toBe("dated articles only, in artificial intelligence");
  });
  it("measures the years against the scope's own span", () => {
    expect(filterText(rows, f({from: 2019, to: 2025}), names, "mentions")).toBe("");
    expect(filterText(rows, f({}), names, "mentions")).toBe("in 2021–2023");
  });
});

describe("measureInput", () => {
  it("counts by articles or evidence sentences, and by mentions in the mentions scope", () => {
    const labels = (el: HTMLElement) => [...el.querySelectorAll("label")].map((l) => l.textContent).filter((t) => t !== "Count by");
    expect(labels(measureInput("st"))).toEqual([MEASURE_LABELS.articles, MEASURE_LABELS.evidence]);
    expect(labels(measureInput("mentions"))).toEqual(["Articles", "Evidence sentences", "Mentions"]);
  });
  it("opens on ?measure= and writes a change back, articles (the default) as nothing", () => {
    go("?measure=evidence");
    const el = onPage(measureInput("st"));
    expect(el.value).toBe("evidence");
    el.querySelectorAll<HTMLInputElement>("input[type=radio]")[0].click();
    expect(el.value).toBe("articles");
    expect(location.search).toBe("");
  });
  it("ignores a measure the scope does not offer", () => {
    go("?measure=mentions");
    expect(measureInput("cooperation").value).toBe("articles");
  });
});
