// What observablehq.config.ts needs from the site data (src/data/site/site.json, written before
// Framework starts): search entries for the partner and province pages, which Framework cannot
// index itself (one page each, whose code is in the address), and the footer's corpus size and
// build date. Never throws: with no site data yet the site still builds.
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {entityKind, NATIONAL, type Names, type SiteFile} from "../contract.js";
import {PROJECT_ROOT} from "../extract/version.js";

/** Where the site data is written (writeSite.ts) and read by the pages: git-ignored. */
export const SITE_DATA_DIR = join(PROJECT_ROOT, "src/data/site");

export interface SiteFacts {
  search: SearchEntry[];
  footer: string;
}

export interface SearchEntry {
  path: string;
  title: string;
  text: string;
}

/** Lower case, without tone marks or other diacritics, "đ" as "d": "Nhật Bản" → "nhat ban". */
export function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, (c) => (c === "đ" ? "d" : "D")).toLowerCase();
}

/** Names with and without their diacritics, so that "Nhat Ban" finds Nhật Bản. */
const searchable = (...names: (string | undefined)[]) => {
  const words = names.filter((n): n is string => !!n);
  return [...new Set([...words, ...words.map(fold)])].join(" ");
};

/** Search entries for the partner and province pages, by their English and Vietnamese names. */
export function searchEntries(names: Names, partners: string[], provinces: string[]): SearchEntry[] {
  return [
    ...partners.map((code) => {
      const n = names.countries[code] ?? names.organizations[code];
      return {path: `/profile.html?code=${encodeURIComponent(code)}`, title: n?.en ?? code, text: searchable(n?.vi, n?.en, code, "partner")};
    }),
    ...provinces.map((code) => {
      const n = names.provinces[code];
      return {path: `/profile.html?code=${encodeURIComponent(code)}`, title: n?.vi ?? code, text: searchable(n?.vi, n?.en, code, "province")};
    })
  ];
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const n = (x: number) => x.toLocaleString("en-US");
const plural = (x: number, one: string, many = `${one}s`) => `${n(x)} ${x === 1 ? one : many}`;

export function footerText(site: SiteFile): string {
  const c = site.corpus;
  return (
    `Built on ${site.built} from ${plural(c.articles, "Vietnamese news article")}, ${n(site.relevance.st_cooperation)} of them reporting S&T cooperation` +
    ` (${plural(c.skipped + c.duplicates, "file")} skipped).` +
    ` Maps: Natural Earth (public domain), with the Hoàng Sa and Trường Sa archipelagos drawn as Vietnamese territory.`
  );
}

/**
 * A script for the page head: on the profile page, the kind of its code (from ?code=) as
 * data-kind on <html>, before the first paint, so that the page's cards keep the room of that
 * kind's charts (style.css) from the start. The same rule as entityKind (a test holds them equal).
 */
export const PROFILE_KIND_SCRIPT = `if (/\\/profile(\\.html)?$/.test(location.pathname)) {
  const code = new URLSearchParams(location.search).get("code") ?? "";
  document.documentElement.dataset.kind = code === ${JSON.stringify(NATIONAL)} || code.startsWith(${JSON.stringify(NATIONAL + "-")}) ? "province" : "partner";
}`;

export function siteFacts(dir = SITE_DATA_DIR): SiteFacts {
  const file = join(dir, "site.json");
  try {
    if (!existsSync(file)) return {search: [], footer: "The site data has not been computed yet: run npm run build or npm run dev."};
    const site = JSON.parse(readFileSync(file, "utf8")) as SiteFile;
    const codes = Object.keys(site.files.entities).sort();
    const partners = codes.filter((code) => entityKind(code) === "partner");
    const provinces = codes.filter((code) => entityKind(code) === "province" && site.names.provinces[code]);
    return {search: searchEntries(site.names, partners, provinces), footer: escape(footerText(site))};
  } catch (e) {
    const message = escape(String((e as Error).message ?? e)).slice(0, 300);
    console.warn(`[config] the site data could not be read: ${message}`);
    return {search: [], footer: `The site data could not be read: ${message}`};
  }
}
