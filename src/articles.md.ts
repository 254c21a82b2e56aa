// The Articles page, written by a page loader so that it can name each chunk of article texts
// (src/data/articles.tar → data/articles/<k>.json) with a static FileAttachment: Framework then
// copies every chunk to dist/, and the page fetches only the chunk of the article being read.
// Edit the page's text below; the logic lives in src/components/articles.ts.
import {siteData} from "../loaders/siteData.js";
import {chunkCount} from "../loaders/site/shape.js";

const n = chunkCount(siteData());
const chunks = Array.from({length: n}, (_, k) => `  FileAttachment("./data/articles/${k}.json")`).join(",\n");

process.stdout.write(`---
title: Articles
toc: false
---

\`\`\`js
import * as d3 from "d3";
import {html} from "htl";
import {plural, fmt} from "./components/format.js";
import {articleFilters, filterArticles, articlePicker, articleTable, articleView} from "./components/articles.js";
import {getNumber, getParam} from "./components/urlState.js";
\`\`\`

\`\`\`js
const site = FileAttachment("./data/site.json").json();
const index = FileAttachment("./data/index.json").json();
// The article texts, ${n} chunk${n === 1 ? "" : "s"} of up to 200 articles; one is fetched when an article is opened.
const CHUNKS = [
${chunks}
];
\`\`\`

# Articles

Every article in the corpus. Filter by partner, province, field, year or source, or search the titles; open an article to read it with what was extracted from it highlighted.

\`\`\`js
const filters = view(articleFilters(index, site.names));
\`\`\`

\`\`\`js
const picker = articlePicker();
const selectedId = Generators.input(picker);
\`\`\`

\`\`\`js
const rows = filterArticles(index, filters);
\`\`\`

<p>\${rows.length === index.length ? html\`All \${plural(index.length, "article")}.\` : html\`\${fmt(rows.length)} of \${plural(index.length, "article")} match.\`} Click a title to open it below.</p>

<div class="card">\${articleTable(rows, site.names, picker)}</div>

\`\`\`js
const row = index.find((a) => a.id === selectedId) ?? null;
const detail = row && CHUNKS[row.k] ? (await CHUNKS[row.k].json()).find((d) => d.id === row.id) ?? null : null;
const sentence = row && row.id === getParam("id") && getParam("s") !== null ? getNumber("s", 0) : undefined;
\`\`\`

<h2 id="article-view">Article view</h2>

\${row ? articleView(row, detail, site.names, {sentence}) : html\`<p class="muted">\${selectedId ? \`No article with id “\${selectedId}”.\` : "Open an article from the table above."}</p>\`}

\`\`\`js
if (sentence !== undefined) setTimeout(() => document.getElementById("target-sentence")?.scrollIntoView({block: "center"}), 100);
\`\`\`
`);
