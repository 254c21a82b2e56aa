// The Articles page, written by a page loader so that it can name each chunk of article texts
// (src/data/articles.zip → data/articles/<k>.json) with a static FileAttachment: Framework then
// copies every chunk to dist/, and the page fetches only the chunk of the article being read.
// Edit the page's text below; the logic lives in src/components/articles.ts.
import {siteOutput} from "../loaders/site/outputs.js";

const n = Number(siteOutput("chunks.txt").toString());
const chunks = Array.from({length: n}, (_, k) => `  FileAttachment("./data/articles/${k}.json")`).join(",\n");

process.stdout.write(`---
title: Articles
toc: false
---

\`\`\`js
import * as d3 from "d3";
import {html} from "htl";
import {plural, fmt} from "./components/format.js";
import {articleFilters, articlePicker, articleResults, articleView, filterFacets} from "./components/articles.js";
import {catalog} from "./components/catalog.js";
import {decodeFacets} from "./components/facets.js";
import {getNumber, getParam} from "./components/urlState.js";
\`\`\`

\`\`\`js
const site = FileAttachment("./data/site.json").json();
const facetsFile = await FileAttachment("./data/facets.json").json();
const index = decodeFacets(facetsFile);
const cat = catalog(index, facetsFile.catalog);
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
const rows = filterFacets(index, filters);
\`\`\`

\${articleResults(rows, index.length, filters, cat, site.names, picker)}

\`\`\`js
const row = selectedId ? await cat.find(selectedId, getNumber("at", -1)) : null;
const detail = row && CHUNKS[row.k] ? (await CHUNKS[row.k].json()).find((d) => d.id === row.id) ?? null : null;
const sentence = row && row.id === getParam("id") && getParam("s") !== null ? getNumber("s", 0) : undefined;
\`\`\`

<h2 id="article-view">Article view</h2>

\${row ? articleView(row, detail, site.names, {sentence}) : html\`<p class="muted">\${selectedId ? \`No article with id “\${selectedId}”.\` : "Open an article from the table above."}</p>\`}

\`\`\`js
if (sentence !== undefined) setTimeout(() => document.getElementById("target-sentence")?.scrollIntoView({block: "center"}), 100);
\`\`\`
`);
