// Observable Framework configuration: https://observablehq.com/framework/config
export default {
  title: "Vietnam S&T cooperation",
  root: "src",
  output: "dist",
  // Offline and self-contained: no Google Fonts; our own stylesheet imports the themes and Inputs' CSS.
  globalStylesheets: [],
  style: "style.css",
  search: true,
  pager: false,
  pages: [
    {name: "Overview", path: "/"}
  ],
  head: '<link rel="icon" href="favicon.svg" type="image/svg+xml">',
  footer: "Built from Vietnamese news articles in data/articles/."
};
