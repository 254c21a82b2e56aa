// @vitest-environment jsdom
// urlState: a page's selection lives in its address, so that a view can be shared; only the query
// string changes, in place.
import {beforeEach, describe, expect, it} from "vitest";
import {getChoice, getNumber, getParam, setParams, syncUrl} from "../../src/components/urlState.js";

const go = (url: string) => history.replaceState(null, "", url);

beforeEach(() => go("/site/partners.html"));

describe("reading the address", () => {
  it("reads a parameter, decoded, and null when it is absent", () => {
    go("?field=ai&q=H%C3%A0%20N%E1%BB%99i");
    expect(getParam("field")).toBe("ai");
    expect(getParam("q")).toBe("Hà Nội");
    expect(getParam("from")).toBeNull();
  });
  it("reads a number, and the fallback for one absent, empty or not a number", () => {
    go("?from=2023&to=&scope=abc&n=Infinity");
    expect(getNumber("from", 2000)).toBe(2023);
    expect(getNumber("to", 2025)).toBe(2025);
    expect(getNumber("scope", 1)).toBe(1);
    expect(getNumber("n", 7)).toBe(7);
    expect(getNumber("absent", 3)).toBe(3);
  });
  it("reads a choice among the allowed ones, and the fallback for any other", () => {
    go("?measure=evidence&scope=everything");
    expect(getChoice("measure", ["articles", "evidence"], "articles")).toBe("evidence");
    expect(getChoice("scope", ["st", "cooperation"], "st")).toBe("st");
  });
});

describe("writing the address", () => {
  it("sets parameters and keeps the others, the path and the hash", () => {
    go("/site/partners.html?scope=cooperation#map");
    setParams({from: 2023, undated: "0"});
    expect(location.pathname).toBe("/site/partners.html");
    expect(location.search).toBe("?scope=cooperation&from=2023&undated=0");
    expect(location.hash).toBe("#map");
  });
  it("removes a parameter set to null, undefined, '', false or its default", () => {
    go("?a=1&b=2&c=3&d=4&e=5&f=6");
    setParams({a: null, b: undefined, c: "", d: false, e: "articles"}, {e: "articles"});
    expect(location.search).toBe("?f=6");
  });
  it("writes true as 'true'", () => {
    setParams({undated: true});
    expect(getParam("undated")).toBe("true");
  });
  it("leaves no bare '?' when nothing is left", () => {
    go("?scope=mentions");
    setParams({scope: null});
    expect(location.href).toBe(`${location.origin}/site/partners.html`);
  });
  it("replaces the history entry rather than adding one, and keeps its state", () => {
    history.replaceState({kept: 1}, "");
    const before = history.length;
    setParams({from: 2024});
    expect(history.length).toBe(before);
    expect(history.state).toEqual({kept: 1});
  });
  it("escapes what it writes", () => {
    setParams({q: "R&D Việt–Nhật"});
    expect(getParam("q")).toBe("R&D Việt–Nhật");
    expect(location.search).not.toContain("&D");
  });
});

describe("syncUrl", () => {
  it("writes an input's value to the address whenever the input changes", () => {
    const input = Object.assign(document.createElement("div"), {value: "articles"});
    syncUrl(input, (v: string) => ({measure: v}), {measure: "articles"});
    input.value = "evidence";
    input.dispatchEvent(new Event("input"));
    expect(getParam("measure")).toBe("evidence");
    input.value = "articles";
    input.dispatchEvent(new Event("input"));
    expect(getParam("measure")).toBeNull();
  });
});
