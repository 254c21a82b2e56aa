// Where the articles are: $CORPUS_DIR, else data/articles/.
import {afterEach, describe, expect, it} from "vitest";
import {corpusDir, DEFAULT_CORPUS_DIR} from "../../loaders/read/corpusDir.js";

describe("corpusDir", () => {
  const saved = process.env.CORPUS_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.CORPUS_DIR;
    else process.env.CORPUS_DIR = saved;
  });
  it("is data/articles/ by default", () => {
    delete process.env.CORPUS_DIR;
    expect(corpusDir()).toBe(DEFAULT_CORPUS_DIR);
    expect(DEFAULT_CORPUS_DIR.endsWith("data/articles/")).toBe(true);
  });
  it("is $CORPUS_DIR when set", () => {
    process.env.CORPUS_DIR = "/tmp/news";
    expect(corpusDir()).toBe("/tmp/news");
  });
});
