// `npm run ingest`: web addresses, lists of addresses, feeds, sitemaps and folders of saved
// pages in; one Markdown article per page out (articleStore.ts), each with its title, date,
// source, address and fetch time. Every input ends as one result: written, updated, unchanged,
// kept (an existing file with another text, left alone), duplicate (an address already seen,
// once tracking parameters are dropped, or a text already in the folder), skipped (with the
// reason: HTTP status, robots, not an article, too large, not HTML, time-out ...), or listing
// (a feed or sitemap, whose articles follow as results of their own).
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { isHtmlName, listArticleFiles, readHtmlFileBytes } from "../read/articleFiles.js";
import { canonicalUrl } from "../read/canonicalUrl.js";
import { contentTypeCharset, decodeHtmlBytes } from "../read/htmlCharset.js";
import { publicationDate } from "../read/htmlMetadata.js";
import { normalizeText } from "../read/normalize.js";
import type { FrontMatter, PartialDate } from "../extract/model.js";
import { ArticleStore, type StoreOutcome } from "./articleStore.js";
import { removeStaleTemps } from "./atomicWrite.js";
import { listedLinks, sniffDocument, type ListedLink } from "./feeds.js";
import { PoliteFetcher } from "./politeFetcher.js";

export type IngestOutcome = "written" | "updated" | "unchanged" | "duplicate" | "kept" | "skipped" | "listing";

export interface IngestResult {
  /** The address (as given or listed) or the saved file. */
  input: string;
  outcome: IngestOutcome;
  /** For skipped: robots, http-status, not-an-article, too-large, not-html, timeout, network, redirect-loop, too-many-redirects, not-http, not-a-feed, not-a-sitemap, unreadable. */
  reason?: string;
  message?: string;
  /** The article file (relative to the output folder) written, kept, or duplicated. */
  path?: string;
  /** Where the fetched page said it lives (its canonical address), for articles. */
  url?: string;
}

export type IngestInput =
  | { kind: "url"; url: string; expect?: "feed" | "sitemap" }
  | { kind: "list"; file: string }
  | { kind: "page"; file: string }
  | { kind: "folder"; dir: string };

export interface IngestOptions {
  store: ArticleStore;
  fetcher: PoliteFetcher;
  /** Replace an existing file whose text differs instead of keeping it. */
  update?: boolean;
  /** Addresses worked on at once (each site still gets one request at a time). */
  concurrency?: number;
  /** How long an address given on the command line (a feed, a sitemap) is taken from the cache (ms). */
  listingMaxAgeMs?: number;
  onResult?: (result: IngestResult, knownTasks: number) => void;
}

/** How deep sitemap indexes are followed (index → sitemap → article). */
const MAX_LISTING_DEPTH = 2;

type Task =
  | { kind: "url"; input: string; expect: "feed" | "sitemap" | "listing-or-article" | "article"; depth: number; hint?: ListedLink; top: boolean }
  | { kind: "file"; path: string };

/** Runs the inputs to completion; results in the order they finished. */
export async function runIngest(inputs: IngestInput[], opts: IngestOptions): Promise<IngestResult[]> {
  removeStaleTemps(opts.store.dir);
  const results: IngestResult[] = [];
  const queue: Task[] = [];
  for (const input of inputs) {
    if (input.kind === "url") queue.push({ kind: "url", input: input.url, expect: input.expect ?? "listing-or-article", depth: 0, top: true });
    else if (input.kind === "list") {
      let text: string;
      try {
        text = readFileSync(input.file, "utf8");
      } catch (error) {
        results.push({ input: input.file, outcome: "skipped", reason: "unreadable", message: `cannot read the list of addresses (${(error as Error).message})` });
        continue;
      }
      for (const url of addressesOfList(text)) queue.push({ kind: "url", input: url, expect: "listing-or-article", depth: 0, top: false });
    } else if (input.kind === "page") {
      queue.push({ kind: "file", path: input.file });
    } else {
      for (const path of listArticleFiles(input.dir)) if (isHtmlName(path)) queue.push({ kind: "file", path });
    }
  }
  let known = queue.length + results.length;
  const seen = new Map<string, string>(); // canonical address → the input that brought it first
  const finish = (r: IngestResult): void => {
    results.push(r);
    opts.onResult?.(r, known);
  };
  for (const r of results) opts.onResult?.(r, known);

  const work = async (task: Task): Promise<void> => {
    if (task.kind === "file") return finish(readSavedPage(task.path, opts, seen));
    const url = canonicalUrl(task.input);
    if (!url) return finish({ input: task.input, outcome: "skipped", reason: "not-http", message: "not an http(s) address" });
    const first = seen.get(url);
    if (first !== undefined) return finish({ input: task.input, outcome: "duplicate", message: `same address as ${first}${first === url ? "" : " (tracking parameters dropped)"}` });
    seen.set(url, task.input);

    const res = await opts.fetcher.get(url, task.top ? opts.listingMaxAgeMs ?? 3600_000 : Infinity);
    if (!res.ok) return finish({ input: task.input, outcome: "skipped", reason: res.reason, message: res.message });
    const charset = contentTypeCharset(res.contentType);
    const kind = sniffDocument(decodeHtmlBytes(res.body.subarray(0, 4096), charset).html);
    const listing = kind === "rss" || kind === "atom" || kind === "sitemap" || kind === "sitemap-index";
    if (task.expect === "feed" && kind !== "rss" && kind !== "atom") return finish({ input: task.input, outcome: "skipped", reason: "not-a-feed", message: `not an RSS or Atom feed (${describe(kind, res.contentType)})` });
    if (task.expect === "sitemap" && kind !== "sitemap" && kind !== "sitemap-index") return finish({ input: task.input, outcome: "skipped", reason: "not-a-sitemap", message: `not a sitemap (${describe(kind, res.contentType)})` });
    if (listing && task.expect !== "article" && task.depth < MAX_LISTING_DEPTH) {
      const links = listedLinks(decodeHtmlBytes(res.body, charset).html, kind, res.url);
      for (const hint of links) {
        queue.push({ kind: "url", input: hint.url, expect: kind === "sitemap-index" ? "sitemap" : "article", depth: task.depth + 1, hint, top: false });
      }
      known += links.length;
      return finish({ input: task.input, outcome: "listing", message: `${kind === "sitemap-index" ? "sitemap index" : kind === "sitemap" ? "sitemap" : "feed"} listing ${links.length} ${links.length === 1 ? "address" : "addresses"}` });
    }
    if (kind !== "html") return finish({ input: task.input, outcome: "skipped", reason: "not-html", message: `not HTML (${describe(kind, res.contentType)})` });

    const page = readHtmlFileBytes(res.body, { url: res.url, charset });
    if (!page.ok) return finish({ input: task.input, outcome: "skipped", reason: page.code, message: page.message.replace(/^is not an article page: it /, "") });
    const frontMatter: FrontMatter = { ...page.frontMatter };
    if (!frontMatter.title && task.hint?.title) frontMatter.title = normalizeText(task.hint.title).replace(/\s+/g, " ").trim();
    if (!frontMatter.date && task.hint?.published) {
      const date = listedDate(task.hint.published);
      if (date) frontMatter.date = date;
    }
    const pageUrl = frontMatter.url ?? canonicalUrl(res.url)!;
    frontMatter.url = pageUrl;
    if (pageUrl !== url) {
      const earlier = seen.get(pageUrl);
      if (earlier !== undefined) return finish({ input: task.input, outcome: "duplicate", url: pageUrl, message: `the page's address is ${pageUrl}, already read from ${earlier}` });
      seen.set(pageUrl, task.input);
    }
    finish(stored(task.input, opts.store.save({ text: page.text, frontMatter, fetched: res.fetched }, { update: opts.update }), opts.store, pageUrl));
  };

  // A pool of workers taking tasks as they come; a feed's articles join the queue as it is read.
  const concurrency = Math.max(1, opts.concurrency ?? 4);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < queue.length) await work(queue[next++]!);
  };
  let running: Promise<void>[] = [];
  do {
    running = Array.from({ length: Math.min(concurrency, queue.length - next) }, worker);
    await Promise.all(running);
  } while (next < queue.length);
  return results;
}

/** The addresses of a list file: one per line; blank lines and `#` comments skipped. */
export function addressesOfList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, "").trim())
    .filter((line) => line !== "");
}

/** A date as a feed writes it (RFC 822 "Fri, 14 Mar 2025 09:15:00 +0700", or ISO 8601), in Vietnam's time. */
export function listedDate(value: string): PartialDate | null {
  const iso = publicationDate(value);
  if (iso) return iso;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  const local = new Date(at + 7 * 3600_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

function readSavedPage(path: string, opts: IngestOptions, seen: Map<string, string>): IngestResult {
  let bytes: Buffer;
  let modified: Date;
  try {
    const stats = statSync(path);
    if (stats.size > opts.fetcher.maxBytes) return { input: path, outcome: "skipped", reason: "too-large", message: `too large: ${stats.size} bytes, over the ${opts.fetcher.maxBytes} a page may have` };
    bytes = readFileSync(path);
    modified = stats.mtime;
  } catch (error) {
    return { input: path, outcome: "skipped", reason: "unreadable", message: (error as Error).message };
  }
  const page = readHtmlFileBytes(bytes);
  if (!page.ok) return { input: path, outcome: "skipped", reason: page.code, message: page.message.replace(/^is not an article page: it /, "") };
  const url = page.frontMatter.url ?? null;
  if (url) {
    const earlier = seen.get(url);
    if (earlier !== undefined) return { input: path, outcome: "duplicate", url, message: `the page's address is ${url}, already read from ${earlier}` };
    seen.set(url, path);
  }
  const outcome = opts.store.save(
    { text: page.text, frontMatter: page.frontMatter, fetched: modified.toISOString(), fallbackName: basename(path).replace(/\.[^.]*$/, "") },
    { update: opts.update },
  );
  return stored(path, outcome, opts.store, url);
}

function stored(input: string, outcome: StoreOutcome, store: ArticleStore, url: string | null): IngestResult {
  const r: IngestResult = { input, outcome: outcome.kind, path: store.shown(outcome.path) };
  if (url) r.url = url;
  if ("message" in outcome) r.message = outcome.message;
  return r;
}

function describe(kind: string, contentType: string | null): string {
  return kind === "other" ? contentType ?? "no content type" : `${kind}${contentType ? `, ${contentType}` : ""}`;
}
