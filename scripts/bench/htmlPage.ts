// A news record as a web page, for the bench's HTML phase: the VnExpress fixture page
// (tests/fixtures/web/vnexpress.html: head with Open Graph and JSON-LD, menu, breadcrumb, tags,
// related box, comments, "most read", ads, footer; about 6 KB of chrome) with its headline and
// body replaced by the record's title and paragraphs, so that the page carries exactly the text
// of the record's .txt file (articleFileText): the same article, as HTML.
import {readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import type {NewsRecord} from "../corpus-to-folder.js";

const TEMPLATE = readFileSync(fileURLToPath(new URL("../../tests/fixtures/web/vnexpress.html", import.meta.url)), "utf8");
const OLD_TITLE = "Việt Nam và Nhật Bản hợp tác phát triển chip bán dẫn";

/** The page of one record. Its title (if any) is the headline; each non-blank line of its text a paragraph. */
export function articlePage(r: NewsRecord): string {
  const title = escapeHtml(r.title || "");
  const paragraphs = r.text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .map((l) => `        <p class="Normal">${escapeHtml(l)}</p>`)
    .join("\n");
  return TEMPLATE.split(OLD_TITLE)
    .join(title)
    .replace(/<p class="description">[\s\S]*?<\/p>/, "")
    .replace(/(<article class="fck_detail">)[\s\S]*?(<\/article>)/, `$1\n${paragraphs}\n      $2`);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})[c]!);
}
