// Pages at the addresses of earlier versions of the site, which send the reader on: the partner and
// province pages used to be one page per code (countries/JP.html, provinces/VN-HN.html), and the
// Partners page was countries.html. Links people saved keep working.
import {mkdirSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {entityKind, type SiteFile} from "../loaders/contract.js";

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A page that sends the reader to `to` (relative to where the page is). Its empty icon keeps the
 * browser from asking for /favicon.ico, which the site does not have (a 404 in the console).
 */
export function redirectPage(to: string): string {
  const href = escape(to);
  return `<!doctype html><meta charset="utf-8"><title>Moved</title><link rel="icon" href="data:,"><meta http-equiv="refresh" content="0; url=${href}"><link rel="canonical" href="${href}"><p>This page has moved to <a href="${href}">${href}</a>.</p>\n`;
}

/** The earlier addresses and where each now is: [path in dist, target relative to it]. */
export function redirects(site: SiteFile): [string, string][] {
  const code = (c: string) => encodeURIComponent(c);
  return [
    ["countries.html", "partners.html"],
    ...Object.keys(site.files.entities)
      .filter((c) => entityKind(c) === "partner")
      .map((c): [string, string] => [`countries/${c}.html`, `../profile.html?code=${code(c)}`]),
    ...Object.keys(site.files.entities)
      .filter((c) => entityKind(c) === "province" && site.names.provinces[c])
      .map((c): [string, string] => [`provinces/${c}.html`, `../profile.html?code=${code(c)}`])
  ];
}

export function writeRedirects(dist: string, site: SiteFile): number {
  const all = redirects(site).filter(([path]) => /^[\w/.-]+$/.test(path));
  for (const [path, to] of all) {
    mkdirSync(dirname(join(dist, path)), {recursive: true});
    writeFileSync(join(dist, path), redirectPage(to));
  }
  return all.length;
}
