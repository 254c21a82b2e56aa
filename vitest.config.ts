// `npm test` (vitest run): the unit tests, tests/**/*.test.ts. The real-browser suite in
// tests/browser/ has its own config (vitest.browser.config.ts, `npm run test:browser`) and is
// never collected here.
import {configDefaults, defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: [...configDefaults.exclude, "tests/browser/**"]
  }
});
