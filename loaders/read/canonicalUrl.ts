// One spelling per web address, so that the same article reached through a newsletter link, a
// social-media share and the site's own menu is recognised as one article: tracking parameters
// dropped (utm_*, fbclid, Zalo's zarsrc ...), the fragment dropped, the scheme and host in lower
// case, the default port and a "www." prefix kept as the site wrote it (hosts are compared
// without it by `siteHost`), the remaining query parameters sorted.

/** Query parameters that say how a reader arrived, not which page they read. */
export const TRACKING_PARAMS: readonly string[] = [
  "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid",
  "_ga", "_gl", "ref_src", "zarsrc", "gidzl", "vn_source", "vn_medium", "vn_campaign", "vn_term", "vn_content",
];

const TRACKING_PREFIXES = ["utm_"];

/** Whether a query parameter name is a tracking parameter. */
export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PREFIXES.some((p) => n.startsWith(p)) || TRACKING_PARAMS.includes(n);
}

/**
 * The canonical form of an http(s) address, resolved against `base` when relative; null for
 * anything that is not an http(s) address (mailto:, javascript:, a malformed string).
 */
export function canonicalUrl(url: string, base?: string): string | null {
  let u: URL;
  try {
    u = new URL(url.trim(), base);
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  u.hash = "";
  const kept = [...u.searchParams].filter(([name]) => !isTrackingParam(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = kept.length ? new URLSearchParams(kept).toString() : "";
  return u.toString();
}

/** A site's host without "www." ("https://www.vietnamplus.vn/x" → "vietnamplus.vn"). */
export function siteHost(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, "");
}
