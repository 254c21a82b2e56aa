// The partner and province pages of the built site: Framework builds the first of each folder
// (loaders/site/config.ts, templatePaths); the page finds its code in its address, so its HTML is
// the same for every code and is copied here under the name of every other code. Every file it
// refers to is named relative to its folder, which the copies share.
import {copyFileSync, existsSync} from "node:fs";
import {join} from "node:path";
import {templatePaths} from "../loaders/site/config.js";

/** Writes `<dist>/<path>.html` for every page path from its folder's template; returns how many. */
export function copyEntityPages(dist: string, paths: string[]): number {
  const templates = new Map(templatePaths(paths).map((p) => [p.slice(0, p.lastIndexOf("/")), `${p}.html`]));
  let copied = 0;
  for (const p of paths) {
    const template = templates.get(p.slice(0, p.lastIndexOf("/")))!;
    if (`${p}.html` === template) continue;
    const from = join(dist, template);
    if (!existsSync(from)) throw new Error(`the built page ${template} is missing: cannot copy it to ${p}.html`);
    copyFileSync(from, join(dist, `${p}.html`));
    copied++;
  }
  return copied;
}
