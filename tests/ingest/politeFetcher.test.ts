// The fetcher's manners, against a small server on 127.0.0.1 that records when each request
// starts and ends and what it carried.
import {createServer, type IncomingMessage, type ServerResponse} from "node:http";
import type {AddressInfo} from "node:net";
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, afterEach, beforeAll, describe, expect, it} from "vitest";
import {FetchCache} from "../../loaders/ingest/fetchCache.js";
import {PoliteFetcher, retryAfterMs, ROBOTS_AGENT, USER_AGENT} from "../../loaders/ingest/politeFetcher.js";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let handler: Handler = (_req, res) => res.end();
let robots: Handler = (_req, res) => res.end("User-agent: *\nAllow: /\n");
const log: {path: string; start: number; end: number; agent: string}[] = [];
let origin = "";
const server = createServer((req, res) => {
  const entry = {path: req.url ?? "", start: Date.now(), end: 0, agent: String(req.headers["user-agent"])};
  log.push(entry);
  res.on("finish", () => (entry.end = Date.now()));
  if (req.url === "/robots.txt") return robots(req, res);
  handler(req, res);
});
const scratch = mkdtempSync(join(tmpdir(), "fetcher-"));
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => {
  log.length = 0;
  robots = (_req, res) => res.end("User-agent: *\nAllow: /\n");
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(scratch, {recursive: true, force: true});
});

const page = (ms = 0): Handler => (_req, res) => {
  setTimeout(() => {
    res.writeHead(200, {"content-type": "text/html"});
    res.end("<p>ok</p>");
  }, ms);
};

describe("PoliteFetcher", () => {
  it("sends one request per site at a time, with the delay between them, and names the project", async () => {
    handler = page(50);
    const f = new PoliteFetcher({cache: null, delayMs: 150});
    const results = await Promise.all(["/a", "/b", "/c"].map((p) => f.get(origin + p)));
    expect(results.every((r) => r.ok)).toBe(true);
    const pages = log.filter((r) => r.path !== "/robots.txt").sort((x, y) => x.start - y.start);
    expect(pages).toHaveLength(3);
    for (let i = 1; i < pages.length; i++) expect(pages[i]!.start - pages[i - 1]!.end).toBeGreaterThanOrEqual(140);
    expect(new Set(log.map((r) => r.agent))).toEqual(new Set([USER_AGENT]));
    expect(USER_AGENT).toContain(ROBOTS_AGENT);
  });

  it("follows at most 5 redirects", async () => {
    handler = (req, res) => {
      const n = Number(req.url!.slice(1));
      res.writeHead(301, {location: `/${n + 1}`});
      res.end();
    };
    const r = await new PoliteFetcher({cache: null, delayMs: 0}).get(`${origin}/0`);
    expect(r).toMatchObject({ok: false, reason: "too-many-redirects"});
    expect(log.filter((x) => x.path !== "/robots.txt")).toHaveLength(6);
  });

  it("does not follow a redirect out of http(s)", async () => {
    handler = (_req, res) => {
      res.writeHead(302, {location: "ftp://files.example.vn/a.pdf"});
      res.end();
    };
    expect(await new PoliteFetcher({cache: null, delayMs: 0}).get(`${origin}/x`)).toMatchObject({ok: false, reason: "not-http"});
  });

  it("retries a 503 with backoff, and gives up on a Retry-After longer than it waits", async () => {
    let calls = 0;
    handler = (_req, res) => {
      calls++;
      res.writeHead(503, calls === 3 ? {"retry-after": "3600"} : {});
      res.end();
    };
    const r = await new PoliteFetcher({cache: null, delayMs: 0, retries: 5, backoffMs: 20, maxRetryWaitMs: 60_000}).get(`${origin}/busy`);
    expect(r).toMatchObject({ok: false, reason: "http-status", message: expect.stringContaining("asks to wait 3600 s")});
    expect(calls).toBe(3);
  });

  it("refuses a page whose Content-Length is over the cap without reading it", async () => {
    handler = (_req, res) => {
      res.writeHead(200, {"content-type": "text/html", "content-length": String(10 * 1024 * 1024)});
      res.write("<p>");
      setTimeout(() => res.destroy(), 200);
    };
    expect(await new PoliteFetcher({cache: null, delayMs: 0, maxBytes: 1024 * 1024}).get(`${origin}/big`)).toMatchObject({ok: false, reason: "too-large", message: expect.stringContaining("10.0 MiB declared")});
  });

  it("waits robots.txt's Crawl-delay when it is longer than its own delay", async () => {
    robots = (_req, res) => res.end("User-agent: *\nCrawl-delay: 0.3\nDisallow: /private/\n");
    handler = page();
    const f = new PoliteFetcher({cache: null, delayMs: 0});
    await Promise.all(["/a", "/b"].map((p) => f.get(origin + p)));
    const pages = log.filter((r) => r.path !== "/robots.txt").sort((x, y) => x.start - y.start);
    expect(pages[1]!.start - pages[0]!.end).toBeGreaterThanOrEqual(290);
    expect(await f.get(`${origin}/private/x`)).toMatchObject({ok: false, reason: "robots"});
  });

  it("leaves a site alone for the run when its robots.txt answers with a server error", async () => {
    robots = (_req, res) => {
      res.writeHead(503);
      res.end();
    };
    handler = page();
    const r = await new PoliteFetcher({cache: null, delayMs: 0, retries: 0}).get(`${origin}/a`);
    expect(r).toMatchObject({ok: false, reason: "robots", message: expect.stringContaining("left alone")});
    expect(log.map((x) => x.path)).toEqual(["/robots.txt"]);
  });

  it("holds back every request to a site while a 429's Retry-After runs", async () => {
    let first = true;
    handler = (req, res) => {
      if (req.url === "/busy" && first) {
        first = false;
        res.writeHead(429, {"retry-after": "1"});
        return void res.end();
      }
      page()(req, res);
    };
    const f = new PoliteFetcher({cache: null, delayMs: 0});
    const busy = f.get(`${origin}/busy`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await Promise.all([busy, f.get(`${origin}/other`)]);
    const at = (p: string) => log.filter((r) => r.path === p).map((r) => r.start);
    expect(at("/other")[0]! - at("/busy")[0]!).toBeGreaterThanOrEqual(950);
    expect(at("/busy")).toHaveLength(2);
  });

  it("keeps what it fetched, and a second fetcher on the same cache sends nothing", async () => {
    handler = page();
    const cache = new FetchCache(join(scratch, "cache"));
    const first = await new PoliteFetcher({cache, delayMs: 0}).get(`${origin}/kept`);
    const before = log.length;
    const again = new PoliteFetcher({cache, delayMs: 0});
    const second = await again.get(`${origin}/kept`);
    expect(log.length).toBe(before);
    expect(again.requests).toBe(0);
    expect(second).toMatchObject({ok: true, fromCache: true, fetched: first.ok ? first.fetched : ""});
  });
});

describe("retryAfterMs", () => {
  it("reads delay-seconds and HTTP dates", () => {
    expect(retryAfterMs("120")).toBe(120_000);
    expect(retryAfterMs("Wed, 21 Oct 2015 07:28:10 GMT", Date.parse("Wed, 21 Oct 2015 07:28:00 GMT"))).toBe(10_000);
    expect(retryAfterMs("soon")).toBeNull();
    expect(retryAfterMs(null)).toBeNull();
  });
});
