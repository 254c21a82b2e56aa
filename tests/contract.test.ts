// The site data's contract: the constants the pages keep of their own are the contract's.
import {describe, expect, it} from "vitest";
import {ACTIVITIES, entityKind, NATIONAL, RELEVANCES, relevanceInScope, SCOPES} from "../loaders/contract.js";
import {inScope} from "../src/components/counts.js";
import {kindOf} from "../src/components/profileData.js";
import {NATIONAL as PAGES_NATIONAL} from "../src/components/names.js";
import {SCOPES as PAGES_SCOPES} from "../src/components/scope.js";
import {NATIONAL as EXTRACTOR_NATIONAL} from "../loaders/extract/pairs.js";
import {ACTIVITY_LABELS} from "../src/components/names.js";

describe("the contract", () => {
  it("has the scopes the pages show, in their order", () => {
    expect(PAGES_SCOPES).toEqual(SCOPES);
  });
  it("codes the national level as the extractor and the pages do", () => {
    expect(NATIONAL).toBe(EXTRACTOR_NATIONAL);
    expect(PAGES_NATIONAL).toBe(NATIONAL);
  });
  it("lists the relevance classes of the annotation guide, and every activity the pages name", () => {
    expect(RELEVANCES).toEqual(["st_cooperation", "cooperation", "mention", "none"]);
    expect([...ACTIVITIES].sort()).toEqual(Object.keys(ACTIVITY_LABELS).sort());
  });
  it("puts each relevance class in the scopes the pages count it in (facets.json holds the cooperation scope's)", () => {
    for (const relevance of RELEVANCES) {
      for (const scope of SCOPES) {
        const article = {relevance} as Parameters<typeof inScope>[0];
        expect(inScope(article, scope), `${relevance} in ${scope}`).toBe(relevanceInScope(relevance, scope));
      }
    }
    expect(SCOPES.filter((scope) => relevanceInScope("cooperation", scope))).toEqual(["cooperation", "mentions"]);
  });
  it("tells a partner's code from a Vietnamese side's as the profile page does", () => {
    for (const code of ["VN", "VN-HN", "VN-SG", "JP", "EU", "ASEAN", "VNM", "US"]) expect(kindOf(code), code).toBe(entityKind(code));
    expect(entityKind("VN-HP")).toBe("province");
    expect(entityKind("KR")).toBe("partner");
  });
});
