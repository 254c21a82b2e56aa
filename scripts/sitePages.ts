// What the page checks (npm run weigh, npm run audit) open, and how they start Chromium.
import {existsSync, readdirSync} from "node:fs";
import {join} from "node:path";

export const MAIN_PAGES = ["index.html", "countries.html", "provinces.html", "fields.html", "network.html", "timeline.html", "articles.html", "method.html"];

/** Debian's Chromium, headless, with nothing fetched from outside (never a downloaded browser). */
export const CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"];

/** The main pages, and the first built partner and province page in `dist`. */
export function sitePages(dist: string): string[] {
  const first = (folder: string) => {
    const dir = join(dist, folder);
    const pages = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".html")).sort() : [];
    return pages.length ? [`${folder}/${pages[0]}`] : [];
  };
  return [...MAIN_PAGES, ...first("countries"), ...first("provinces")];
}
