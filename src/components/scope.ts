// The scope control every data page opens with: S&T cooperation (the default), all cooperation,
// or every mention. Kept in the page's address (?scope=cooperation) so that a view can be shared,
// and remembered for the pages the reader opens next.
import * as Inputs from "@observablehq/inputs";
import type {Scope} from "../../loaders/contract.js";
import {plural} from "./prose.js";
import {getChoice, setParams} from "./urlState.js";

/** The scopes, in the order the control shows them (the site data writes its per-scope lists under these names). */
export const SCOPES: readonly Scope[] = ["st", "cooperation", "mentions"];

export const DEFAULT_SCOPE: Scope = "st";

export const SCOPE_LABELS: Record<Scope, string> = {st: "S&T cooperation", cooperation: "All cooperation", mentions: "All mentions"};

/** How a sentence names what a scope counts: "articles reporting S&T cooperation". */
export const SCOPE_ARTICLES: Record<Scope, string> = {
  st: "articles reporting S&T cooperation",
  cooperation: "articles reporting cooperation",
  mentions: "articles"
};

/** The same, capitalised, for a chart's subtitle: "Articles reporting S&T cooperation". */
export const SCOPE_HEADINGS = Object.fromEntries(Object.entries(SCOPE_ARTICLES).map(([k, v]) => [k, v[0].toUpperCase() + v.slice(1)])) as Record<Scope, string>;

/** "1 article reporting S&T cooperation", "12 articles reporting cooperation", "3 articles". */
export function scopeArticles(n: number, scope: Scope): string {
  return plural(n, SCOPE_ARTICLES[scope].replace(/^articles/, "article"), SCOPE_ARTICLES[scope]);
}

const KEY = "scope";

/** The scope in the address, else the one last chosen in this browser session, else the default. */
export function currentScope(): Scope {
  const remembered = typeof sessionStorage === "undefined" ? null : sessionStorage.getItem(KEY);
  const fallback = SCOPES.includes(remembered as Scope) ? (remembered as Scope) : DEFAULT_SCOPE;
  return getChoice(KEY, SCOPES, fallback);
}

/** The scope radio buttons, written to the address and remembered when changed. */
export function scopeInput(): HTMLElement & {value: Scope} {
  const value = currentScope();
  const input = Inputs.radio(SCOPES, {label: "Count", value, format: (s: Scope) => SCOPE_LABELS[s]});
  const remember = (s: Scope) => {
    setParams({[KEY]: s === DEFAULT_SCOPE ? null : s});
    sessionStorage.setItem(KEY, s);
  };
  remember(value);
  input.addEventListener("input", () => remember(input.value));
  return input;
}

/** The scope as a query parameter for links to other pages ("" for the default). */
export function scopeParam(scope: Scope): string {
  return scope === DEFAULT_SCOPE ? "" : `scope=${scope}`;
}
