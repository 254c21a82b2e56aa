// A web site on 127.0.0.1 for the ingest tests: the fixture pages of tests/fixtures/web/ under
// addresses of their own, a feed, a sitemap, a robots.txt that disallows /private/, and every
// way a fetch can go wrong (redirect chains and a loop, 404, 500, 429 with Retry-After, a page
// that never finishes, a 30 MB page made on the fly, a PDF, a page that is no article). It
// records every request, so that tests can count them. Nothing leaves the machine.
import {readFileSync} from "node:fs";
import {createServer, type IncomingMessage, type ServerResponse} from "node:http";
import type {AddressInfo} from "node:net";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {encodeWindows1258} from "../fixtures/web/encodeWindows1258.js";

export const WEB_FIXTURES = fileURLToPath(new URL("../fixtures/web/", import.meta.url));

/** Article pages: path → fixture file. */
export const PAGES: Readonly<Record<string, string>> = {
  "/vnexpress/chip-ban-dan.html": "vnexpress.html",
  "/tuoitre/koica.htm": "tuoitre.html",
  "/vietnamplus/nang-luong-hat-nhan.vnp": "vietnamplus.html",
  "/nhandan/an-do.html": "nhandan.html",
  "/tin/lam-dong-israel.html": "no-metadata.html",
  "/tin/lam-dong-israel-ban-in.html": "no-metadata.html", // the same text at a second address: a print version
  "/ictnews/singapore.html": "script-text.html",
  "/khoa-hoc": "section-index.html",
  "/private/bao-cao-noi-bo.html": "vnexpress.html",
};

/** The feed's items: path, title and publication date as the feed states them, in order. */
export const FEED_ITEMS: readonly [path: string, title: string, pubDate: string][] = [
  ["/vnexpress/chip-ban-dan.html", "Việt Nam và Nhật Bản hợp tác phát triển chip bán dẫn", "Fri, 14 Mar 2025 09:15:00 +0700"],
  ["/tuoitre/koica.htm?utm_source=rss&utm_medium=feed", "Hàn Quốc hỗ trợ TP.HCM xây dựng trung tâm đổi mới sáng tạo", "Wed, 02 Apr 2025 10:30:00 +0700"],
  ["/vietnamplus/nang-luong-hat-nhan.vnp", "Việt Nam - Pháp thúc đẩy hợp tác nghiên cứu về năng lượng hạt nhân", "Tue, 20 May 2025 03:45:00 GMT"],
  ["/nhandan/an-do.html", "Đẩy mạnh hợp tác khoa học và công nghệ Việt Nam - Ấn Độ", "Thu, 05 Jun 2025 15:20:00 +0700"],
  ["/busy/most-duc.aspx", "Việt Nam và Đức hợp tác nghiên cứu về vật liệu tiên tiến", "Fri, 18 Jul 2025 08:00:00 +0700"],
  ["/danang/windows-1258.html", "Đà Nẵng hợp tác với Hàn Quốc về thành phố thông minh", "Fri, 08 Nov 2024 16:00:00 +0700"],
  ["/tin/lam-dong-israel.html", "Lâm Đồng hợp tác với Israel về nông nghiệp công nghệ cao", "Tue, 02 Sep 2025 17:30:00 GMT"],
  ["/ictnews/singapore.html", "Singapore chia sẻ kinh nghiệm chống tấn công mạng với Việt Nam", "Thu, 21 Aug 2025 08:00:00 +0700"],
];

/** The sitemap's addresses (paths): the bad cases. */
export const SITEMAP_ITEMS = [
  "/private/bao-cao-noi-bo.html",
  "/missing.html",
  "/broken.html",
  "/loop/a",
  "/redirect/start",
  "/hang.html",
  "/huge.html",
  "/report.pdf",
  "/khoa-hoc",
  "/tin/lam-dong-israel-ban-in.html",
];

export interface FixtureServer {
  origin: string;
  /** Paths requested, in order (query strings included). */
  requests: string[];
  close(): Promise<void>;
}

export const HUGE_BYTES = 30 * 1024 * 1024;

export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: string[] = [];
  const busyServed = new Set<string>();
  let origin = "";
  const page = (name: string) => readFileSync(join(WEB_FIXTURES, name));
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? "/", origin);
    requests.push(url.pathname + url.search);
    const html = (body: Uint8Array | string, type = "text/html; charset=utf-8") => {
      res.writeHead(200, {"content-type": type});
      res.end(body);
    };
    const path = url.pathname;
    if (path === "/robots.txt") return html("User-agent: *\nDisallow: /private/\n", "text/plain");
    if (PAGES[path]) return html(page(PAGES[path]!));
    if (path === "/feed.xml") return html(feedXml(origin), "application/rss+xml; charset=utf-8");
    if (path === "/sitemap.xml") return html(sitemapXml(origin), "application/xml");
    if (path === "/danang/windows-1258.html") {
      // No charset in the header: the page's own <meta http-equiv> must be read.
      return html(encodeWindows1258(readFileSync(join(WEB_FIXTURES, "windows-1258.source.html"), "utf8")), "text/html");
    }
    if (path === "/busy/most-duc.aspx") {
      if (!busyServed.has(path)) {
        busyServed.add(path);
        res.writeHead(429, {"retry-after": "1", "content-type": "text/plain"});
        return void res.end("Too Many Requests");
      }
      return html(page("most.html"));
    }
    if (path === "/redirect/start") return redirect(res, 301, "/redirect/middle");
    if (path === "/redirect/middle") return redirect(res, 302, "/tuoitre/koica.htm?utm_source=zalo&utm_campaign=share");
    if (path === "/loop/a") return redirect(res, 302, "/loop/b");
    if (path === "/loop/b") return redirect(res, 302, "/loop/a");
    if (path === "/broken.html") {
      res.writeHead(500, {"content-type": "text/html"});
      return void res.end("<h1>Internal Server Error</h1>");
    }
    if (path === "/hang.html") {
      res.writeHead(200, {"content-type": "text/html; charset=utf-8"});
      res.write("<!DOCTYPE html><html><head><title>Trang không bao giờ tải xong</title></head><body><p>Đang tải");
      return; // never ends
    }
    if (path === "/huge.html") {
      res.writeHead(200, {"content-type": "text/html; charset=utf-8"}); // no Content-Length: the cap must count
      const chunk = Buffer.alloc(1024 * 1024, "<p>Nội dung rất dài.</p>\n");
      let sent = 0;
      const pump = (): void => {
        while (sent < HUGE_BYTES) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      res.on("error", () => {});
      return pump();
    }
    if (path === "/report.pdf") return html(Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"), "application/pdf");
    res.writeHead(404, {"content-type": "text/html"});
    res.end("<h1>Không tìm thấy trang</h1>");
  };
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}

function redirect(res: ServerResponse, status: number, location: string): void {
  res.writeHead(status, {location});
  res.end();
}

function feedXml(origin: string): string {
  const items = FEED_ITEMS.map(
    ([path, title, pubDate]) => `    <item>
      <title><![CDATA[${title}]]></title>
      <link>${origin}${path.replace(/&/g, "&amp;")}</link>
      <pubDate>${pubDate}</pubDate>
    </item>`
  ).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Hợp tác quốc tế về khoa học và công nghệ</title>
    <link>${origin}/</link>
${items}
  </channel>
</rss>
`;
}

function sitemapXml(origin: string): string {
  const urls = SITEMAP_ITEMS.map((path) => `  <url><loc>${origin}${path}</loc><lastmod>2025-09-01</lastmod></url>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls}
</urlset>
`;
}

/** Serves until killed: `npx tsx tests/ingest/fixtureServer.ts` prints its origin (for trying `npm run ingest` by hand). */
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const s = await startFixtureServer();
  process.stdout.write(`${s.origin}\n`);
}
