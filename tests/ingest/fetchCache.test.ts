// Raw HTTP responses kept on disk, so that a second run of `npm run ingest` sends no request for
// what it already has: what is kept, for how long it answers, and what a half-written entry gives.
import {createHash} from "node:crypto";
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {basename, dirname, join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {FetchCache, isCacheable, type CachedResponse} from "../../loaders/ingest/fetchCache.js";

const scratch = mkdtempSync(join(tmpdir(), "fetch-cache-"));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));
const freshDir = (name: string) => mkdtempSync(join(scratch, `${name}-`));

/** Where an entry's files are: `<dir>/<first two hex digits>/<sha256 of the URL>`. */
const entryBase = (dir: string, url: string) => {
  const key = createHash("sha256").update(url).digest("hex");
  return join(dir, key.slice(0, 2), key);
};

const URL_A = "https://vnexpress.net/viet-nam-va-nhat-ban-hop-tac-phat-trien-chip-ban-dan-4861234.html";
const PAGE = new TextEncoder().encode("<!DOCTYPE html><html><head><title>Việt Nam và Nhật Bản</title></head><body><p>Hợp tác bán dẫn.</p></body></html>");
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const HOUR = 3600_000;

const page = (url: string, body: Uint8Array | null = PAGE, more: Partial<CachedResponse> = {}): CachedResponse => ({
  url,
  status: 200,
  contentType: "text/html; charset=utf-8",
  location: null,
  fetched: "2025-03-15T01:02:03.000Z",
  body,
  ...more,
});

describe("isCacheable", () => {
  it("keeps answers a rerun would get again: successes, redirects, and client errors such as 404 and 410", () => {
    for (const status of [200, 203, 204, 301, 302, 304, 307, 308, 400, 401, 403, 404, 410, 451]) expect(isCacheable(status), String(status)).toBe(true);
  });
  it("does not keep server errors, 429 Too Many Requests or 408 Request Timeout: a later run asks again", () => {
    for (const status of [408, 429, 500, 502, 503, 504, 520]) expect(isCacheable(status), String(status)).toBe(false);
  });
});

describe("FetchCache", () => {
  it("answers nothing for an address it has never kept", () => {
    expect(new FetchCache(freshDir("empty")).get(URL_A)).toBeNull();
    expect(new FetchCache(join(scratch, "not-created-yet")).get(URL_A)).toBeNull();
  });

  it("gives back, on a later run, the response it kept: status, headers, time and the body's exact bytes", () => {
    const dir = freshDir("hit");
    const bytes = new Uint8Array([0x3c, 0x70, 0x3e, 0x48, 0xf2, 0x70, 0x20, 0x74, 0xe1, 0x63, 0x00, 0xff]); // windows-1258, a NUL, 0xff
    new FetchCache(dir).put(page(URL_A, bytes, {contentType: "text/html; charset=windows-1258"}));
    const got = new FetchCache(dir).get(URL_A); // a new instance: the next `npm run ingest`
    expect(got && {...got, body: null}).toEqual({...page(URL_A, null), contentType: "text/html; charset=windows-1258"});
    expect(new Uint8Array(got!.body!)).toEqual(bytes);
  });

  it("keeps a redirect with its location and no body, and a 404 with its body", () => {
    const dir = freshDir("redirect");
    const cache = new FetchCache(dir);
    const moved = "http://vnexpress.net/a.html";
    const gone = "https://vnexpress.net/b.html";
    cache.put(page(moved, null, {status: 301, contentType: null, location: "https://vnexpress.net/a.html"}));
    cache.put(page(gone, new TextEncoder().encode("Không tìm thấy trang"), {status: 404}));
    expect(cache.get(moved)).toEqual(page(moved, null, {status: 301, contentType: null, location: "https://vnexpress.net/a.html"}));
    expect(cache.get(gone)).toMatchObject({status: 404});
    expect(new TextDecoder().decode(cache.get(gone)!.body!)).toBe("Không tìm thấy trang");
  });

  it("keeps only the size of a page over the size cap, not its body", () => {
    const cache = new FetchCache(freshDir("large"));
    cache.put(page(URL_A, null, {tooLarge: 12_582_912}));
    expect(cache.get(URL_A)).toEqual(page(URL_A, null, {tooLarge: 12_582_912}));
  });

  it("stores one entry per address as <sha256>.json and <sha256>.body, with no temporary file left", () => {
    const dir = freshDir("layout");
    new FetchCache(dir).put(page(URL_A));
    const base = entryBase(dir, URL_A);
    const key = basename(base);
    expect(readdirSync(dir)).toEqual([key.slice(0, 2)]);
    expect(readdirSync(join(dir, key.slice(0, 2))).sort()).toEqual([`${key}.body`, `${key}.json`]);
    expect(new Uint8Array(readFileSync(`${base}.body`))).toEqual(PAGE);
    const {body: _body, ...described} = page(URL_A);
    expect(JSON.parse(readFileSync(`${base}.json`, "utf8"))).toStrictEqual({...described, hasBody: true});
  });

  it("tells addresses apart exactly: a trailing slash, a query or the scheme makes another entry", () => {
    const cache = new FetchCache(freshDir("keys"));
    cache.put(page("https://h.vn/tin/bai"));
    for (const other of ["https://h.vn/tin/bai/", "https://h.vn/tin/bai?id=1", "http://h.vn/tin/bai", "https://h.vn/tin/Bai"]) expect(cache.get(other), other).toBeNull();
    expect(cache.get("https://h.vn/tin/bai")).not.toBeNull();
  });

  it("answers with an entry no older than the age asked for, and with any entry when no age is given", () => {
    const cache = new FetchCache(freshDir("age"));
    cache.put(page(URL_A, PAGE, {fetched: ago(2 * HOUR)}));
    expect(cache.get(URL_A, 3 * HOUR)?.status).toBe(200);
    expect(cache.get(URL_A, 1 * HOUR)).toBeNull();
    expect(cache.get(URL_A)?.status).toBe(200);
    expect(cache.get(URL_A, Infinity)?.status).toBe(200);
  });

  it("replaces an entry when the address is fetched again, a body-less answer included", () => {
    const cache = new FetchCache(freshDir("replace"));
    cache.put(page(URL_A, PAGE, {fetched: ago(48 * HOUR)}));
    const now = ago(0);
    cache.put(page(URL_A, null, {status: 410, contentType: null, fetched: now}));
    expect(cache.get(URL_A, HOUR)).toEqual(page(URL_A, null, {status: 410, contentType: null, fetched: now}));
  });

  it("answers nothing for a half-written entry: a body without its description, a description without its body, an unreadable description", () => {
    const dir = freshDir("half");
    const cache = new FetchCache(dir);
    const [a, b, c] = ["https://h.vn/a.html", "https://h.vn/b.html", "https://h.vn/c.html"];
    for (const url of [a, b, c]) cache.put(page(url));
    rmSync(`${entryBase(dir, a)}.json`); // killed between the body and the description
    rmSync(`${entryBase(dir, b)}.body`);
    writeFileSync(`${entryBase(dir, c)}.json`, '{"url":"https://h.vn/c.html","sta');
    expect([cache.get(a), cache.get(b), cache.get(c)]).toEqual([null, null, null]);
    cache.put(page(a)); // the next run fetches it again
    expect(cache.get(a)?.status).toBe(200);
  });

  it("does not answer for one address with the entry of another (a hash collision)", () => {
    const dir = freshDir("collision");
    const cache = new FetchCache(dir);
    const [a, b] = ["https://h.vn/a.html", "https://h.vn/b.html"];
    cache.put(page(b));
    const [fromB, toA] = [entryBase(dir, b), entryBase(dir, a)];
    mkdirSync(dirname(toA), {recursive: true});
    writeFileSync(`${toA}.json`, readFileSync(`${fromB}.json`)); // b's entry where a's would be
    writeFileSync(`${toA}.body`, readFileSync(`${fromB}.body`));
    expect(cache.get(a)).toBeNull();
    expect(cache.get(b)?.url).toBe(b);
  });
});
