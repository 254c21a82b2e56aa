// What observablehq.config.ts and scripts/build.ts need from the data: the partner and province
// pages (every one, and the one per folder Framework builds), their search entries, and the
// footer's corpus size and build date. Never throws: with no data yet the site still builds.
import {stripDiacritics} from "../../src/components/fold.js";
import type {Names, SiteSummary} from "../contract.js";

export interface SiteFacts {
  /** Every partner's and province's page (`/countries/<code>`, `/provinces/<code>`). */
  paths: string[];
  /** The ones Framework builds: the first of each folder (see templatePaths). */
  templates: string[];
  /** A search entry for each of them (Framework indexes the pages it builds, not their copies). */
  search: SearchEntry[];
  footer: string;
}

export interface SearchEntry {
  path: string;
  title: string;
  text: string;
}

/** Names with and without their diacritics, so that "Nhat Ban" finds Nhật Bản. */
const searchable = (...names: (string | undefined)[]) => {
  const words = names.filter((n): n is string => !!n);
  return [...new Set([...words, ...words.map(stripDiacritics)])].join(" ");
};

/** Search entries for the partner and province pages, by their English and Vietnamese names. */
export function searchEntries(names: Names, partners: string[], provinces: string[]): SearchEntry[] {
  return [
    ...partners.map((code) => {
      const n = names.countries[code] ?? names.organizations[code];
      return {path: `/countries/${code}`, title: n?.en ?? code, text: searchable(n?.vi, n?.en, code, "partner")};
    }),
    ...provinces.map((code) => {
      const n = names.provinces[code];
      return {path: `/provinces/${code}`, title: n?.vi ?? code, text: searchable(n?.vi, n?.en, code, "province")};
    })
  ];
}

/**
 * The partner and province pages Framework builds: one per folder, the first. The page finds its
 * code in its address, so its HTML is the same for every code; scripts/entity-pages.ts copies it
 * under every other code's name. (Framework's fixed work per page, some 0.1 s, made a rebuild
 * with 300 such pages take over a minute.)
 */
export function templatePaths(paths: string[]): string[] {
  const first = new Map<string, string>();
  for (const p of paths) {
    const folder = p.slice(0, p.lastIndexOf("/"));
    if (!first.has(folder)) first.set(folder, p);
  }
  return [...first.values()];
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export async function siteFacts(now = new Date()): Promise<SiteFacts> {
  const date = now.toISOString().slice(0, 10);
  try {
    // Imported lazily, so that an extractor that does not load yet cannot break the whole site.
    const {siteOutput} = await import("./output.js");
    const {partnerCodes, provinceCodes} = await import("./shape.js");
    const site = {...JSON.parse((await siteOutput("site.json")).toString()), ...JSON.parse((await siteOutput("tables.json")).toString())} as SiteSummary;
    const c = site.corpus;
    const n = (x: number) => x.toLocaleString("en-US");
    const [partners, provinces] = [partnerCodes(site), provinceCodes(site)];
    const paths = [...partners.map((code) => `/countries/${code}`), ...provinces.map((code) => `/provinces/${code}`)];
    const evidence = site.figures.evidence;
    const footer =
      `Built on ${date} from ${n(c.articles)} Vietnamese news article${c.articles === 1 ? "" : "s"}` +
      ` (${n(evidence)} evidence sentence${evidence === 1 ? "" : "s"}; ${n(c.skipped + c.duplicates)} file${c.skipped + c.duplicates === 1 ? "" : "s"} skipped).` +
      ` Maps: Natural Earth (public domain), with the Hoàng Sa and Trường Sa archipelagos drawn as Vietnamese territory.`;
    return {paths, templates: templatePaths(paths), search: searchEntries(site.names, partners, provinces), footer};
  } catch (e) {
    const message = escape(String((e as Error).message ?? e)).slice(0, 300);
    console.warn(`[config] the site data could not be computed: ${message}`);
    return {paths: [], templates: [], search: [], footer: `Built on ${date}. The site data could not be computed: ${message}`};
  }
}
