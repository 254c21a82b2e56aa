// @vitest-environment jsdom
// scope: the control every data page opens with (S&T cooperation, all cooperation, all mentions),
// kept in the address (?scope=) and remembered for the next pages of the session.
import {beforeEach, describe, expect, it} from "vitest";
import {currentScope, DEFAULT_SCOPE, SCOPE_HEADINGS, SCOPE_LABELS, scopeArticles, scopeInput, scopeParam, SCOPES} from "../../src/components/scope.js";

const go = (url: string) => history.replaceState(null, "", url);
const radios = (input: HTMLElement) => [...input.querySelectorAll<HTMLInputElement>("input[type=radio]")];

beforeEach(() => {
  go("/partners.html");
  sessionStorage.clear();
  document.body.replaceChildren();
});
// A control on the page: a click changes a radio button only in a connected document.
const onPage = <T extends HTMLElement>(el: T) => (document.body.append(el), el);

describe("the scopes", () => {
  it("are S&T cooperation (the default), all cooperation and all mentions, in that order", () => {
    expect(SCOPES).toEqual(["st", "cooperation", "mentions"]);
    expect(DEFAULT_SCOPE).toBe("st");
    expect(SCOPES.map((s) => SCOPE_LABELS[s])).toEqual(["S&T cooperation", "All cooperation", "All mentions"]);
  });
  it("name what they count in a sentence and in a heading", () => {
    expect(scopeArticles(1, "st")).toBe("1 article reporting S&T cooperation");
    expect(scopeArticles(12, "cooperation")).toBe("12 articles reporting cooperation");
    expect(scopeArticles(1, "mentions")).toBe("1 article");
    expect(scopeArticles(1500, "mentions")).toBe("1,500 articles");
    expect(SCOPE_HEADINGS.st).toBe("Articles reporting S&T cooperation");
  });
  it("go into links as a query parameter, the default as nothing", () => {
    expect(scopeParam("st")).toBe("");
    expect(scopeParam("mentions")).toBe("scope=mentions");
  });
});

describe("currentScope", () => {
  it("is the default on a first visit", () => {
    expect(currentScope()).toBe("st");
  });
  it("is the one in the address (?scope=)", () => {
    go("?scope=cooperation");
    expect(currentScope()).toBe("cooperation");
  });
  it("is the one last chosen in this session when the address names none", () => {
    sessionStorage.setItem("scope", "mentions");
    expect(currentScope()).toBe("mentions");
  });
  it("prefers the address to the session, and ignores a scope that does not exist in either", () => {
    sessionStorage.setItem("scope", "mentions");
    go("?scope=cooperation");
    expect(currentScope()).toBe("cooperation");
    go("?scope=everything");
    expect(currentScope()).toBe("mentions");
    sessionStorage.setItem("scope", "<script>");
    expect(currentScope()).toBe("st");
  });
});

describe("scopeInput", () => {
  it("offers the three scopes as radio buttons, labelled, the current one checked", () => {
    go("?scope=cooperation");
    const input = scopeInput();
    expect(input.textContent).toContain("Count");
    expect(input.textContent).toContain("S&T cooperation");
    expect(input.textContent).toContain("All mentions");
    expect(radios(input).map((r) => r.checked)).toEqual([false, true, false]);
    expect(input.value).toBe("cooperation");
  });
  it("writes the scope it opens with back to the address and the session", () => {
    sessionStorage.setItem("scope", "mentions");
    const input = scopeInput();
    expect(input.value).toBe("mentions");
    expect(location.search).toBe("?scope=mentions");
    expect(sessionStorage.getItem("scope")).toBe("mentions");
  });
  it("keeps the default out of the address", () => {
    go("?scope=st&field=ai");
    scopeInput();
    expect(location.search).toBe("?field=ai");
    expect(sessionStorage.getItem("scope")).toBe("st");
  });
  it("writes a new choice to the address and remembers it, keeping the other parameters", () => {
    go("?from=2020");
    const input = onPage(scopeInput());
    radios(input)[2].click();
    expect(input.value).toBe("mentions");
    expect(location.search).toBe("?from=2020&scope=mentions");
    expect(sessionStorage.getItem("scope")).toBe("mentions");
    radios(input)[0].click();
    expect(location.search).toBe("?from=2020");
    expect(sessionStorage.getItem("scope")).toBe("st");
  });
});
