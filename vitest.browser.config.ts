// The real-browser suite (npm run test:browser): builds the site from fixture corpora in temporary
// copies of the project and drives Debian's Chromium through playwright-core. Kept apart from
// `npm test`. The files run one after the other (each builds and serves its own copy); a test may
// take minutes on a busy 2-core machine (the sweep of every page at two widths takes about one).
import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/browser/**/*.browser.ts"],
    testTimeout: 480_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    reporters: ["verbose"]
  }
});
