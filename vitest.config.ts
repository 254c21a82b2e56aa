// `npm test` (vitest run): the unit tests, tests/**/*.test.ts. The real-browser suite in
// tests/browser/ has its own config (vitest.browser.config.ts, `npm run test:browser`) and is
// never collected here. Framework's standard library (observablehq:stdlib, which gives the pages
// FileAttachment) is a small stand-in in the components' tests.
import {fileURLToPath} from "node:url";
import {configDefaults, defineConfig} from "vitest/config";

export default defineConfig({
  resolve: {alias: {"observablehq:stdlib": fileURLToPath(new URL("./tests/components/stdlibStub.ts", import.meta.url))}},
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: [...configDefaults.exclude, "tests/browser/**"]
  }
});
