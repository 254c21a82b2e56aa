// What the page checks (npm run weigh, npm run audit) open, and how they start Chromium.
import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {join} from "node:path";
import {entityKind, type EntityKind, type SiteFile} from "../loaders/contract.js";
import {SITE_DATA_DIR} from "../loaders/site/config.js";

export const MAIN_PAGES = ["index.html", "partners.html", "provinces.html", "fields.html", "network.html", "timeline.html", "articles.html", "method.html"];

/** Debian's Chromium, headless, with nothing fetched from outside (never a downloaded browser). */
export const CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"];

/**
 * The main pages, and the partner and the province page of a code whose bucket file (what such a
 * page loads of its own first) is the largest in `dist`.
 */
export function sitePages(dist: string, siteFile = join(SITE_DATA_DIR, "site.json")): string[] {
  const site = existsSync(siteFile) ? (JSON.parse(readFileSync(siteFile, "utf8")) as SiteFile) : null;
  const sizes = new Map<number, number>();
  const data = join(dist, "_file/data/site/entities");
  for (const f of existsSync(data) ? readdirSync(data) : []) {
    const m = /^(\d+)\.[0-9a-f]{8}\.json$/.exec(f);
    if (m) sizes.set(Number(m[1]), statSync(join(data, f)).size);
  }
  const heaviest = (kind: EntityKind) => {
    const codes = Object.entries(site?.files.entities ?? {})
      .filter(([code]) => entityKind(code) === kind && (kind === "partner" || site?.names.provinces[code]))
      .sort((x, y) => (sizes.get(y[1]) ?? 0) - (sizes.get(x[1]) ?? 0) || (x[0] < y[0] ? -1 : 1));
    return codes.length ? [`profile.html?code=${encodeURIComponent(codes[0][0])}`] : [];
  };
  return [...MAIN_PAGES, ...heaviest("partner"), ...heaviest("province")];
}
