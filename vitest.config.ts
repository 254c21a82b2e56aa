// `npm test` (vitest run): the unit tests, tests/**/*.test.ts. The real-browser suite in
// tests/browser/ has its own config (vitest.browser.config.ts, `npm run test:browser`) and is
// never collected here. Framework's standard library (observablehq:stdlib, which gives the pages
// FileAttachment) is a small stand-in in the components' tests.
//
// The components' specifications (tests/components/) run without isolation: a worker imports jsdom,
// Plot and d3 once for all its files rather than once per file (about a fifth of the CPU time). Each
// file resets what it changes (the address, the session, the document's body, spies).
import {fileURLToPath} from "node:url";
import {configDefaults, defineConfig} from "vitest/config";

export default defineConfig({
  resolve: {alias: {"observablehq:stdlib": fileURLToPath(new URL("./tests/components/stdlibStub.ts", import.meta.url))}},
  test: {
    projects: [
      {extends: true, test: {name: "unit", include: ["tests/**/*.test.ts"], exclude: [...configDefaults.exclude, "tests/browser/**", "tests/components/**"]}},
      {extends: true, test: {name: "components", include: ["tests/components/**/*.test.ts"], isolate: false}}
    ]
  }
});
