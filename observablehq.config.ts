// Observable Framework configuration: https://observablehq.com/framework/config
// The pages read the site data from src/data/site/ (written by `npm run build` and `npm run dev`
// before Framework starts, see loaders/site/writeSite.ts); this file only reads its summary, for
// the footer and for the search entries of the partner and province pages.
import {existsSync} from "node:fs";
import {PROFILE_KIND_SCRIPT, siteFacts} from "./loaders/site/config.js";

const facts = siteFacts();

/** The pages in the sidebar (a page not yet written is left out, so that the site always builds). */
const PAGES = [
  {name: "Overview", path: "/"},
  {name: "Partners", path: "/partners"},
  {name: "Provinces", path: "/provinces"},
  {name: "Fields", path: "/fields"},
  {name: "Network", path: "/network"},
  {name: "Timeline", path: "/timeline"},
  {name: "Articles", path: "/articles"},
  {name: "Method & data quality", path: "/method"}
].filter((p) => p.path === "/" || existsSync(`src${p.path}.md`));

export default {
  title: "Vietnam S&T cooperation",
  root: "src",
  output: "dist",
  // Offline and self-contained: no Google Fonts; our own stylesheet imports the themes and Inputs' CSS.
  globalStylesheets: [],
  style: "style.css",
  // Framework indexes the pages it builds; a partner's or province's page is one page whose code
  // is in its address (partner.html?code=JP), so each code gets an entry by name (English and
  // Vietnamese, with and without diacritics).
  search: {
    async *index() {
      yield* facts.search;
    }
  },
  pager: false,
  toc: false,
  // Links end in .html so that dist/ works on any static file server, under any sub-path.
  preserveExtension: true,
  pages: PAGES,
  // Framework 1.13 has no `lang` option and writes `maximum-scale=1` in the viewport (which stops
  // people zooming); it puts the sidebar's close button, a <label>, inside the <ol> of page links (a
  // list may hold only <li>). The head's script puts all three right, and on the profile page marks
  // the kind of its code before the first paint (PROFILE_KIND_SCRIPT).
  head: `<link rel="icon" href="favicon.svg" type="image/svg+xml">
<script>
document.documentElement.lang = "en";
${PROFILE_KIND_SCRIPT}
addEventListener("DOMContentLoaded", () => {
  document.querySelector('meta[name="viewport"]')?.setAttribute("content", "width=device-width, initial-scale=1");
  const close = document.getElementById("observablehq-sidebar-close");
  if (close?.parentElement?.tagName === "OL") close.closest("nav")?.prepend(close);
});
</script>`,
  header: null,
  footer: facts.footer
};
