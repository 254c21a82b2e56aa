// Which evidence is S&T, its fields, and the article's class.
import {describe, expect, it} from "vitest";
import type {Mention} from "../../loaders/extract/model.js";
import type {FoundPair} from "../../loaders/extract/pairs.js";
import {classify, MANY_PARTNERS, stampPairs, type SentenceHits, type StHit} from "../../loaders/extract/relevance.js";

const hit = (kind: StHit["kind"], code: string, st: StHit["st"], surface = code): StHit => ({kind, code, st, surface, start: 0, end: surface.length});
const sentence = (index: number, line: number, hits: StHit[], market = false): SentenceHits => ({index, line, hits, market});
const pair = (sentence: number): FoundPair => ({article: "a", vn: "VN", partner: "JP", partnerKind: "country", sentence, activities: ["agreement"]});

describe("stampPairs", () => {
  it("makes a pair S&T by a technology field's cue, an S&T activity or an S&T word in its sentence", () => {
    for (const h of [hit("field", "ai", "yes"), hit("activity", "tech_transfer", "yes"), hit("word", "research", "yes", "nghiên cứu")]) {
      expect(stampPairs([pair(0)], [sentence(0, 0, [h])])[0].st?.code, h.code).toBe(h.code);
    }
  });
  it("makes a pair S&T in a sentence about a market only by an activity, not by a field's cue or an S&T word", () => {
    expect(stampPairs([pair(0)], [sentence(0, 0, [hit("field", "digital", "yes", "viễn thông")], true)])[0].st, "a trade negotiation's telecom").toBeNull();
    expect(stampPairs([pair(0)], [sentence(0, 0, [hit("field", "digital", "yes"), hit("activity", "tech_transfer", "yes")], true)])[0].st?.code, "an activity still counts").toBe("tech_transfer");
    expect(stampPairs([pair(0)], [sentence(0, 0, [hit("word", "research", "yes", "nghiên cứu")], true)])[0].st, "studying the matter").toBeNull();
    expect(stampPairs([pair(0)], [sentence(0, 0, [], true), sentence(1, 0, [hit("field", "ai", "yes")])])[0].st, "nor from its paragraph").toBeNull();
  });
  it("makes a pair S&T in a sentence about a loan by a technology field's cue or an S&T word, or from its paragraph, but not by a sector", () => {
    const loan = (hits: StHit[]): SentenceHits => ({...sentence(0, 0, hits, true), loan: true});
    expect(stampPairs([pair(0)], [loan([hit("field", "digital", "yes", "hệ thống thanh toán")])])[0].st?.code, "a payment system's modernisation").toBe("digital");
    expect(stampPairs([pair(0)], [loan([hit("word", "technology", "yes", "kỹ thuật")])])[0].st?.code, "technical assistance").toBe("technology");
    expect(stampPairs([pair(0)], [loan([hit("field", "health", "sector", "y tế")])])[0].st, "a sector is what the money is for").toBeNull();
    expect(stampPairs([pair(0)], [loan([]), sentence(1, 0, [hit("word", "technology", "yes", "kỹ thuật")])])[0].st?.sentence, "said beside it").toBe(1);
  });
  it("never makes a pair S&T by a topic's cue ('đào tạo') or a name's", () => {
    expect(stampPairs([pair(0)], [sentence(0, 0, [hit("field", "training", "topic", "đào tạo")])])[0].st).toBeNull();
    expect(stampPairs([pair(0)], [sentence(0, 0, [hit("field", "health", "name", "Bộ Y tế")])])[0].st).toBeNull();
  });
  it("makes a pair S&T by a sector's cue only outside trade and labour export", () => {
    expect(stampPairs([pair(0)], [sentence(0, 0, [hit("field", "agriculture", "sector")])])[0].st?.code).toBe("agriculture");
    expect(stampPairs([pair(0)], [sentence(0, 0, [hit("field", "agriculture", "sector")], true)])[0].st).toBeNull();
    expect(stampPairs([pair(0)], [sentence(0, 0, [hit("field", "agriculture", "sector"), hit("field", "trade_investment", "no")])])[0].st).toBeNull();
  });
  it("does not take a sector named inside a body's name", () => {
    expect(stampPairs([pair(0)], [sentence(0, 0, [hit("field", "health", "name")])])[0].st).toBeNull();
  });
  it("takes S&T from another sentence of the paragraph when its own names none: a technology field, an activity or a word, never a sector, never a market sentence", () => {
    const near = stampPairs([pair(0)], [sentence(0, 0, []), sentence(1, 0, [hit("word", "research", "yes")])])[0].st;
    expect(near).toMatchObject({kind: "word", code: "research", sentence: 1});
    expect(stampPairs([pair(0)], [sentence(0, 0, []), sentence(1, 1, [hit("word", "research", "yes")])])[0].st, "another paragraph").toBeNull();
    expect(stampPairs([pair(0)], [sentence(0, 0, []), sentence(1, 0, [hit("field", "agriculture", "sector")])])[0].st, "a sector").toBeNull();
    expect(stampPairs([pair(0)], [sentence(0, 0, []), {...sentence(1, 0, [hit("field", "health", "sector")]), cue: true}])[0].st?.code, "a sector where that sentence has a cue of its own").toBe("health");
    expect(stampPairs([pair(0)], [sentence(0, 0, []), sentence(1, 0, [hit("word", "research", "yes")], true)])[0].st, "a market sentence").toBeNull();
    expect(stampPairs([pair(0)], [sentence(0, 0, [hit("field", "energy", "sector")]), sentence(1, 0, [hit("field", "ai", "yes")])])[0].st?.code, "its own first").toBe("energy");
  });
  it("gives a pair the fields its sentence names, else those of its paragraph", () => {
    const own = stampPairs([pair(0)], [sentence(0, 0, [hit("field", "energy", "sector")]), sentence(1, 0, [hit("field", "ai", "yes")])]);
    expect(own[0].fields).toEqual(["energy"]);
    const paragraph = stampPairs([pair(0)], [sentence(0, 0, []), sentence(1, 0, [hit("field", "ai", "yes")]), sentence(2, 1, [hit("field", "space", "yes")])]);
    expect(paragraph[0].fields).toEqual(["ai"]);
  });
});

describe("classify", () => {
  const named: Mention[] = [{article: "a", sentence: 0, kind: "country", code: "JP", surface: "Nhật Bản", start: 0, end: 8, via: "name"}];
  const stamped = (st: boolean) => stampPairs([pair(0)], [sentence(0, 0, st ? [hit("word", "research", "yes")] : [])]);
  it("is S&T cooperation with an S&T pair, cooperation with other pairs, mention with a name, else none", () => {
    expect(classify(named, stamped(true))).toBe("st_cooperation");
    expect(classify(named, stamped(false))).toBe("cooperation");
    expect(classify(named, [])).toBe("mention");
    expect(classify([], [])).toBe("none");
  });
});

describe("S&T partners of a list", () => {
  const inSentence = (sentence: number, partner: string): FoundPair => ({article: "a", vn: "VN", partner, partnerKind: "country", sentence, activities: ["conference"]});
  const list = ["US", "JP", "KR", "AU"].slice(0, MANY_PARTNERS).map((code) => inSentence(1, code));
  const st = [sentence(0, 0, [hit("word", "research", "yes", "nghiên cứu")]), sentence(1, 1, [hit("word", "research", "yes", "nghiên cứu")])];
  it("are not S&T pairs when a narrower sentence of the article has S&T pairs", () => {
    const out = stampPairs([inSentence(0, "FR"), ...list], st);
    expect(out.filter((p) => p.st).map((p) => p.partner)).toEqual(["FR"]);
    expect(out, "they stay cooperation pairs").toHaveLength(1 + MANY_PARTNERS);
  });
  it("stay S&T pairs when the list is the article's only S&T evidence", () => {
    expect(stampPairs(list, st).every((p) => p.st)).toBe(true);
  });
});
