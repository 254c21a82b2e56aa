// The state the site data is computed from (loaders/site/fingerprint.ts): it changes with what the
// site is made of, and only with that.
import {mkdtempSync, utimesSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {siteFingerprint} from "../../loaders/site/fingerprint.js";

describe("siteFingerprint", () => {
  const setup = () => {
    const corpus = mkdtempSync(join(tmpdir(), "fp-corpus-"));
    const maps = mkdtempSync(join(tmpdir(), "fp-maps-"));
    writeFileSync(join(corpus, "a.txt"), "Việt Nam hợp tác với Nhật Bản.");
    writeFileSync(join(maps, "vietnam.json"), "{}");
    return {corpus, maps, fp: (day = "2026-01-01") => siteFingerprint(corpus, day, maps)};
  };
  it("is the same for the same articles and maps", () => {
    const {fp} = setup();
    expect(fp()).toBe(fp());
  });
  it("changes when an article is added, or edited", () => {
    const {corpus, fp} = setup();
    const before = fp();
    writeFileSync(join(corpus, "b.md"), "Hợp tác với Pháp.");
    const added = fp();
    expect(added).not.toBe(before);
    writeFileSync(join(corpus, "b.md"), "Hợp tác với Đức.");
    utimesSync(join(corpus, "b.md"), new Date(), new Date(Date.now() + 5000));
    expect(fp()).not.toBe(added);
  });
  it("changes when a map file changes (the maps are part of the site data)", () => {
    const {maps, fp} = setup();
    const before = fp();
    writeFileSync(join(maps, "vietnam.json"), '{"type":"Topology"}');
    expect(fp()).not.toBe(before);
  });
  it("changes with the day (no article is dated after the day the corpus is read)", () => {
    const {fp} = setup();
    expect(fp("2026-01-02")).not.toBe(fp("2026-01-01"));
  });
  it("ignores files that are not articles", () => {
    const {corpus, fp} = setup();
    const before = fp();
    writeFileSync(join(corpus, "notes.pdf"), "x");
    expect(fp()).toBe(before);
  });
});
