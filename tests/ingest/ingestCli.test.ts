// `npm run ingest` as a person runs it: a feed URL into a fresh folder, then `npm run extract`
// over that folder gives each article with its date, source and address; a run killed halfway
// loses and changes nothing already in the folder, and the rerun finishes the job; the exit
// status says whether anything could be read.
import {spawn, spawnSync} from "node:child_process";
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {csvParse} from "d3-dsv";
import {listArticleFiles} from "../../loaders/read/articleFiles.js";
import {startFixtureServer, type FixtureServer} from "./fixtureServer.js";
import {ingest, ingestArgs} from "./ingestCommand.js";

const ROOT = join(import.meta.dirname, "..", "..");
let server: FixtureServer;
const scratch = mkdtempSync(join(tmpdir(), "ingest-cli-"));
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
  rmSync(scratch, {recursive: true, force: true});
});

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listArticleFiles(dir).map((f) => [f.slice(dir.length + 1), readFileSync(f, "utf8")]));
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true}).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe("npm run ingest, then npm run extract", () => {
  it("gives the feed's articles with their titles, dates, sources and addresses", async () => {
    const out = join(scratch, "feed-out");
    const run = await ingest([`${server.origin}/feed.xml`, "--out", out, "--cache", join(scratch, "feed-cache"), "--delay", "0"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ingest: 8 written, 1 feed or sitemap read in/);
    const tables = join(scratch, "feed-tables");
    const extract = spawnSync("npm", ["run", "--silent", "extract", "--", "--tables", tables], {cwd: ROOT, encoding: "utf8", env: {...process.env, CORPUS_DIR: out}});
    expect(extract.status).toBe(0);
    const lines = extract.stdout.trim().split("\n").map((l) => JSON.parse(l));
    const byTitle = new Map(lines.map((l) => [l.title, l]));
    expect(lines).toHaveLength(8);
    expect(byTitle.get("Việt Nam và Nhật Bản hợp tác phát triển chip bán dẫn")).toMatchObject({source: "vnexpress.net", date: {year: 2025, month: 3, day: 14}, skipped: false});
    expect(byTitle.get("Đẩy mạnh hợp tác khoa học và công nghệ Việt Nam - Ấn Độ")).toMatchObject({source: "nhandan.vn", date: {year: 2025, month: 6, day: 5}});
    expect(byTitle.get("Việt Nam - Pháp thúc đẩy hợp tác nghiên cứu về năng lượng hạt nhân").countries).toContainEqual({code: "FR", mentions: expect.any(Number)});
    const articles = csvParse(readFileSync(join(tables, "articles.csv"), "utf8"));
    expect(articles.find((a) => a.source === "tuoitre.vn")?.url).toBe("https://tuoitre.vn/han-quoc-ho-tro-tp-hcm-xay-dung-trung-tam-doi-moi-sang-tao-20250402103015829.htm");
    expect(articles.filter((a) => a.url?.startsWith("http"))).toHaveLength(8);
  }, 60_000);

  it("exits 1 when nothing could be read, and 2 on a usage error", async () => {
    const none = await ingest([`${server.origin}/missing.html`, "--out", join(scratch, "none"), "--cache", join(scratch, "none-cache"), "--delay", "0"]);
    expect(none.status).toBe(1);
    expect(none.stdout).toContain("skipped   " + `${server.origin}/missing.html  [http-status]  HTTP 404`);
    expect(none.stderr).toContain("no article could be read");
    expect((await ingest(["--out"])).status).toBe(2);
    expect((await ingest(["no/such/file"])).status).toBe(2);
  }, 30_000);
});

describe("a run killed halfway", () => {
  it("loses and changes nothing in the folder, and the rerun ends where an unbroken run ends", async () => {
    const seed = join(scratch, "seed");
    mkdirSync(join(seed, "tay-tay"), {recursive: true});
    writeFileSync(join(seed, "tay-tay", "viet-tay.txt"), "Bài viết tay về hợp tác Việt Nam - Hàn Quốc.\n");
    const killed = join(scratch, "killed");
    const unbroken = join(scratch, "unbroken");
    cpSync(seed, killed, {recursive: true});
    cpSync(seed, unbroken, {recursive: true});
    const cache = join(scratch, "kill-cache");
    const args = (out: string) => [`${server.origin}/feed.xml`, "--out", out, "--cache", cache, "--delay", "0.3", "--json"];

    // Killed (SIGKILL: no chance to clean up) once it has written its first article.
    const child = spawn(process.execPath, ingestArgs(args(killed)), {cwd: ROOT, stdio: ["ignore", "pipe", "ignore"]});
    await new Promise<void>((resolve) => {
      let buffer = "";
      child.stdout.on("data", (chunk: Buffer) => {
        buffer += chunk;
        if (buffer.includes('"outcome":"written"')) {
          child.kill("SIGKILL");
          resolve();
        }
      });
    });
    await new Promise((resolve) => child.on("exit", resolve));
    const afterKill = snapshot(killed);
    expect(afterKill["tay-tay/viet-tay.txt"]).toBe("Bài viết tay về hợp tác Việt Nam - Hàn Quốc.\n");
    const written = Object.keys(afterKill).filter((f) => f.endsWith(".md"));
    expect(written.length).toBeGreaterThanOrEqual(1);
    expect(written.length).toBeLessThan(8);

    expect((await ingest(args(killed))).status).toBe(0);
    expect((await ingest(args(unbroken))).status).toBe(0);
    const final = snapshot(killed);
    expect(final).toEqual(snapshot(unbroken));
    for (const [file, text] of Object.entries(afterKill)) expect(final[file], file).toBe(text); // what the killed run wrote was whole
    expect(Object.keys(final)).toHaveLength(9);
    expect(allFiles(killed).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 60_000);
});

describe("the fixture server", () => {
  it("is on this machine only", () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(existsSync(join(ROOT, "tests/fixtures/web/vnexpress.html"))).toBe(true);
  });
});
