// What the page checks (npm run weigh, npm run audit) open, and how they start Chromium.
import {existsSync, readdirSync, statSync} from "node:fs";
import {join} from "node:path";
import {entityBucket, type EntityKind} from "../src/components/entityBucket.js";

export const MAIN_PAGES = ["index.html", "countries.html", "provinces.html", "fields.html", "network.html", "timeline.html", "articles.html", "method.html"];

/** Debian's Chromium, headless, with nothing fetched from outside (never a downloaded browser). */
export const CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"];

/**
 * The main pages, and a partner and a province page in `dist`: the first (by name) of those whose
 * bucket file (src/components/entityBucket.ts), which the page loads first, is the largest built.
 */
export function sitePages(dist: string): string[] {
  const heaviest = (folder: string, kind: EntityKind) => {
    const dir = join(dist, folder);
    const pages = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".html")).sort() : [];
    const data = join(dist, "_file/data/entities", kind);
    const size = new Map<number, number>();
    for (const f of existsSync(data) ? readdirSync(data) : []) {
      const m = /^(\d+)\.[0-9a-f]{8}\.json$/.exec(f);
      if (m) size.set(Number(m[1]), statSync(join(data, f)).size);
    }
    const weight = (page: string) => size.get(entityBucket(kind, page.replace(/\.html$/, ""))) ?? 0;
    const page = pages.reduce<string | undefined>((best, p) => (best === undefined || weight(p) > weight(best) ? p : best), undefined);
    return page ? [`${folder}/${page}`] : [];
  };
  return [...MAIN_PAGES, ...heaviest("countries", "partner"), ...heaviest("provinces", "province")];
}
