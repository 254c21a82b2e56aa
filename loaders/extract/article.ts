// One article, from its normalised text to everything the dashboard counts: main text and
// chrome, metadata, sentences, mentions (countries, organisations, provinces, fields, cues)
// and cooperation pairs with their evidence.
import {classifyLines, type ChromePatterns} from "./chrome.js";
import {findEntities, type EntityMatch} from "./entities.js";
import type {Matchers} from "./matchers.js";
import {extractMetadata} from "./metadata.js";
import {findPairs, type SentenceFacts} from "./pairs.js";
import {splitSentences} from "./sentences.js";
import {prepare, scanTrie} from "./trie.js";
import type {ArticleExtraction, Mention, RawArticle} from "./model.js";

export interface Extractor {
  matchers: Matchers;
  chromePatterns: ChromePatterns;
}

const VIETNAM = "VN";

/** Where the name of a body ends: at punctuation or a linking word ("Bộ KH&CN và Nhật Bản"). */
const NAME_END = /[,;.:!?()\n]| (?:và|với|cùng|tại|ở|đã|sẽ|vừa|đang|ký|có|là|cho|trong) /u;

/** "Chính phủ Mỹ", "Bộ Ngoại giao Nhật Bản": a national body followed by a foreign country's name is foreign. */
function isForeignBody(text: string, from: number, to: number, entities: EntityMatch[]): boolean {
  const window = text.slice(from, Math.min(to, from + 48));
  const cut = window.search(NAME_END);
  const end = from + (cut === -1 ? window.length : cut);
  return entities.some((e) => e.start >= from && e.start < end && e.target.type === "country" && e.target.code !== VIETNAM);
}

export function extractArticle(raw: RawArticle, x: Extractor): ArticleExtraction {
  const {text} = raw;
  const lines = classifyLines(text, x.chromePatterns);
  const meta = extractMetadata(text, lines, raw.frontMatter);
  const sentences = splitSentences(text, lines);
  const prepared = prepare(text);
  const mentions: Mention[] = [];
  const facts: SentenceFacts[] = [];
  const mention = (s: number, kind: Mention["kind"], code: string, start: number, end: number, via: Mention["via"]) =>
    mentions.push({article: raw.id, sentence: s, kind, code, surface: text.slice(start, end), start, end, via});

  for (const s of sentences) {
    const f: SentenceFacts = {
      index: s.index,
      line: s.line,
      text: text.slice(s.start, s.end),
      provinces: [],
      countries: [],
      organizations: [],
      activities: [],
      nationalActor: false,
      bilateral: false
    };
    const entities = findEntities(prepared, s.start, s.end, x.matchers);
    for (const e of entities) {
      const t = e.target;
      if (t.type === "province") {
        mention(s.index, "province", t.code, e.start, e.end, "name");
        f.provinces.push(t.code);
      } else if (t.type === "organization") {
        mention(s.index, "organization", t.code, e.start, e.end, "name");
        f.organizations.push(t.code);
      } else if (t.code === VIETNAM) {
        f.nationalActor = true;
      } else {
        mention(s.index, "country", t.code, e.start, e.end, t.via);
        f.countries.push(t.code);
        if (t.via === "paired") f.nationalActor = true;
      }
    }
    for (const m of scanTrie(x.matchers.fields, prepared, s.start, s.end)) {
      for (const id of new Set(m.entries.map((e) => e.value))) mention(s.index, "field", id, m.start, m.end, "cue");
    }
    for (const m of scanTrie(x.matchers.cues, prepared, s.start, s.end)) {
      const activity = m.entries[0].value;
      if (activity === "none") continue; // a longer phrase that is not a cue: "hợp tác xã", "nhà tài trợ"
      mention(s.index, "cue", activity, m.start, m.end, "cue");
      f.activities.push(activity);
    }
    for (const m of scanTrie(x.matchers.nationalActors, prepared, s.start, s.end)) {
      if (m.entries.some((e) => e.value === "national") && !isForeignBody(text, m.end, s.end, entities)) f.nationalActor = true;
      if (m.entries.some((e) => e.value === "bilateral")) f.bilateral = true;
    }
    f.provinces = [...new Set(f.provinces)];
    f.countries = [...new Set(f.countries)];
    f.organizations = [...new Set(f.organizations)];
    facts.push(f);
  }

  return {
    id: raw.id,
    file: raw.file,
    title: meta.title,
    source: meta.source,
    url: meta.url,
    date: meta.date,
    text,
    lines,
    sentences,
    mentions,
    pairs: findPairs(raw.id, facts),
    warnings: []
  };
}
