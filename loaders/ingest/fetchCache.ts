// Raw HTTP responses kept on disk (.cache/fetch/ by default), so that a second run of `npm run
// ingest` over the same inputs sends no request for what it already has. One entry per address
// requested: `<sha256 of the URL>.json` (status, the headers that matter, when it was fetched)
// and, for a response with a body, `<sha256>.body`. Both are written atomically, body first, so a
// killed run leaves either a whole entry or none.
//
// What is kept: successful responses, redirects, and client errors that will not change by
// asking again (404, 410 ...). What is not: server errors (5xx), 429 and 408, time-outs and
// network failures (a later run tries again), and the bodies of pages over the size cap (only
// the fact that they are too large).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "./atomicWrite.js";

export interface CachedResponse {
  url: string;
  status: number;
  contentType: string | null;
  location: string | null;
  /** ISO 8601 time the response was received. */
  fetched: string;
  /** Set when the body was over the size cap: the body is not kept. */
  tooLarge?: number;
  body: Uint8Array | null;
}

/** Whether a response is worth keeping: a rerun would get the same answer. */
export function isCacheable(status: number): boolean {
  return status < 500 && status !== 429 && status !== 408;
}

export class FetchCache {
  constructor(readonly dir: string) {}

  /** The entry for `url` if there is one not older than `maxAgeMs`. */
  get(url: string, maxAgeMs = Infinity): CachedResponse | null {
    const base = this.pathOf(url);
    let meta: Omit<CachedResponse, "body"> & { hasBody: boolean };
    try {
      meta = JSON.parse(readFileSync(`${base}.json`, "utf8"));
    } catch {
      return null; // none, or unreadable: fetch again
    }
    if (meta.url !== url) return null; // a hash collision, in theory
    if (Date.now() - Date.parse(meta.fetched) > maxAgeMs) return null;
    let body: Uint8Array | null = null;
    if (meta.hasBody) {
      try {
        body = readFileSync(`${base}.body`);
      } catch {
        return null;
      }
    }
    const { hasBody: _hasBody, ...rest } = meta;
    return { ...rest, body };
  }

  put(entry: CachedResponse): void {
    const base = this.pathOf(entry.url);
    const { body, ...meta } = entry;
    if (body) writeFileAtomic(`${base}.body`, body);
    writeFileAtomic(`${base}.json`, JSON.stringify({ ...meta, hasBody: body !== null }));
  }

  private pathOf(url: string): string {
    const key = createHash("sha256").update(url).digest("hex");
    return join(this.dir, key.slice(0, 2), key);
  }
}
