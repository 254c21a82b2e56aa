// linkedom or jsdom under Readability: the comparison behind loaders/read/html.ts's choice.
// For each fixture page of tests/fixtures/web/ (and one long page made from them), parses the
// page with each DOM and reads its article (readHtmlDocument), N times, and prints the median
// time per page and whether both DOMs give the same lines and metadata.
//
//   npx tsx scripts/bench/htmlDom.ts [--runs 30]
//
// The project keeps only linkedom; install jsdom for the comparison without saving it:
// `npm install --no-save jsdom`.
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {parseHTML} from "linkedom";
import {decodeHtmlBytes} from "../../loaders/read/htmlCharset.js";
import {readHtmlDocument, type HtmlReadResult} from "../../loaders/read/html.js";
import {stripNonText} from "../../loaders/read/htmlStrip.js";

const FIXTURES = fileURLToPath(new URL("../../tests/fixtures/web/", import.meta.url));

type Parse = (html: string) => Document;

async function loadJsdom(): Promise<Parse | null> {
  try {
    const name = "jsdom";
    const {JSDOM} = (await import(name)) as {JSDOM: new (html: string) => {window: {document: Document}}};
    return (html) => new JSDOM(html).window.document;
  } catch {
    return null;
  }
}

const linkedom: Parse = (html) => parseHTML(html).document as unknown as Document;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** What readHtmlPage does, with the DOM given. */
function read(parse: Parse, html: string): HtmlReadResult {
  const page = () => parse(stripNonText(html));
  return readHtmlDocument(page(), {reparse: page});
}

function time(parse: Parse, html: string, runs: number): {ms: number; result: HtmlReadResult} {
  let result = read(parse, html);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = read(parse, html);
    times.push(performance.now() - t);
  }
  return {ms: median(times), result};
}

function summary(r: HtmlReadResult): string {
  return JSON.stringify(r.ok ? [r.article.lines, r.article.metadata] : [r.reason, r.metadata]);
}

/** A long article: the VnExpress fixture with its body paragraphs repeated to about `chars` characters of text. */
function longPage(chars: number): string {
  const page = readFileSync(join(FIXTURES, "vnexpress.html"), "utf8");
  const paragraphs = [...page.matchAll(/<p class="Normal">[^<]*<\/p>/g)].map((m) => m[0]);
  const body: string[] = [];
  for (let n = 0; n < chars; n += paragraphs[body.length % paragraphs.length]!.length) body.push(paragraphs[body.length % paragraphs.length]!);
  return page.replace(/(<article class="fck_detail">)/, `$1\n${body.join("\n")}`);
}

async function main(): Promise<void> {
  const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 30;
  const jsdom = await loadJsdom();
  if (!jsdom) process.stderr.write("jsdom is not installed: `npm install --no-save jsdom` to compare; timing linkedom alone\n");
  const pages: [string, string][] = readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".html"))
    .sort()
    .map((f) => [f, decodeHtmlBytes(readFileSync(join(FIXTURES, f))).html]);
  pages.push(["long article (~20,000 chars of text)", longPage(20_000)]);
  const rows: string[] = [];
  let totals = [0, 0];
  for (const [name, html] of pages) {
    const l = time(linkedom, html, runs);
    const j = jsdom ? time(jsdom, html, runs) : null;
    totals = [totals[0]! + l.ms, totals[1]! + (j?.ms ?? 0)];
    const same = j ? (summary(l.result) === summary(j.result) ? "same" : "DIFFERENT") : "-";
    rows.push(`| ${name} | ${(html.length / 1024).toFixed(1)} | ${l.ms.toFixed(2)} | ${j ? j.ms.toFixed(2) : "-"} | ${j ? (j.ms / l.ms).toFixed(1) + "×" : "-"} | ${same} |`);
  }
  console.log(`median of ${runs} runs per page, parse + readHtmlDocument, ms\n`);
  console.log("| page | KiB | linkedom ms | jsdom ms | jsdom ÷ linkedom | output |");
  console.log("| --- | ---: | ---: | ---: | ---: | --- |");
  for (const row of rows) console.log(row);
  console.log(`| total | | ${totals[0]!.toFixed(2)} | ${jsdom ? totals[1]!.toFixed(2) : "-"} | ${jsdom ? (totals[1]! / totals[0]!).toFixed(1) + "×" : "-"} | |`);
}

await main();
