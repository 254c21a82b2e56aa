// What the page checks (npm run weigh, npm run audit) open, and how they start Chromium.
import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {join} from "node:path";
import type {EntityKind, SiteFile} from "../loaders/contract.js";
import {SITE_DATA_DIR} from "../loaders/site/config.js";

export const MAIN_PAGES = ["index.html", "partners.html", "provinces.html", "fields.html", "network.html", "timeline.html", "articles.html", "method.html"];

/** Debian's Chromium, headless, with nothing fetched from outside (never a downloaded browser). */
export const CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"];

const FOLDER: Record<EntityKind, string> = {partner: "partners", province: "provinces"};

/**
 * The main pages, and the partner and province page of a code whose bucket file (what such a page
 * loads of its own first) is the largest in `dist`.
 */
export function sitePages(dist: string, siteFile = join(SITE_DATA_DIR, "site.json")): string[] {
  const site = existsSync(siteFile) ? (JSON.parse(readFileSync(siteFile, "utf8")) as SiteFile) : null;
  const heaviest = (kind: EntityKind) => {
    const data = join(dist, "_file/data/site", FOLDER[kind]);
    let best: [number, number] | null = null;
    for (const f of existsSync(data) ? readdirSync(data) : []) {
      const m = /^(\d+)\.[0-9a-f]{8}\.json$/.exec(f);
      const size = m ? statSync(join(data, f)).size : 0;
      if (m && (!best || size > best[1])) best = [Number(m[1]), size];
    }
    const codes = Object.entries(site?.files[kind] ?? {}).filter(([code, b]) => b === best?.[0] && (kind === "partner" || site?.names.provinces[code]));
    return codes.length ? [`profile.html?code=${encodeURIComponent(codes.sort()[0][0])}`] : [];
  };
  return [...MAIN_PAGES, ...heaviest("partner"), ...heaviest("province")];
}
