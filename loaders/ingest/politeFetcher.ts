// Fetching web pages the way a considerate reader would, and safely:
//
// - robots.txt is read once per site (kept a day in the cache) and honoured for every address,
//   redirect targets included; a site whose robots.txt answers with a server error is left
//   alone for the run; its Crawl-delay, if longer than our delay, is used instead;
// - one request per site (host and port) at a time, with a pause between two of them (`delayMs`,
//   1 s by default); different sites are fetched side by side;
// - a time limit per request (headers and body), a size cap (the body is read as it arrives and
//   dropped past the cap), at most `maxRedirects` redirects (a loop is recognised), only http(s);
// - 429 and 503 are retried `retries` times, after the Retry-After the server asks for (seconds
//   or a date) or, without one, after 1, 2, 4 ... seconds, and no other request goes to that site
//   meanwhile; a server that asks for more than `maxRetryWaitMs` is given up on;
// - a User-Agent that names the project;
// - responses kept in a FetchCache, so that what was fetched once is not fetched again.
//
// Nothing here throws for a bad page: every outcome is a FetchResult saying what happened.
import robotsParser from "robots-parser";
import { canonicalUrl } from "../read/canonicalUrl.js";
import { FetchCache, isCacheable, type CachedResponse } from "./fetchCache.js";

/** The product token robots.txt groups are matched against. */
export const ROBOTS_AGENT = "vn-st-cooperation-ingest";
export const USER_AGENT = `${ROBOTS_AGENT}/1.0 (Vietnam S&T cooperation dashboard; reads news articles one request per site at a time; honours robots.txt)`;

export interface FetcherOptions {
  delayMs: number;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  retries: number;
  /** Longest Retry-After this fetcher waits for (ms). */
  maxRetryWaitMs: number;
  cache: FetchCache | null;
  userAgent?: string;
  /** First wait of the backoff without Retry-After (ms; doubled each time). */
  backoffMs?: number;
}

export const DEFAULT_FETCHER_OPTIONS: Omit<FetcherOptions, "cache"> = {
  delayMs: 1000,
  timeoutMs: 30_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  retries: 3,
  maxRetryWaitMs: 120_000,
};

/** How long robots.txt is kept in the cache. */
export const ROBOTS_MAX_AGE_MS = 24 * 3600_000;

export type FetchFailure = "robots" | "http-status" | "too-large" | "timeout" | "network" | "redirect-loop" | "too-many-redirects" | "not-http";

export type FetchResult =
  | {
      ok: true;
      /** The address the body came from, after redirects. */
      url: string;
      status: number;
      contentType: string | null;
      body: Uint8Array;
      fetched: string;
      fromCache: boolean;
    }
  | { ok: false; url: string; reason: FetchFailure; message: string };

interface HostState {
  queue: Promise<void>;
  lastEnd: number;
  delayMs: number;
  /** No request to this site before this time: a 429 or 503 asked the whole site to wait. */
  pausedUntil: number;
}

type Robots = { allowed: (url: string) => boolean; unavailable: string | null };

export class PoliteFetcher {
  /** Requests sent over the network (retries and robots.txt included). */
  requests = 0;
  /** Responses taken from the cache. */
  cacheHits = 0;
  private readonly hosts = new Map<string, HostState>();
  private readonly robots = new Map<string, Promise<Robots>>();
  private readonly opts: FetcherOptions;

  constructor(opts: Partial<FetcherOptions> & { cache: FetchCache | null }) {
    this.opts = { ...DEFAULT_FETCHER_OPTIONS, ...opts };
  }

  /** The size cap, in bytes. */
  get maxBytes(): number {
    return this.opts.maxBytes;
  }

  /** Fetches `url`, following redirects. A cached response younger than `maxAgeMs` is used instead of a request. */
  async get(url: string, maxAgeMs = Infinity): Promise<FetchResult> {
    let current = url;
    const chain = [url];
    for (;;) {
      if (!isHttp(current)) return { ok: false, url, reason: "not-http", message: `not an http(s) address: ${current}` };
      const robots = await this.robotsFor(current);
      if (robots.unavailable) return { ok: false, url, reason: "robots", message: robots.unavailable };
      if (!robots.allowed(current)) return { ok: false, url, reason: "robots", message: `robots.txt of ${new URL(current).host} disallows ${new URL(current).pathname}` };
      const response = await this.fetchOnce(current, maxAgeMs);
      if ("reason" in response) return { ok: false, ...response, url };
      if (response.status >= 300 && response.status < 400 && response.location) {
        let target: URL;
        try {
          target = new URL(response.location, current);
        } catch {
          return { ok: false, url, reason: "network", message: `redirect to a malformed address: ${response.location}` };
        }
        // Tracking parameters a redirect adds are dropped too, so that the page is fetched (and cached) once.
        const next = canonicalUrl(target.toString());
        if (!next) return { ok: false, url, reason: "not-http", message: `redirects to ${target}, not an http(s) address` };
        if (chain.includes(next)) return { ok: false, url, reason: "redirect-loop", message: `redirect loop: ${[...chain, next].join(" → ")}` };
        if (chain.length > this.opts.maxRedirects) {
          return { ok: false, url, reason: "too-many-redirects", message: `more than ${this.opts.maxRedirects} redirects: ${chain.join(" → ")} → …` };
        }
        chain.push(next);
        current = next;
        continue;
      }
      if (response.status >= 300) return { ok: false, url, reason: "http-status", message: `HTTP ${response.status}` };
      if (response.tooLarge !== undefined) {
        const declared = response.tooLarge > this.opts.maxBytes + 65536 ? `${formatMiB(response.tooLarge)} declared; ` : "";
        return { ok: false, url, reason: "too-large", message: `too large: ${declared}more than the ${formatMiB(this.opts.maxBytes)} a page may have (--max-bytes)` };
      }
      return { ok: true, url: current, status: response.status, contentType: response.contentType, body: response.body ?? new Uint8Array(), fetched: response.fetched, fromCache: response.fromCache };
    }
  }

  /** One request (no redirect followed), from the cache or the network, with retries on 429/503. */
  private async fetchOnce(url: string, maxAgeMs: number): Promise<(CachedResponse & { fromCache: boolean }) | { reason: FetchFailure; message: string }> {
    const cached = this.opts.cache?.get(url, maxAgeMs);
    if (cached) {
      this.cacheHits++;
      return { ...cached, fromCache: true };
    }
    const host = new URL(url).host;
    for (let attempt = 0; ; attempt++) {
      // Looked up again once this site's turn comes: an earlier request may have just fetched it.
      const r = await this.throttled(host, async () => this.opts.cache?.get(url, maxAgeMs) ?? this.request(url));
      if ("body" in r && "fetched" in r) {
        this.cacheHits++;
        return { ...r, fromCache: true };
      }
      if ("reason" in r) return r;
      if ((r.status === 429 || r.status === 503) && attempt < this.opts.retries) {
        const asked = retryAfterMs(r.retryAfter);
        const wait = asked ?? (this.opts.backoffMs ?? 1000) * 2 ** attempt;
        if (wait > this.opts.maxRetryWaitMs) {
          return { reason: "http-status", message: `HTTP ${r.status} (asks to wait ${Math.round(wait / 1000)} s, longer than the ${Math.round(this.opts.maxRetryWaitMs / 1000)} s this command waits)` };
        }
        // The whole site waits, not only this address: the next request to it, this retry or another, comes after the pause.
        const state = this.hostState(host);
        state.pausedUntil = Math.max(state.pausedUntil, Date.now() + wait);
        continue;
      }
      if (r.status === 429 || r.status === 503) {
        return { reason: "http-status", message: `HTTP ${r.status} (still, after ${attempt} ${attempt === 1 ? "retry" : "retries"})` };
      }
      const entry: CachedResponse = { url, status: r.status, contentType: r.contentType, location: r.location, fetched: new Date().toISOString(), body: r.body };
      if (r.tooLarge !== undefined) entry.tooLarge = r.tooLarge;
      if (this.opts.cache && isCacheable(r.status)) this.opts.cache.put(entry);
      return { ...entry, fromCache: false };
    }
  }

  /** Runs `fn` when no other request to `host` is running and the pause after the last one is over. */
  private async throttled<T>(host: string, fn: () => Promise<T>): Promise<T> {
    const state = this.hostState(host);
    const before = state.queue;
    let release!: () => void;
    state.queue = new Promise((resolve) => (release = resolve));
    await before;
    try {
      const wait = Math.max(state.lastEnd + state.delayMs, state.pausedUntil) - Date.now();
      if (wait > 0) await sleep(wait);
      return await fn();
    } finally {
      state.lastEnd = Date.now();
      release();
    }
  }

  private hostState(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) this.hosts.set(host, (state = { queue: Promise.resolve(), lastEnd: 0, delayMs: this.opts.delayMs, pausedUntil: 0 }));
    return state;
  }

  private async request(url: string): Promise<
    | { status: number; contentType: string | null; location: string | null; retryAfter: string | null; body: Uint8Array | null; tooLarge?: number }
    | { reason: FetchFailure; message: string }
  > {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.opts.timeoutMs);
    this.requests++;
    try {
      const res = await fetch(url, {
        redirect: "manual",
        signal: controller.signal,
        headers: {
          "user-agent": this.opts.userAgent ?? USER_AGENT,
          accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5",
        },
      });
      const head = {
        status: res.status,
        contentType: res.headers.get("content-type"),
        location: res.headers.get("location"),
        retryAfter: res.headers.get("retry-after"),
      };
      if (res.status >= 300 || !res.body) {
        await res.body?.cancel().catch(() => {});
        return { ...head, body: null };
      }
      const declared = Number(res.headers.get("content-length"));
      if (Number.isFinite(declared) && declared > this.opts.maxBytes) {
        controller.abort();
        return { ...head, body: null, tooLarge: declared };
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      const reader = res.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > this.opts.maxBytes) {
          controller.abort();
          await reader.cancel().catch(() => {});
          return { ...head, body: null, tooLarge: size };
        }
        chunks.push(value);
      }
      return { ...head, body: concat(chunks, size) };
    } catch (error) {
      if (controller.signal.aborted) return { reason: "timeout", message: `no complete answer within ${this.opts.timeoutMs / 1000} s (timed out)` };
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      return { reason: "network", message: `network error: ${cause?.code ?? cause?.message ?? (error as Error).message}` };
    } finally {
      clearTimeout(timer);
    }
  }

  /** The robots.txt rules of `url`'s site, fetched once per run (and kept a day in the cache). */
  private robotsFor(url: string): Promise<Robots> {
    const origin = new URL(url).origin;
    let rules = this.robots.get(origin);
    if (!rules) {
      rules = this.loadRobots(origin);
      this.robots.set(origin, rules);
    }
    return rules;
  }

  private async loadRobots(origin: string): Promise<Robots> {
    const robotsUrl = `${origin}/robots.txt`;
    let response = await this.fetchOnce(robotsUrl, ROBOTS_MAX_AGE_MS);
    // robots.txt may redirect (to https, to www.): follow a few, without asking robots.txt about it.
    for (let hops = 0; hops < 5 && !("reason" in response) && response.status >= 300 && response.status < 400 && response.location; hops++) {
      const next = new URL(response.location, robotsUrl).toString();
      if (!isHttp(next)) break;
      response = await this.fetchOnce(next, ROBOTS_MAX_AGE_MS);
    }
    if ("reason" in response) return { allowed: () => false, unavailable: `robots.txt of ${new URL(origin).host} could not be read (${response.message}); the site is left alone for this run` };
    if (response.status >= 500) return { allowed: () => false, unavailable: `robots.txt of ${new URL(origin).host} answered HTTP ${response.status}; the site is left alone for this run` };
    if (response.status >= 300 || !response.body) return { allowed: () => true, unavailable: null }; // no robots.txt: everything allowed
    const robots = robotsParser(robotsUrl, new TextDecoder().decode(response.body));
    const crawlDelay = robots.getCrawlDelay(ROBOTS_AGENT);
    if (crawlDelay !== undefined) {
      const state = this.hostState(new URL(origin).host);
      state.delayMs = Math.max(state.delayMs, Math.min(crawlDelay * 1000, 60_000));
    }
    return { allowed: (u) => robots.isAllowed(u, ROBOTS_AGENT) !== false, unavailable: null };
  }
}

/** Milliseconds a Retry-After header asks for (delay-seconds or an HTTP date), or null. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function isHttp(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function formatMiB(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
