// Observable Framework configuration: https://observablehq.com/framework/config
// The partner and province pages are parameterized routes (src/countries/[code].md,
// src/provinces/[code].md) whose code comes from the address. `dynamicPaths` names one page per
// folder (facts.templates, from the site data, computed by the extractor and cached in
// .cache/site/); `npm run build` copies it under the name of every other code the corpus names
// (scripts/entity-pages.ts). The dev server serves any code's page.
import {siteFacts} from "./loaders/site/config.js";

const facts = await siteFacts();

export default {
  title: "Vietnam S&T cooperation",
  root: "src",
  output: "dist",
  // Offline and self-contained: no Google Fonts; our own stylesheet imports the themes and Inputs' CSS.
  globalStylesheets: [],
  style: "style.css",
  // Framework indexes the pages it builds; the partner and province pages, copies of one page
  // each, are added by name (English and Vietnamese, with and without diacritics).
  search: {
    async *index() {
      yield* facts.search;
    }
  },
  pager: false,
  toc: false,
  // Links end in .html so that dist/ works on any static file server, under any sub-path.
  preserveExtension: true,
  pages: [
    {name: "Overview", path: "/"},
    {name: "Partners", path: "/countries"},
    {name: "Localities", path: "/provinces"},
    {name: "Fields", path: "/fields"},
    {name: "Network", path: "/network"},
    {name: "Timeline", path: "/timeline"},
    {name: "Articles", path: "/articles"},
    {name: "Method & data quality", path: "/method"}
  ],
  dynamicPaths: facts.templates,
  // TypeScript data loaders run in one node process with tsx's loader (the tsx command would
  // start two): a build runs some 25 loaders, so this saves seconds on every build.
  interpreters: {".ts": ["node", "--import", "tsx"]},
  // Framework parses the head, header and footer of every page into a DOM of their own (some 10 ms
  // each, on each of 300+ pages): there is no header, and what would go in the head goes in the
  // footer. Framework 1.13 has no `lang` option, writes `maximum-scale=1` in the viewport (which
  // stops people zooming) and puts the sidebar's close button, a <label>, inside the <ol> of page
  // links (a list may hold only <li>): the footer's script puts all three right, and moves the
  // favicon's link into the head.
  head: null,
  header: null,
  footer: `${facts.footer}
<link rel="icon" href="favicon.svg" type="image/svg+xml">
<script>
{
  document.head.append(...document.querySelectorAll('#observablehq-footer link[rel="icon"]'));
  document.documentElement.lang = "en";
  document.querySelector('meta[name="viewport"]')?.setAttribute("content", "width=device-width, initial-scale=1");
  const close = document.getElementById("observablehq-sidebar-close");
  if (close?.parentElement?.tagName === "OL") close.closest("nav")?.prepend(close);
}
</script>`
};
