// The extractor's version: a hash of its code and reference tables, which cached results are keyed by.
import {cpSync, mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {extractorFiles, extractorVersion, PROJECT_ROOT, readerPackageVersions} from "../../loaders/extract/version.js";

describe("extractorVersion", () => {
  it("covers the pipeline's code, the gazetteer and the chrome patterns", () => {
    const files = extractorFiles().map((f) => f.slice(PROJECT_ROOT.length));
    expect(files).toEqual(expect.arrayContaining(["loaders/extract/pairs.ts", "data/gazetteer/cues.tsv", "data/chrome-patterns.tsv"]));
  });
  it("changes when a reference table changes, and only then", () => {
    const root = mkdtempSync(join(tmpdir(), "version-"));
    for (const d of ["loaders", "data/gazetteer"]) cpSync(join(PROJECT_ROOT, d), join(root, d), {recursive: true});
    cpSync(join(PROJECT_ROOT, "data/chrome-patterns.tsv"), join(root, "data/chrome-patterns.tsv"));
    const before = extractorVersion(root);
    expect(extractorVersion(root)).toBe(before);
    writeFileSync(join(root, "data/gazetteer/cues.tsv"), "cue\tactivity\tstrength\nhợp tác\tcooperation\tstrong\n");
    expect(extractorVersion(root)).not.toBe(before);
  });
  it("changes when the installed version of a web-page reader package changes", () => {
    expect(readerPackageVersions()).toEqual([expect.stringMatching(/^linkedom@\d/), expect.stringMatching(/^@mozilla\/readability@\d/)]);
    const root = mkdtempSync(join(tmpdir(), "version-"));
    cpSync(join(PROJECT_ROOT, "loaders"), join(root, "loaders"), {recursive: true});
    const before = extractorVersion(root);
    mkdirSync(join(root, "node_modules/linkedom"), {recursive: true});
    writeFileSync(join(root, "node_modules/linkedom/package.json"), '{"version": "9.9.9"}');
    expect(readerPackageVersions(root)[0]).toBe("linkedom@9.9.9");
    expect(extractorVersion(root)).not.toBe(before);
  });
});
