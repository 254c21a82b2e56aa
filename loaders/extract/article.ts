// One article, from its normalised text to everything the dashboard counts: main text and
// chrome, metadata, sentences, mentions (countries, organisations, provinces, fields, cues),
// cooperation pairs with their evidence, S&T flag and fields, and the article's relevance class.
import {bisector} from "d3-array";
import {classifyLines, type ChromePatterns} from "./chrome.js";
import {findEntities, type EntityMatch} from "./entities.js";
import type {Matchers} from "./matchers.js";
import {extractMetadata, latestYear, recallsThePast, RECALLED_YEARS} from "./metadata.js";
import {findPairs, type SentenceFacts} from "./pairs.js";
import {classify, ST_ACTIVITIES, stampPairs, type SentenceHits} from "./relevance.js";
import {splitSentences} from "./sentences.js";
import {hostsForeignOffice, isExample, isForeignBody, isLevelOfStudy, isNotAParty, isPersonsHome, isVietnamAsPlace, isVietnamesePeople, isVietnameseSeat, namesAThing, textBefore} from "./sides.js";
import {prepare, scanTrie, type TrieMatch} from "./trie.js";
import type {Activity, ArticleExtraction, Line, Mention, PartialDate, RawArticle} from "./model.js";

/**
 * What a firm is, said before its name ("Tập đoàn dầu khí BP", "công ty dược Sanofi", "tập đoàn công
 * nghệ Autodesk"): a sector or an S&T word there describes the firm, not the cooperation. (A technology
 * field's cue keeps its weight: "công ty phần mềm" cooperating is most often about software.)
 */
const FIRM_KIND = /(?:^|[^\p{L}\p{M}])(?:tập đoàn|công ty|tổng công ty|hãng|cty|liên doanh)\s+$/iu;
/** An event held, later in the sentence than a cue of working with someone: "… phối hợp cùng Trung tâm Language Link tổ chức buổi hội thảo". */
const CO_ORGANISES = /^[^.;!?]{0,120}?(?:^|[^\p{L}\p{M}])tổ chức\s+(?:(?:các|một|những|hai|ba)\s+)?(?:buổi\s+|cuộc\s+)?(?:hội thảo|hội nghị|lễ|thi|chương trình|triển lãm|khóa|khoá|lớp|diễn đàn|ngày hội|tọa đàm|toạ đàm|giao lưu|hội chợ|tuần lễ|sự kiện|phỏng vấn|kỳ thi|đợt|trại|liên hoan)(?![\p{L}\p{M}])/iu;
/** A headline about the World Trade Organization (accession talks, commitments). */
const TRADE_TALKS = /(?:^|[^\p{L}\p{M}])WTO(?![\p{L}\p{M}])|Tổ chức Thương mại Thế giới/iu;
/**
 * What a firm or a body does, said after its name: "Công ty Cargill VN chuyên về lĩnh vực nông nghiệp
 * và thực phẩm", "chuyên sản xuất dược phẩm", "hoạt động trong lĩnh vực y tế". Not "chuyên gia nông nghiệp"
 * (experts in it), nor "phòng lab … chuyên nghiên cứu về PC" (what the cooperation builds).
 */
const SPECIALISES = /(?:^|[^\p{L}\p{M}])(?:chuyên\s+(?:(?:về|trong|sâu về)(?:\s+(?:lĩnh vực|ngành|mảng))?|lĩnh vực|ngành|sản xuất|kinh doanh|cung cấp)|hoạt động trong(?:\s+(?:lĩnh vực|ngành|mảng))?)\s+$/iu;
const describesAFirm = (text: string, sentenceStart: number, start: number) =>
  FIRM_KIND.test(textBefore(text, sentenceStart, start, 16)) || SPECIALISES.test(textBefore(text, sentenceStart, start, 40));

/** Pair contexts (pair-contexts.tsv) that make a sentence about a market or a gift, not a science. */
const MARKETS: ReadonlySet<string> = new Set(["trade", "labour", "market", "loan", "charity"]);

export interface Extractor {
  matchers: Matchers;
  chromePatterns: ChromePatterns;
  /** The day the corpus is read: no article is dated after it. */
  today?: Date;
}

const VIETNAM = "VN";

/**
 * "Hợp tác", "Phối hợp", "Hỗ trợ" … capitalised inside a sentence: part of a body's name ("Cơ quan
 * Hợp tác Quốc tế Nhật Bản", "Tổ chức Hợp tác và Phát triển Kinh tế"), not a word that says two
 * sides cooperate. (Agreements and events named with a capital still count: "Hiệp định Thương mại
 * Việt – Mỹ", "Diễn đàn Hợp tác …".)
 */
function insideName(text: string, sentenceStart: number, start: number, activity: string): boolean {
  return activity === "cooperation" && (capitalisedInside(text, sentenceStart, start) || isFeature(text, sentenceStart, start));
}

/** What a product does, not a cooperation: "phần mềm hỗ trợ đa ngôn ngữ", "điện thoại khác có hỗ trợ Bluetooth". */
const PRODUCT_DOES = /(?:^|[^\p{L}\p{M}])(?:phần mềm|(?<!nhà\s)máy|thiết bị|điện thoại|máy tính|chip|ứng dụng|trình duyệt|card|màn hình|phiên bản|camera|sản phẩm)(?:\s+[\p{L}\p{M}\p{N}.]+){0,2}\s+$/iu;
function isFeature(text: string, sentenceStart: number, start: number): boolean {
  return text.startsWith("hỗ trợ", start) && PRODUCT_DOES.test(textBefore(text, sentenceStart, start, 40));
}

/** A word written with a capital letter after the sentence's first word. */
function capitalisedInside(text: string, sentenceStart: number, start: number): boolean {
  return /^\p{Lu}/u.test(text[start] ?? "") && /[\p{L}\p{M}][\s"“(]*$/u.test(text.slice(sentenceStart, start));
}

/**
 * A cooperation said not to happen: the cue right after a negation, with at most three words between
 * that carry it on ("chưa ký kết", "không hợp tác", "chưa có một dự án liên doanh nào", "chưa từng
 * phối hợp", "không được đào tạo"). Not "không chỉ hợp tác" (not only), "tín dụng không lãi suất để hỗ
 * trợ" (interest-free) or "hãng hàng không đã thỏa thuận" (an airline).
 */
const NEGATED =
  /(?:^|[^\p{L}\p{M}])(?<!hàng\s)(?:chưa|không|chẳng)(?:\s+(?:hề|từng|bao giờ|có|được|thể|một|ai|bản|cuộc|sự|các|hiệp định|thỏa thuận|thoả thuận|hợp đồng|dự án|chương trình|tiến hành|thực hiện|chính thức|đồng ý|chịu|muốn|kịp|cấp|nhận|còn|nên)){0,3}\s+$/iu;
const isNegated = (text: string, sentenceStart: number, start: number) => NEGATED.test(textBefore(text, sentenceStart, start, 48));

/**
 * Whether the cooperation cue at `cue` joins two foreign countries: one is named before it, and the
 * first side named after it is another foreign country ("Trung Quốc, sau thời gian liên doanh với các
 * hãng lớn của Nhật", "UTStarcom vừa phối hợp với Mitsubishi"), not Vietnam or a province
 * ("Huchison Whampoa (Luxembourg) hợp tác với Công ty cổ phần Viễn thông Hà Nội").
 */
function betweenForeignCountries(cue: number, countries: [string, number][], vietnamese: number[]): boolean {
  const before = new Set(countries.filter(([, at]) => at < cue).map(([code]) => code));
  if (!before.size) return false;
  const next = countries.find(([, at]) => at > cue); // in text order, as the sentence's entities are
  return next !== undefined && [...before].some((code) => code !== next[0]) && !vietnamese.some((at) => at > cue && at <= next[1]);
}

/** Contact details: "ĐT: 08 832 8416", "Email:", "Website:", "Hotline", "www.…". */
const CONTACT = /(?<![\p{L}\p{M}])(?:(?:ĐT|Tel|Fax|Điện thoại|Hotline|E-?mail|Website|Liên hệ)\s*:\s*(?:www\.)?|www\.)/giu;

/**
 * An advertisement (a study-abroad offer, an admission notice): its main text gives contact details
 * twice or more. What it offers is not cooperation unless it says outright that two sides act
 * together (a strong cue).
 */
export function isAdvertisement(text: string, lines: Line[]): boolean {
  let n = 0;
  for (const line of lines) {
    if (line.chrome !== null) continue;
    const t = text.slice(line.start, line.end);
    if (t.includes(":") || t.includes("www.")) n += (t.match(CONTACT) ?? []).length;
  }
  return n >= 2;
}

/** Whether the hit lies wholly inside a name the gazetteer knows (of the given type only, if one is given). */
const insideEntity = (entities: EntityMatch[], hit: {start: number; end: number}, type?: EntityMatch["target"]["type"]) =>
  entities.some((e) => (!type || e.target.type === type) && e.start <= hit.start && hit.end <= e.end);

const byStart = bisector((h: {start: number}) => h.start);

/** The matches (in text order) that lie wholly inside the sentence. */
function within<T>(hits: TrieMatch<T>[], s: {start: number; end: number}): TrieMatch<T>[] {
  const lo = byStart.left(hits, s.start);
  const out: TrieMatch<T>[] = [];
  for (let i = lo; i < hits.length && hits[i].start < s.end; i++) if (hits[i].end <= s.end) out.push(hits[i]);
  return out;
}

export function extractArticle(raw: RawArticle, x: Extractor): ArticleExtraction {
  const {text} = raw;
  const m = x.matchers;
  const lines = classifyLines(text, x.chromePatterns);
  const meta = extractMetadata(text, lines, raw.frontMatter, x.today);
  const sentences = splitSentences(text, lines);
  const prepared = prepare(text);
  const mentions: Mention[] = [];
  const facts: SentenceFacts[] = [];
  const hits: SentenceHits[] = [];
  const entitiesOf: EntityMatch[][] = [];
  const mention = (s: number, kind: Mention["kind"], code: string, start: number, end: number, via: Mention["via"]) =>
    mentions.push({article: raw.id, sentence: s, kind, code, surface: text.slice(start, end), start, end, via});

  // Fields' and cues' words are found in one pass over the text, then dealt to the sentences they lie in.
  const fieldHits = scanTrie(m.fields, prepared);
  const cueHits = scanTrie(m.cues, prepared);
  for (const s of sentences) {
    const f: SentenceFacts = {index: s.index, line: s.line, text: text.slice(s.start, s.end), provinces: [], partners: [], vietnam: false, national: false, bilateral: false, cues: [], contexts: []};
    const h: SentenceHits = {index: s.index, line: s.line, hits: [], market: false};
    const entities = findEntities(prepared, s.start, s.end, m);
    // Where the sentence names its foreign countries, its provinces that can be a side, and Vietnam as a party: they make its
    // sides, and tell cooperation between two foreign countries (see SentenceFacts.foreignPair).
    const countriesAt: [string, number][] = [];
    const provincesAt: [string, number][] = [];
    const vietnamAt: number[] = [];
    let firstCue = -1;
    for (const e of entities) {
      const t = e.target;
      if (t.type === "province") {
        mention(s.index, "province", t.code, e.start, e.end, "name");
        if (!hostsForeignOffice(text, s.start, e.start) && !isPersonsHome(text, s.start, e.start)) provincesAt.push([t.code, e.start]);
      } else if (t.type === "organization") {
        mention(s.index, "organization", t.code, e.start, e.end, "name");
        if (!namesAThing(text, s.start, e.start, e.end)) f.partners.push({code: t.code, kind: "organization"});
      } else if (t.code === VIETNAM) {
        if (!isVietnamesePeople(text, s.start, e.start) && !isVietnamAsPlace(text, s.start, e.start)) vietnamAt.push(e.start);
      } else {
        mention(s.index, "country", t.code, e.start, e.end, t.via);
        if (t.via === "paired") vietnamAt.push(e.start);
        const thing = t.via === "institution" && namesAThing(text, s.start, e.start, e.end);
        if (!thing && !isNotAParty(text, s.start, e.start) && !isVietnameseSeat(text, s.start, e.start) && !isExample(text, s.start, e.start)) {
          f.partners.push({code: t.code, kind: "country"});
          countriesAt.push([t.code, e.start]);
        }
      }
    }
    for (const hit of within(fieldHits, s)) {
      for (const id of new Set(hit.entries.map((e) => e.value))) {
        mention(s.index, "field", id, hit.start, hit.end, "cue");
        // A sector written with a capital inside the sentence, inside a body's name the gazetteer knows ("Tổ chức y tế thế giới"),
        // or after a firm's kind ("Tập đoàn dầu khí BP") names a body ("Bộ Thủy sản", "Bộ Y tế"), not the cooperation's subject.
        const kind = m.fieldKinds.get(id) ?? "no";
        const inName = () => capitalisedInside(text, s.start, hit.start) || insideEntity(entities, hit) || describesAFirm(text, s.start, hit.start);
        const st = kind === "sector" && inName() ? "name" : kind;
        h.hits.push({kind: "field", code: id, st, surface: text.slice(hit.start, hit.end), start: hit.start, end: hit.end});
      }
    }
    for (const hit of within(cueHits, s)) {
      const {activity, strong} = hit.entries[0].value;
      if (activity === "none") continue; // a longer phrase that is not a cue: "hợp tác xã", "nhà tài trợ"
      if (entities.some((e) => e.start < hit.end && hit.start < e.end) || insideName(text, s.start, hit.start, activity) || isNegated(text, s.start, hit.start)) continue;
      mention(s.index, "cue", activity, hit.start, hit.end, "cue");
      // "X phối hợp cùng Y tổ chức hội thảo": working with someone to hold an event is holding it together.
      f.cues.push({activity: activity as Activity, strong: strong || (activity === "cooperation" && CO_ORGANISES.test(text.slice(hit.end, s.end)))});
      if (firstCue < 0) firstCue = hit.start;
      h.cue = true;
      if (ST_ACTIVITIES.includes(activity)) h.hits.push({kind: "activity", code: activity, st: "yes", surface: text.slice(hit.start, hit.end), start: hit.start, end: hit.end});
    }
    f.vietnam = vietnamAt.length > 0;
    f.foreignPair = firstCue >= 0 && betweenForeignCountries(firstCue, countriesAt, [...vietnamAt, ...provincesAt.map(([, at]) => at)]);
    // There, a province named after the cue is where, or for whom, the two act ("UTStarcom vừa phối hợp với Mitsubishi giới thiệu … cho mạng Cityphone tại Hà Nội"), not a side.
    const sides = f.foreignPair ? provincesAt.filter(([, at]) => at < firstCue) : provincesAt;
    f.provinces = [...new Set(sides.map(([code]) => code))];
    if (f.partners.length > 1) f.partners = [...new Map(f.partners.map((p) => [p.code, p])).values()];
    facts.push(f);
    hits.push(h);
    entitiesOf.push(entities);
  }

  // What decides whether a sentence is evidence, and whether it is S&T, is read only in articles
  // where some sentence has both a partner and a cue (most articles have none).
  // The latest year the article names: read once, by the relevance rules or by the lead's date, if either needs it.
  let latestMemo: number | null | undefined;
  const latestNamed = () => (latestMemo === undefined ? (latestMemo = latestYear(text, lines, x.today)) : latestMemo);
  if (facts.some((f) => f.partners.length && f.cues.length)) {
    const advert = isAdvertisement(text, lines);
    // The paragraphs where a pair could be: their other sentences may say what the cooperation is about,
    // by a field's cue or an activity. S&T words are read only in sentences that could be evidence (read
    // across a paragraph, they make far more wrong pairs than right ones); a phrase that is not S&T
    // ("bài học sâu sắc", not "học sâu") hides a field's cue in any sentence of those paragraphs.
    const pairLines = new Set(sentences.filter((s) => facts[s.index].partners.length && facts[s.index].cues.length).map((s) => s.line));
    for (const s of sentences) {
      const f = facts[s.index];
      const h = hits[s.index];
      for (const hit of scanTrie(m.pairContexts, prepared, s.start, s.end)) f.contexts.push(hit.entries[0].value);
      // Trade figures, labour export, loans, business opportunities and charity: a sector named there is a market or a gift, not a science.
      const markets = f.contexts.filter((c) => MARKETS.has(c));
      h.market = markets.length > 0;
      h.loan = h.market && markets.every((c) => c === "loan");
      for (const hit of scanTrie(m.nationalActors, prepared, s.start, s.end)) {
        const kinds = new Set(hit.entries.map((e) => e.value));
        if (kinds.has("vietnam") && !isVietnamesePeople(text, s.start, hit.start) && !isVietnamAsPlace(text, s.start, hit.start)) f.vietnam = true;
        if (kinds.has("national") && !isForeignBody(text, hit.end, s.end, entitiesOf[s.index], m.surnames) && !isLevelOfStudy(text, hit.start, hit.end)) f.national = true;
        if (kinds.has("bilateral")) f.bilateral = true;
      }
      const evidence = f.partners.length > 0 && f.cues.length > 0;
      // Elsewhere in those paragraphs, only a field's cue can count, and only it needs hiding.
      if (!pairLines.has(s.line) || (!evidence && !h.hits.some((x) => x.kind === "field"))) continue;
      if (evidence) {
        // Read only where a pair could be: an event recalled from long ago, an advertisement.
        if (recallsThePast(f.text, latestNamed())) f.contexts.push("history");
        if (advert) f.contexts.push("advert");
      }
      const notSt: [number, number][] = [];
      for (const hit of scanTrie(m.stCues, prepared, s.start, s.end)) {
        // A longer phrase that is not S&T ("nghiên cứu kỹ" a text, "Thư viện Khoa học"): it hides the cues inside it.
        // An S&T word inside an international body's name ("Tổ chức Văn hóa Khoa học Giáo dục Liên hợp quốc") or after a firm's
        // kind is the name's; inside a university's ("Trường Đại học Oxford") it still says the partner is academic.
        if (hit.entries[0].value === "none") notSt.push([hit.start, hit.end]);
        else if (evidence && !describesAFirm(text, s.start, hit.start) && !insideEntity(entitiesOf[s.index], hit, "organization")) h.hits.push({kind: "word", code: hit.entries[0].value, st: "yes", surface: text.slice(hit.start, hit.end), start: hit.start, end: hit.end});
      }
      if (notSt.length) h.hits = h.hits.filter((x) => !notSt.some(([a, b]) => x.start < b && a < x.end));
    }
  }

  const vietnamArticle = facts.some((f) => f.vietnam) || mentions.some((x) => x.kind === "province");
  // An article headed by WTO accession is about trade: the agriculture, intellectual property or "nghiên cứu" its
  // negotiators discuss are chapters of the talks, and only a technology field or an S&T activity makes a pair S&T there.
  const head = meta.title ?? (sentences.length ? text.slice(sentences[0].start, sentences[0].end) : "");
  if (TRADE_TALKS.test(head)) for (const h of hits) h.hits = h.hits.filter((x) => x.kind === "activity" || (x.kind === "field" && x.st === "yes"));
  const pairs = stampPairs(findPairs(raw.id, facts, vietnamArticle), hits);
  // A lead dates the cooperation it reports (ANNOTATION.md, Dates): an article that reports none
  // has no date unless its metadata or a dateline states one.
  // …and a lead's date must be said of cooperation: on a line that holds one of its pairs' evidence
  // or a cooperation cue ("Ngày 22/6, tại Hà Nội, hai bên ký…", "năm 2023, hợp tác … diễn ra sôi
  // động"), and not of a past event the lead recalls: a date more than RECALLED_YEARS before the
  // latest year the article names ("Vào 15/12/1992, … ký tắt Hiệp định" in an article about 2005).
  const evidenceLines = new Set([...pairs.map((p) => sentences[p.sentence].line), ...mentions.filter((m) => m.kind === "cue").map((m) => sentences[m.sentence].line)]);
  const latest = meta.dateFrom === "lead" ? latestNamed() : null;
  const recent = (d: PartialDate) => d.year === null || latest === null || latest - d.year <= RECALLED_YEARS;
  const leadDate = meta.dateFrom === "lead" ? meta.leadDates.find((d) => evidenceLines.has(d.line) && recent(d.date)) : undefined;
  const dated = meta.dateFrom !== "lead" || (pairs.length > 0 && leadDate !== undefined);
  return {
    id: raw.id,
    file: raw.file,
    title: meta.title,
    source: meta.source,
    url: meta.url,
    date: !dated ? {year: null, month: null, day: null} : leadDate ? leadDate.date : meta.date,
    dateFrom: dated ? meta.dateFrom : null,
    text,
    lines,
    sentences,
    mentions,
    pairs,
    relevance: classify(mentions, pairs),
    warnings: []
  };
}
