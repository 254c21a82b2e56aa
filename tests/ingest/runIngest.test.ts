// runIngest against the fixture web site (tests/ingest/fixtureServer.ts, on 127.0.0.1): a feed
// of articles in the outlets' markup and a sitemap of every bad case. Each address ends as one
// result with its reason; the articles land in OUT/<host>/<slug>.md with their metadata; a
// second run fetches nothing it has; an edited file is never overwritten silently.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {ArticleStore} from "../../loaders/ingest/articleStore.js";
import {FetchCache} from "../../loaders/ingest/fetchCache.js";
import {addressesOfList, listedDate, runIngest, type IngestInput, type IngestResult} from "../../loaders/ingest/runIngest.js";
import {PoliteFetcher} from "../../loaders/ingest/politeFetcher.js";
import {listArticleFiles, readArticleFile} from "../../loaders/read/articleFiles.js";
import {startFixtureServer, type FixtureServer} from "./fixtureServer.js";

let server: FixtureServer;
const scratch = mkdtempSync(join(tmpdir(), "ingest-"));
const out = join(scratch, "articles");
const cache = join(scratch, "cache");

const run = (inputs: IngestInput[], opts: {update?: boolean} = {}) =>
  runIngest(inputs, {
    store: new ArticleStore(out),
    fetcher: new PoliteFetcher({cache: new FetchCache(cache), delayMs: 0, timeoutMs: 800, retries: 2, backoffMs: 50}),
    update: opts.update
  });

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listArticleFiles(dir).map((f) => [f.slice(dir.length + 1), readFileSync(f, "utf8")]));
}

let inputs: IngestInput[];
let first: IngestResult[];
let firstRequests: string[];
/** The one result of an article's page, whichever of its addresses (with or without tracking parameters) came first. */
const articleResult = (results: IngestResult[], path: string) => {
  const page = server.origin + path.split("?")[0];
  const r = results.filter((x) => x.input.split("?")[0] === page && x.outcome !== "duplicate");
  if (r.length !== 1) throw new Error(`${r.length} results for ${path}`);
  return r[0]!;
};
const byInput = (results: IngestResult[], path: string) => {
  const r = results.filter((x) => x.input === server.origin + path);
  if (r.length !== 1) throw new Error(`${r.length} results for ${path}`);
  return r[0]!;
};

beforeAll(async () => {
  server = await startFixtureServer();
  const list = join(scratch, "links.txt");
  writeFileSync(list, `# links from a colleague\n${server.origin}/tuoitre/koica.htm?utm_source=zalo&utm_medium=share\n\nmailto:toasoan@example.vn   # not a web page\n`);
  inputs = [
    {kind: "url", url: `${server.origin}/feed.xml`},
    {kind: "url", url: `${server.origin}/sitemap.xml`, expect: "sitemap"},
    {kind: "list", file: list}
  ];
  first = await run(inputs);
  firstRequests = [...server.requests];
}, 30_000);
afterAll(async () => {
  await server.close();
  rmSync(scratch, {recursive: true, force: true});
});

/** The feed's articles: where each lands and what its file says. */
const ARTICLES: Record<string, {file: string; title: string; date: object; source: string; url?: string; firstLine?: string}> = {
  "/vnexpress/chip-ban-dan.html": {file: "vnexpress.net/viet-nam-va-nhat-ban-hop-tac-phat-trien-chip-ban-dan-4861234.md", title: "Việt Nam và Nhật Bản hợp tác phát triển chip bán dẫn", date: {year: 2025, month: 3, day: 14}, source: "vnexpress.net", url: "https://vnexpress.net/viet-nam-va-nhat-ban-hop-tac-phat-trien-chip-ban-dan-4861234.html"},
  "/tuoitre/koica.htm?utm_source=rss&utm_medium=feed": {file: "tuoitre.vn/han-quoc-ho-tro-tp-hcm-xay-dung-trung-tam-doi-moi-sang-tao-20250402103015829.md", title: "Hàn Quốc hỗ trợ TP.HCM xây dựng trung tâm đổi mới sáng tạo", date: {year: 2025, month: 4, day: 2}, source: "tuoitre.vn"},
  "/vietnamplus/nang-luong-hat-nhan.vnp": {file: "vietnamplus.vn/viet-nam-phap-thuc-day-hop-tac-nghien-cuu-ve-nang-luong-hat-nhan-post1021345.md", title: "Việt Nam - Pháp thúc đẩy hợp tác nghiên cứu về năng lượng hạt nhân", date: {year: 2025, month: 5, day: 20}, source: "vietnamplus.vn"},
  "/nhandan/an-do.html": {file: "nhandan.vn/day-manh-hop-tac-khoa-hoc-va-cong-nghe-viet-nam-an-do-post871234.md", title: "Đẩy mạnh hợp tác khoa học và công nghệ Việt Nam - Ấn Độ", date: {year: 2025, month: 6, day: 5}, source: "nhandan.vn"},
  // Answered 429 with Retry-After: 1 first, then the page. The portal states no date: the feed's is used.
  "/busy/most-duc.aspx": {file: "most.gov.vn/viet-nam-va-duc-hop-tac-nghien-cuu-ve-vat-lieu-tien-tien.md", title: "Việt Nam và Đức hợp tác nghiên cứu về vật liệu tiên tiến", date: {year: 2025, month: 7, day: 18}, source: "most.gov.vn"},
  // No address in the page: the one it was fetched from, and its host as source.
  "/danang/windows-1258.html": {file: "127.0.0.1/windows-1258.md", title: "Sở Khoa học và Công nghệ Đà Nẵng hợp tác với Hàn Quốc về thành phố thông minh", date: {year: 2024, month: 11, day: 8}, source: "127.0.0.1"},
  // No metadata at all: title and date from the feed (17:30 GMT on 2 September is 3 September in Vietnam).
  "/tin/lam-dong-israel.html": {file: "127.0.0.1/lam-dong-israel.md", title: "Lâm Đồng hợp tác với Israel về nông nghiệp công nghệ cao", date: {year: 2025, month: 9, day: 3}, source: "127.0.0.1", firstLine: "Tỉnh Lâm Đồng hợp tác với Israel phát triển nông nghiệp công nghệ cao"},
  "/ictnews/singapore.html": {file: "ictnews.example.vn/singapore-chia-se-kinh-nghiem-chong-tan-cong-mang-post99.md", title: "Singapore chia sẻ kinh nghiệm chống tấn công mạng với Việt Nam", date: {year: 2025, month: 8, day: 21}, source: "ictnews.example.vn"}
};

describe("runIngest on a feed, a sitemap and a list of addresses", () => {
  it("writes every article of the feed to OUT/<host>/<slug>.md with its title, date, source and address", () => {
    for (const [path, want] of Object.entries(ARTICLES)) {
      expect(articleResult(first, path), path).toMatchObject({outcome: "written", path: want.file});
      const read = readArticleFile(join(out, want.file), out);
      if (!read.ok) throw new Error(read.warning.message);
      expect(read.article.frontMatter, path).toMatchObject({title: want.title, date: want.date, source: want.source});
      if (want.url) expect(read.article.frontMatter.url).toBe(want.url);
      expect(read.article.text.split("\n")[0], path).toBe(want.firstLine ?? want.title);
    }
    expect(Object.keys(snapshot(out))).toHaveLength(Object.keys(ARTICLES).length);
  });

  it("writes the front matter the corpus reader expects, fetched time included, and the text one paragraph per line", () => {
    const text = readFileSync(join(out, ARTICLES["/ictnews/singapore.html"]!.file), "utf8");
    expect(text).toMatch(/^---\ntitle: "Singapore chia sẻ kinh nghiệm chống tấn công mạng với Việt Nam"\ndate: 2025-08-21\nsource: "ictnews.example.vn"\nurl: "https:\/\/ictnews.example.vn\/singapore-chia-se-kinh-nghiem-chong-tan-cong-mang-post99.html"\nfetched: \d{4}-\d\d-\d\dT[\d:.]+Z\n---\nSingapore chia sẻ/);
    expect(text).toContain('chèn đoạn mã <script>alert("hacked")</script> vào ô bình luận');
  });

  it("skips each bad address with its reason", () => {
    const skipped = (path: string) => byInput(first, path);
    expect(skipped("/private/bao-cao-noi-bo.html")).toMatchObject({outcome: "skipped", reason: "robots", message: expect.stringContaining("robots.txt")});
    expect(skipped("/missing.html")).toMatchObject({outcome: "skipped", reason: "http-status", message: "HTTP 404"});
    expect(skipped("/broken.html")).toMatchObject({outcome: "skipped", reason: "http-status", message: "HTTP 500"});
    expect(skipped("/loop/a")).toMatchObject({outcome: "skipped", reason: "redirect-loop", message: expect.stringContaining("/loop/b →")});
    expect(skipped("/hang.html")).toMatchObject({outcome: "skipped", reason: "timeout"});
    expect(skipped("/huge.html")).toMatchObject({outcome: "skipped", reason: "too-large", message: expect.stringContaining("5.0 MiB")});
    expect(skipped("/report.pdf")).toMatchObject({outcome: "skipped", reason: "not-html", message: "not HTML (application/pdf)"});
    expect(skipped("/khoa-hoc")).toMatchObject({outcome: "skipped", reason: "not-an-article"});
    expect(first.find((r) => r.input === "mailto:toasoan@example.vn")).toMatchObject({outcome: "skipped", reason: "not-http"});
  });

  it("never asks for a page robots.txt disallows", () => {
    expect(firstRequests.some((p) => p.startsWith("/private/"))).toBe(false);
  });

  it("counts one article under several addresses once: tracking parameters, a redirect chain to it, the same text at another address", () => {
    // The feed's and the list's address of the Tuổi Trẻ article differ only in utm_ parameters: one is read, the other is a duplicate.
    const twins = first.filter((r) => r.input.startsWith(`${server.origin}/tuoitre/koica.htm?utm_`));
    expect(twins.map((r) => r.outcome).sort()).toEqual(["duplicate", "written"]);
    expect(twins.find((r) => r.outcome === "duplicate")!.message).toContain("tracking parameters dropped");
    expect(byInput(first, "/redirect/start")).toMatchObject({outcome: "duplicate", url: "https://tuoitre.vn/han-quoc-ho-tro-tp-hcm-xay-dung-trung-tam-doi-moi-sang-tao-20250402103015829.htm"});
    expect(byInput(first, "/tin/lam-dong-israel-ban-in.html")).toMatchObject({outcome: "duplicate", message: "same text as 127.0.0.1/lam-dong-israel.md"});
    expect(firstRequests.filter((p) => p.startsWith("/tuoitre/koica.htm"))).toEqual(["/tuoitre/koica.htm"]);
  });

  it("follows a 301 → 302 chain, waits as a 429's Retry-After asks and then gets the page", () => {
    expect(firstRequests).toEqual(expect.arrayContaining(["/redirect/start", "/redirect/middle"]));
    expect(firstRequests.filter((p) => p === "/busy/most-duc.aspx")).toHaveLength(2);
  });

  it("reports the feed and the sitemap as listings", () => {
    expect(byInput(first, "/feed.xml")).toMatchObject({outcome: "listing", message: "feed listing 8 addresses"});
    expect(byInput(first, "/sitemap.xml")).toMatchObject({outcome: "listing", message: "sitemap listing 10 addresses"});
  });

  it("fetches nothing it has on a second run (only what failed for a passing reason: the 500 and the time-out), and changes no file", async () => {
    const before = snapshot(out);
    const requestsBefore = server.requests.length;
    const second = await run(inputs);
    expect(server.requests.slice(requestsBefore).sort()).toEqual(["/broken.html", "/hang.html"]);
    expect(snapshot(out)).toEqual(before);
    for (const path of Object.keys(ARTICLES)) expect(articleResult(second, path).outcome, path).toBe("unchanged");
  }, 20_000);

  it("keeps a file someone edited, says so, and replaces it only with update", async () => {
    const file = join(out, ARTICLES["/nhandan/an-do.html"]!.file);
    const original = readFileSync(file, "utf8");
    const edited = original.replace("New Delhi", "Niu Đê-li");
    writeFileSync(file, edited);
    const feedOnly: IngestInput[] = [{kind: "url", url: `${server.origin}/feed.xml`}];
    const kept = byInput(await run(feedOnly), "/nhandan/an-do.html");
    expect(kept).toMatchObject({outcome: "kept", message: expect.stringContaining("another text; kept as it is (--update replaces it)")});
    expect(readFileSync(file, "utf8")).toBe(edited);
    expect(byInput(await run(feedOnly, {update: true}), "/nhandan/an-do.html").outcome).toBe("updated");
    expect(readFileSync(file, "utf8")).toBe(original);
  }, 20_000);
});

describe("runIngest with --feed and --sitemap", () => {
  it("skips an address that is not what it was said to be", async () => {
    const results = await runIngest(
      [
        {kind: "url", url: `${server.origin}/vnexpress/chip-ban-dan.html`, expect: "feed"},
        {kind: "url", url: `${server.origin}/feed.xml`, expect: "sitemap"}
      ],
      {store: new ArticleStore(mkdtempSync(join(scratch, "expect-"))), fetcher: new PoliteFetcher({cache: new FetchCache(cache), delayMs: 0})}
    );
    expect(results).toEqual([
      expect.objectContaining({outcome: "skipped", reason: "not-a-feed", message: "not an RSS or Atom feed (html, text/html; charset=utf-8)"}),
      expect.objectContaining({outcome: "skipped", reason: "not-a-sitemap", message: "not a sitemap (rss, application/rss+xml; charset=utf-8)"})
    ]);
  });
});

describe("runIngest on a folder of saved pages", () => {
  it("reads each .html/.htm file as a page, its canonical address giving its place", async () => {
    const saved = mkdtempSync(join(scratch, "saved-"));
    const dest = mkdtempSync(join(scratch, "dest-"));
    const web = join(import.meta.dirname, "..", "fixtures", "web");
    writeFileSync(join(saved, "Bài Nhân Dân.html"), readFileSync(join(web, "nhandan.html")));
    writeFileSync(join(saved, "khong-metadata.htm"), readFileSync(join(web, "no-metadata.html")));
    writeFileSync(join(saved, "notes.txt"), "ghi chú");
    const results = await runIngest([{kind: "folder", dir: saved}], {
      store: new ArticleStore(dest),
      fetcher: new PoliteFetcher({cache: null, delayMs: 0})
    });
    expect(results.map((r) => [r.outcome, r.path]).sort()).toEqual([
      ["written", "nhandan.vn/day-manh-hop-tac-khoa-hoc-va-cong-nghe-viet-nam-an-do-post871234.md"],
      ["written", "saved/khong-metadata.md"]
    ]);
    // One saved page given by name: the same article, already there.
    const again = await runIngest([{kind: "page", file: join(saved, "Bài Nhân Dân.html")}], {store: new ArticleStore(dest), fetcher: new PoliteFetcher({cache: null, delayMs: 0})});
    expect(again).toMatchObject([{outcome: "unchanged", path: "nhandan.vn/day-manh-hop-tac-khoa-hoc-va-cong-nghe-viet-nam-an-do-post871234.md"}]);
  });
});

describe("addressesOfList and listedDate", () => {
  it("read one address per line, without blank lines and # comments", () => {
    expect(addressesOfList("# a list\nhttps://a.vn/1  # first\n\n  https://a.vn/2\r\n#https://a.vn/3\n")).toEqual(["https://a.vn/1", "https://a.vn/2"]);
  });
  it("read a feed's RFC 822 and ISO dates in Vietnam's time", () => {
    expect(listedDate("Tue, 02 Sep 2025 17:30:00 GMT")).toEqual({year: 2025, month: 9, day: 3});
    expect(listedDate("2025-09-02T10:00:00+07:00")).toEqual({year: 2025, month: 9, day: 2});
    expect(listedDate("not a date")).toBeNull();
  });
});
