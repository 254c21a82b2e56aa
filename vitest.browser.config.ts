// The real-browser suite (npm run test:browser): builds the site from a fixture corpus and
// drives Debian's Chromium through playwright-core. Kept apart from `npm test`.
import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/browser/**/*.browser.ts"],
    testTimeout: 240_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    reporters: ["verbose"]
  }
});
