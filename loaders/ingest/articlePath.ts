// Where an article from the web is written: `<out>/<host>/<slug>.md`, the host without "www."
// and the slug from the address's last path segment, folded to ASCII ("Hợp tác" → "hop-tac"),
// so that the file name says which article it is. An address with a query string
// ("chi-tiet.aspx?id=123", where the path alone names no article) gets a short hash of the
// whole address after its slug, so that two such articles never share a name.
import { createHash } from "node:crypto";
import { siteHost } from "../read/canonicalUrl.js";

/** Longest slug, in characters (file names stay well under every file system's limit). */
export const MAX_SLUG = 80;

/** Endings of web pages dropped from the slug. */
const PAGE_ENDING = /\.(?:html?|shtml|php|aspx?|jsp|cms|chn|vnp|tpo|ldo|vov)$/i;

/** The folder (host) and file stem (slug) an article's address gives. */
export function articleLocation(url: string): { host: string; slug: string } {
  const u = new URL(url);
  const segments = u.pathname.split("/").filter((s) => s !== "");
  let slug = asciiSlug(safeDecode(segments.at(-1) ?? "").replace(PAGE_ENDING, ""));
  if (slug === "") slug = "index";
  if (u.search !== "") slug = `${slug}-${createHash("sha256").update(url).digest("hex").slice(0, 8)}`;
  return { host: siteHost(url), slug };
}

/** Lower-case ASCII letters and digits joined by single hyphens ("Việt Nam – Nhật Bản" → "viet-nam-nhat-ban"). */
export function asciiSlug(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG)
    .replace(/-+$/, "");
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
