// A static file server for the built site (dist/, or another folder), on 127.0.0.1 only, with no
// dependency: what the browser suite (tests/browser/) serves the site from, and a quick way to
// look at a build.
//
//   node scripts/serve-dist.js [DIR] [--port N]     (default: dist/ on port 8080; 0 = any free port)
//
// Paths without an extension resolve to .html (Framework's clean URLs), a folder to its
// index.html; nothing outside DIR is ever served.
import {createReadStream, existsSync, statSync} from "node:fs";
import {createServer} from "node:http";
import {createGzip} from "node:zlib";
import {extname, join, resolve, sep} from "node:path";
import {fileURLToPath} from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".tsv": "text/tab-separated-values; charset=utf-8",
  ".woff2": "font/woff2"
};

const isFile = (p) => existsSync(p) && statSync(p).isFile();

/** The file a request path names under `root`, or null. */
export function resolvePath(root, pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (path.includes("\0")) return null;
  const file = resolve(root, "." + path);
  if (file !== root && !file.startsWith(root + sep)) return null;
  if (path.endsWith("/")) return isFile(join(file, "index.html")) ? join(file, "index.html") : null;
  if (isFile(file)) return file;
  if (isFile(file + ".html")) return file + ".html";
  if (existsSync(file) && statSync(file).isDirectory() && isFile(join(file, "index.html"))) return join(file, "index.html");
  return null;
}

/** Types worth compressing, as any production static host does (gzip, when the client accepts it). */
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".svg", ".csv", ".txt", ".tsv"]);

/**
 * Serves `dir` on 127.0.0.1:`port` (0: any free port). Resolves to the server and its origin
 * (e.g. "http://127.0.0.1:8080"); `requests` lists every path asked for. With `compress`, text
 * files are sent gzipped to clients that accept it (the Lighthouse audit measures the site as a
 * real host would serve it); without, every file is sent as is.
 */
export async function serveDist(dir = "dist", {port = 0, log = false, compress = false} = {}) {
  const root = resolve(dir);
  const requests = [];
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    requests.push(pathname);
    const file = req.method === "GET" || req.method === "HEAD" ? resolvePath(root, pathname) : null;
    if (log) console.log(`${req.method} ${pathname} ${file ? 200 : 404}`);
    if (!file) {
      res.writeHead(404, {"content-type": "text/plain; charset=utf-8"}).end("not found\n");
      return;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const gzip = compress && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    if (gzip) res.writeHead(200, {"content-type": type, "content-encoding": "gzip", vary: "accept-encoding", "cache-control": "no-store"});
    else res.writeHead(200, {"content-type": type, "content-length": statSync(file).size, "cache-control": "no-store"});
    if (req.method === "HEAD") res.end();
    else if (gzip) createReadStream(file).pipe(createGzip()).pipe(res);
    else createReadStream(file).pipe(res);
  });
  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", ok);
  });
  const address = server.address();
  return {server, origin: `http://127.0.0.1:${address.port}`, requests};
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const i = args.indexOf("--port");
  const port = i >= 0 ? Number(args.splice(i, 2)[1]) : 8080;
  const dir = args[0] ?? fileURLToPath(new URL("../dist/", import.meta.url));
  if (!existsSync(dir)) {
    console.error(`serve-dist: ${dir} does not exist; run npm run build first`);
    process.exit(1);
  }
  const {origin} = await serveDist(dir, {port, log: true});
  console.log(`Serving ${resolve(dir)} at ${origin}/`);
}
