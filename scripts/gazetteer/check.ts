/**
 * Sanity checks for the gazetteer tables in data/gazetteer/ (the files this folder owns).
 *
 *   npx tsx scripts/gazetteer/check.ts          # exits 1 on any error
 *
 * 1. Structure: exact headers, same column count on every row, NFC, no stray spaces, no empty
 *    required cells, unique ids, codes well formed, cross-references resolve.
 * 2. Alias conflicts: one matching key (tone-placement-insensitive, hyphen-spacing-insensitive,
 *    case-preserving) must not belong to two different entities across countries (aliases and
 *    paired forms), places, organizations and provinces; no alias may equal a false friend.
 * 3. Gold traps (see /work/shared/gold/seeds.json): e.g. no diacritic-less "Thanh Hoa".
 * 4. A rough longest-match run over the five seed articles (if /work/shared/seeds exists),
 *    comparing countries, localities and fields with the gold. This is a smoke test of the
 *    tables, not the project's extractor: differences are printed as warnings.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const DIR = join(ROOT, "data", "gazetteer");
const SHARED = "/work/shared";

let errors = 0;
let warnings = 0;
const err = (m: string) => {
  errors++;
  console.log(`ERROR  ${m}`);
};
const warn = (m: string) => {
  warnings++;
  console.log(`warn   ${m}`);
};

type Row = Record<string, string>;
const split = (cell: string) => (cell ? cell.split(" | ").map((s) => s) : []);

function load(file: string, header: string[]): Row[] {
  const path = join(DIR, file);
  if (!existsSync(path)) {
    err(`${file}: missing`);
    return [];
  }
  const text = readFileSync(path, "utf8");
  if (text !== text.normalize("NFC")) err(`${file}: not NFC`);
  if (text.startsWith("\uFEFF")) err(`${file}: BOM`);
  if (text.includes("\r")) err(`${file}: CR line endings`);
  if (!text.endsWith("\n")) err(`${file}: no final newline`);
  const lines = text.replace(/\n$/, "").split("\n");
  const got = lines.shift()!.split("\t");
  if (got.join("\t") !== header.join("\t")) err(`${file}: header ${got.join(",")} != ${header.join(",")}`);
  const rows: Row[] = [];
  lines.forEach((line, i) => {
    const n = i + 2;
    if (line.startsWith("#")) err(`${file}:${n}: comment line`);
    if (line.trim() === "") return err(`${file}:${n}: empty line`);
    const cells = line.split("\t");
    if (cells.length !== header.length) err(`${file}:${n}: ${cells.length} columns, expected ${header.length}`);
    const row: Row = {};
    header.forEach((h, j) => {
      const c = cells[j] ?? "";
      if (c !== c.trim()) err(`${file}:${n}: spaces around "${c}" (${h})`);
      if (c.includes('"')) warn(`${file}:${n}: double quote in ${h}`);
      if (/\|/.test(c) && !/^(.+?)( \| .+?)*$/.test(c)) err(`${file}:${n}: bad separator in ${h}`);
      if (/\|\||\| \||(^|[^ ])\||\|([^ ]|$)/.test(c)) err(`${file}:${n}: "|" must be written " | " (${h}: ${c.slice(0, 60)})`);
      row[h] = c;
    });
    rows.push(row);
  });
  return rows;
}

function unique(file: string, rows: Row[], col: string) {
  const seen = new Set<string>();
  for (const r of rows) {
    if (!r[col]) err(`${file}: empty ${col}`);
    else if (seen.has(r[col])) err(`${file}: duplicate ${col} ${r[col]}`);
    seen.add(r[col]);
  }
}

// ---------------------------------------------------------------- matching key
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const VOWEL = /[aeiouyăâêôơư]/i;
/** Tone-placement-insensitive key of one syllable: tone moved to the last vowel. */
function syllableKey(s: string): string {
  const d = s.normalize("NFD");
  const tone = (d.match(TONES) ?? [])[0] ?? "";
  const bare = d.replace(TONES, "").normalize("NFC");
  if (!tone) return bare;
  let last = -1;
  for (let i = 0; i < bare.length; i++) if (VOWEL.test(bare[i])) last = i;
  if (last < 0) return (bare + tone).normalize("NFC");
  return (bare.slice(0, last + 1) + tone).normalize("NFC") + bare.slice(last + 1);
}
/** Canonical text: NFC, tone placement fixed, dashes unified; keeps length per syllable. */
function canon(s: string): string {
  return s
    .normalize("NFC")
    .replace(/[–—]/g, "-")
    .replace(/[\p{L}\p{M}]+/gu, syllableKey);
}
/** Matching key of an alias: canonical, spaces around hyphens removed. */
const aliasKey = (a: string) => canon(a).replace(/\s*-\s*/g, "-").replace(/\s+/g, " ");

// ---------------------------------------------------------------- 1. structure
const countries = load("countries.tsv", ["alpha2", "alpha3", "numeric", "name_en", "name_vi", "aliases", "paired_forms"]);
const countryAliases = load("country-aliases.tsv", ["alpha2", "aliases", "paired_forms"]);
const places = load("places.tsv", ["name", "country", "aliases", "note", "given_name"]);
const orgs = load("organizations.tsv", ["id", "kind", "country", "name_en", "name_vi", "aliases"]);
const provinces = load("provinces.tsv", ["code", "name_vi", "name_en", "type", "gso", "unit_2025", "aliases"]);
const units = load("units-2025.tsv", ["code", "name_vi", "type", "gso", "seat", "members"]);
const fields = load("fields.tsv", ["id", "label_en", "label_vi", "ford", "ford_label", "st", "cues"]);
const cues = load("cues.tsv", ["cue", "activity", "strength"]);
const pairContexts = load("pair-contexts.tsv", ["phrase", "kind"]);
const titles = load("person-titles.tsv", ["title", "kind"]);
const surnames = load("surnames.tsv", ["surname"]);
const falseFriends = load("false-friends.tsv", ["phrase", "note"]);

unique("countries.tsv", countries, "alpha2");
unique("countries.tsv", countries, "alpha3");
unique("countries.tsv", countries, "numeric");
unique("country-aliases.tsv", countryAliases, "alpha2");
unique("places.tsv", places, "name");
unique("organizations.tsv", orgs, "id");
unique("provinces.tsv", provinces, "code");
unique("units-2025.tsv", units, "code");
unique("fields.tsv", fields, "id");
unique("cues.tsv", cues, "cue");
unique("person-titles.tsv", titles, "title");
unique("surnames.tsv", surnames, "surname");
unique("false-friends.tsv", falseFriends, "phrase");

const alpha2 = new Set(countries.map((c) => c.alpha2));
if (countries.length !== 249) err(`countries.tsv: ${countries.length} rows, expected 249`);
for (const c of countries) {
  if (!/^[A-Z]{2}$/.test(c.alpha2) || !/^[A-Z]{3}$/.test(c.alpha3) || !/^\d{3}$/.test(c.numeric)) err(`countries.tsv: bad codes ${c.alpha2}`);
  if (!c.name_en || !c.name_vi || !c.aliases) err(`countries.tsv: ${c.alpha2} has an empty name or no alias`);
}
const spot: Record<string, string> = {
  VN: "VNM 704", CN: "CHN 156", RU: "RUS 643", US: "USA 840", JP: "JPN 392", KR: "KOR 410", FR: "FRA 250",
  DE: "DEU 276", GB: "GBR 826", TW: "TWN 158", BE: "BEL 056", CH: "CHE 756", IL: "ISR 376", IN: "IND 356",
  AU: "AUS 036", NZ: "NZL 554", FI: "FIN 246", SE: "SWE 752", TR: "TUR 792", ID: "IDN 360", MY: "MYS 458",
  SG: "SGP 702", IT: "ITA 380", HK: "HKG 344", MO: "MAC 446", LA: "LAO 418", KH: "KHM 116", KP: "PRK 408",
};
for (const [a2, want] of Object.entries(spot)) {
  const c = countries.find((r) => r.alpha2 === a2);
  if (!c || `${c.alpha3} ${c.numeric}` !== want) err(`countries.tsv: ${a2} should be ${want}`);
}
for (const r of countryAliases) if (!alpha2.has(r.alpha2)) err(`country-aliases.tsv: unknown ${r.alpha2}`);

for (const p of places) {
  if (!alpha2.has(p.country)) err(`places.tsv: ${p.name}: unknown country ${p.country}`);
  if (p.country === "VN") err(`places.tsv: ${p.name}: Vietnamese places belong in provinces.tsv`);
  if (!split(p.aliases).includes(p.name)) warn(`places.tsv: ${p.name} not among its own aliases`);
  if (p.given_name !== "" && p.given_name !== "yes") err(`places.tsv: ${p.name}: given_name must be "yes" or empty, not ${p.given_name}`);
}
if (places.length < 300) err(`places.tsv: only ${places.length} rows`);

for (const o of orgs) {
  if (!["international", "institution", "company"].includes(o.kind)) err(`organizations.tsv: ${o.id}: kind ${o.kind}`);
  if (!/^[A-Z0-9_]+$/.test(o.id)) err(`organizations.tsv: id ${o.id} is not UPPER_SNAKE`);
  if (o.kind === "international" && o.country) err(`organizations.tsv: ${o.id}: international with a country`);
  if (o.kind !== "international" && !alpha2.has(o.country)) err(`organizations.tsv: ${o.id}: country ${o.country}`);
  if (!o.aliases) err(`organizations.tsv: ${o.id}: no alias`);
}
if (orgs.length < 200) err(`organizations.tsv: only ${orgs.length} rows`);

const unitCodes = new Set(units.map((u) => u.code));
if (provinces.length !== 63) err(`provinces.tsv: ${provinces.length} rows, expected 63`);
if (units.length !== 34) err(`units-2025.tsv: ${units.length} rows, expected 34`);
const provinceCodes = new Set(provinces.map((p) => p.code));
for (const p of provinces) {
  if (!/^VN-(\d\d|CT|DN|HN|HP|SG)$/.test(p.code)) err(`provinces.tsv: bad code ${p.code}`);
  if (!unitCodes.has(p.unit_2025)) err(`provinces.tsv: ${p.code}: unit_2025 ${p.unit_2025} not in units-2025.tsv`);
  if (!/^\d\d$/.test(p.gso)) err(`provinces.tsv: ${p.code}: gso ${p.gso}`);
  if (!["tỉnh", "thành phố"].includes(p.type)) err(`provinces.tsv: ${p.code}: type ${p.type}`);
  // A name that is also a person's is not matched on its own (README: "each name is repeated among
  // the aliases whenever it is safe to match on its own"): bare "Hồ Chí Minh" is the man.
  const NOT_ALONE = new Set(["Hồ Chí Minh"]);
  if (!NOT_ALONE.has(p.name_vi) && split(p.aliases)[0] !== p.name_vi) warn(`provinces.tsv: ${p.code}: first alias is not name_vi`);
  if (NOT_ALONE.has(p.name_vi) && split(p.aliases).includes(p.name_vi)) err(`provinces.tsv: ${p.code}: bare "${p.name_vi}" is a person's name, not an alias`);
}
const memberOf = new Map<string, string>();
for (const u of units) {
  for (const m of split(u.members)) {
    if (!provinceCodes.has(m)) err(`units-2025.tsv: ${u.code}: unknown member ${m}`);
    if (memberOf.has(m)) err(`units-2025.tsv: ${m} in two units`);
    memberOf.set(m, u.code);
  }
  if (!split(u.members).includes(u.code)) err(`units-2025.tsv: ${u.code} is not its own member (namesake convention)`);
}
for (const p of provinces) if (memberOf.get(p.code) !== p.unit_2025) err(`provinces.tsv: ${p.code}: unit_2025 disagrees with units-2025.tsv`);

// cross-check against the shared reference files, when present
const refProv = join(SHARED, "reference", "vn-provinces-63.tsv");
const refMerge = join(SHARED, "reference", "vn-merger-2025.tsv");
if (existsSync(refProv) && existsSync(refMerge)) {
  const ref = readFileSync(refProv, "utf8").trim().split("\n").slice(1).map((l) => l.split("\t"));
  for (const [code, , , , gso] of ref) {
    const p = provinces.find((r) => r.code === code);
    if (!p) err(`provinces.tsv: missing ${code} (reference)`);
    else if (p.gso !== gso) err(`provinces.tsv: ${code}: gso ${p.gso} != reference ${gso}`);
  }
  const mer = readFileSync(refMerge, "utf8").trim().split("\n").slice(1).map((l) => l.split("\t"));
  for (const f of mer) {
    const p = provinces.find((r) => r.code === f[0]);
    if (p && p.unit_2025 !== f[6]) err(`provinces.tsv: ${f[0]}: unit_2025 ${p.unit_2025} != reference ${f[6]}`);
    const u = units.find((r) => r.code === f[6]);
    if (u && (u.gso !== f[5] || u.seat !== f[7] || u.name_vi !== f[3])) err(`units-2025.tsv: ${f[6]} differs from reference`);
  }
}

const FIELD_IDS = ["ai", "digital", "electronics", "energy", "nuclear", "materials", "mechanical", "agriculture", "biotech", "health", "environment", "marine", "space", "innovation", "tech_transfer", "training", "smart_city", "basic_science", "standards_ip", "trade_investment", "tourism"];
if (fields.map((f) => f.id).join() !== FIELD_IDS.join()) err(`fields.tsv: ids must be exactly ${FIELD_IDS.join(",")} in that order`);
const cueOwner = new Map<string, string>();
for (const f of fields) {
  if (!/^\d\.\d{1,2}$/.test(f.ford)) err(`fields.tsv: ${f.id}: FORD code ${f.ford}`);
  // Whether a field's cues make cooperation S&T (loaders/extract/gazetteer.ts, Field.st).
  if (!["yes", "sector", "topic", "no"].includes(f.st)) err(`fields.tsv: ${f.id}: st ${f.st}`);
  for (const c of split(f.cues)) {
    if (c !== c.toLowerCase()) err(`fields.tsv: ${f.id}: cue "${c}" is not lowercase`);
    const k = aliasKey(c);
    if (cueOwner.has(k) && cueOwner.get(k) !== f.id) err(`fields.tsv: cue "${c}" in ${cueOwner.get(k)} and ${f.id}`);
    else if (cueOwner.has(k)) err(`fields.tsv: cue "${c}" twice in ${f.id}`);
    cueOwner.set(k, f.id);
  }
}
// "none" marks a longer phrase that contains a cue but is not one ("hợp tác xã", "nhà tài trợ"):
// the extractor reads it (loaders/extract/gazetteer.ts) and skips it.
const ACTIVITIES = ["agreement", "visit", "talks", "conference", "joint_research", "training", "tech_transfer", "study_tour", "cooperation", "none"];
const seenCue = new Set<string>();
for (const c of cues) {
  if (!ACTIVITIES.includes(c.activity)) err(`cues.tsv: ${c.cue}: activity ${c.activity}`);
  if (!(c.activity === "none" ? [""] : ["strong", "weak"]).includes(c.strength ?? "")) err(`cues.tsv: ${c.cue}: strength ${c.strength}`);
  // A cue written with a capital is matched as written ("MoU", "trao đổi với VnExpress"; loaders/extract/matchers.ts).
  const k = aliasKey(c.cue);
  if (seenCue.has(k)) err(`cues.tsv: "${c.cue}" duplicates another cue (tone placement / hyphen spacing)`);
  seenCue.add(k);
}
// The kinds the pair rules read (loaders/extract/pairs.ts, article.ts): a misspelt kind would do nothing.
const PAIR_CONTEXTS = ["contest", "sale", "refused", "hope", "trade", "crime", "recruitment", "report", "exhibition", "biography", "enforcement", "labour", "market", "loan", "charity"];
for (const c of pairContexts) if (!PAIR_CONTEXTS.includes(c.kind)) err(`pair-contexts.tsv: ${c.phrase}: kind ${c.kind}`);
for (const t of titles) if (!["honorific", "position"].includes(t.kind)) err(`person-titles.tsv: ${t.title}: kind ${t.kind}`);
for (const s of surnames) if (!/^\p{Lu}[\p{Ll}\p{M}]*$/u.test(s.surname)) err(`surnames.tsv: "${s.surname}" is not one capitalised syllable`);

// ---------------------------------------------------------------- 2. alias conflicts
interface Entity { ref: string; target: string }
const byKey = new Map<string, { alias: string; e: Entity }[]>();
const addAlias = (alias: string, e: Entity) => {
  if (!alias) return;
  const k = aliasKey(alias);
  const list = byKey.get(k) ?? [];
  if (list.some((x) => x.e.ref === e.ref)) {
    if (!list.some((x) => x.alias === alias)) warn(`${e.ref}: "${alias}" repeats another alias of the same entity (tone/hyphen variant)`);
    else warn(`${e.ref}: duplicate alias "${alias}"`);
  }
  list.push({ alias, e });
  byKey.set(k, list);
};
for (const c of countries) {
  for (const a of split(c.aliases)) addAlias(a, { ref: `country ${c.alpha2}`, target: c.alpha2 });
  for (const a of split(c.paired_forms)) addAlias(a, { ref: `country ${c.alpha2} (paired)`, target: c.alpha2 });
}
for (const p of places) for (const a of split(p.aliases)) addAlias(a, { ref: `place ${p.name}`, target: p.country });
for (const o of orgs) for (const a of split(o.aliases)) addAlias(a, { ref: `org ${o.id}`, target: o.country || o.id });
for (const p of provinces) for (const a of split(p.aliases)) addAlias(a, { ref: `province ${p.code}`, target: p.code });
let conflicts = 0;
for (const [k, list] of byKey) {
  const refs = new Set(list.map((x) => x.e.ref.replace(/ \(paired\)$/, "")));
  if (refs.size > 1) {
    conflicts++;
    err(`alias conflict "${k}": ${list.map((x) => `${x.e.ref} ("${x.alias}")`).join(" / ")}`);
  }
}
const ffKeys = new Map(falseFriends.map((f) => [aliasKey(f.phrase).toLowerCase(), f.phrase]));
for (const [k, list] of byKey) {
  const ff = ffKeys.get(k.toLowerCase());
  if (ff) err(`false friend "${ff}" equals an alias of ${list[0].e.ref}`);
}
for (const [k, list] of byKey) {
  for (const x of list) if (/^\s|\s$/.test(x.alias) || x.alias.length < 1) err(`${x.e.ref}: suspicious alias "${x.alias}"`);
  void k;
}

// ---------------------------------------------------------------- 3. gold traps
const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
const ASCII_OK = new Set(["Ho Chi Minh City", "Hanoi", "Da Nang", "Danang", "Haiphong", "Can Tho", "Saigon", "HCMC"]);
const provinceFolds = new Map<string, string>();
for (const p of provinces) for (const a of split(p.aliases)) if (fold(a) !== a) provinceFolds.set(fold(a), p.code);
for (const [k, list] of byKey) {
  for (const x of list) {
    const code = provinceFolds.get(x.alias);
    if (code && !ASCII_OK.has(x.alias)) err(`${x.e.ref}: alias "${x.alias}" is a province name without diacritics (${code})`);
  }
  void k;
}
const resolve = (alias: string) => (byKey.get(aliasKey(alias)) ?? []).map((x) => x.e.target);
const expect = (alias: string, target: string | null) => {
  const got = [...new Set(resolve(alias))];
  if (target === null ? got.length > 0 : got.length !== 1 || got[0] !== target) {
    err(`trap: "${alias}" resolves to [${got.join(",")}], expected ${target ?? "nothing"}`);
  }
};
expect("Thanh Hoa", null);
expect("Thanh Hóa", "VN-21");
expect("Đại học Thanh Hoa", "CN");
expect("Đài Loan (Trung Quốc)", "TW");
expect("Đài Loan", "TW");
expect("Liên Xô", "RU");
expect("Việt – Nga", "RU");
expect("Việt-Trung", "CN");
expect("Việt - Nhật", "JP");
expect("Việt - Hàn", "KR");
expect("Lào Cai", "VN-02");
expect("Thái Bình", "VN-20");
expect("Thái Nguyên", "VN-69");
expect("Trung Quan Thôn", "CN");
expect("Thành phố Khoa học Trương Giang", "CN");
expect("Trương Giang", null);
expect("Đông Nam Á", null);
expect("châu Âu", null);
expect("Deagu", "KR");
expect("Gyeoungbuk Technopark", "KR");
expect("Mitshubishi", "JP");
expect("Shinhan", "KR");
expect("Rosatom", "RU");
expect("Thụy Sỹ", "CH");
expect("Vương quốc Bỉ", "BE");
expect("Anh Quốc", "GB");
expect("Bà Rịa–Vũng Tàu", "VN-43");
expect("BR-VT", "VN-43");
expect("TP.HCM", "VN-SG");
expect("Khánh Hoà", "VN-34");
expect("Viên", null);
expect("Hải Nam", "CN");
expect("The World Bank", "WORLD_BANK");
expect("UNICEF", "UNICEF");
expect("EU", "EU");
for (const ff of ["Ý kiến", "ý nghĩa", "pháp luật", "pháp quy", "giải pháp", "cập nhật", "Viện Hàn lâm", "Trung tâm", "Trung ương"]) {
  if (!ffKeys.has(aliasKey(ff).toLowerCase())) err(`trap: false friend "${ff}" missing`);
}
if (!surnames.some((s) => s.surname === "Đặng") || !titles.some((t) => t.title === "ông")) err("trap: 'ông Đặng Đức Thành' needs ông + Đặng");

// ---------------------------------------------------------------- 4. seed smoke test
/**
 * An alias to look for, its regex made only when the text holds its longest word (`token`): the
 * thousands of aliases would otherwise each compile a Unicode regex and scan every seed (a minute).
 */
interface Pattern { alias: string; flags: string; token: string; re?: RegExp; kind: "entity" | "block" | "field"; target: string }
function pattern(alias: string, flags: string, kind: Pattern["kind"], target: string): Pattern {
  const token = canon(alias).trim().split(/[\s-]+/).reduce((a, b) => (b.length > a.length ? b : a), "");
  return { alias, flags, token: flags.includes("i") ? token.toLowerCase() : token, kind, target };
}
function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function patternOf(alias: string, flags: string): RegExp {
  const body = canon(alias)
    .trim()
    .split(/\s*-\s*/)
    .map((part) => part.split(/\s+/).map(escape).join("\\s+"))
    .join("\\s*-\\s*");
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${body}(?![\\p{L}\\p{M}\\p{N}])`, flags);
}
function seedSmokeTest() {
  const goldPath = join(SHARED, "gold", "seeds.json");
  const seedDir = join(SHARED, "seeds");
  if (!existsSync(goldPath) || !existsSync(seedDir)) return console.log("(no seeds: smoke test skipped)");
  const gold = JSON.parse(readFileSync(goldPath, "utf8")).articles as Record<string, any>;
  const entityPats: Pattern[] = [];
  const add = (alias: string, target: string) => {
    entityPats.push(pattern(alias, "gu", "entity", target));
    const up = alias.toUpperCase();
    if (up !== alias) entityPats.push(pattern(up, "gu", "entity", target));
  };
  for (const c of countries) for (const a of [...split(c.aliases), ...split(c.paired_forms)]) add(a, `C:${c.alpha2}`);
  for (const p of places) for (const a of split(p.aliases)) add(a, `C:${p.country}`);
  for (const o of orgs) for (const a of split(o.aliases)) add(a, o.kind === "international" ? `O:${o.id}` : `C:${o.country}`);
  for (const p of provinces) for (const a of split(p.aliases)) add(a, `P:${p.code}`);
  for (const f of falseFriends) entityPats.push(pattern(f.phrase, "giu", "block", ""));
  const fieldPats: Pattern[] = [];
  for (const f of fields) for (const c of split(f.cues)) fieldPats.push(pattern(c, "giu", "field", f.id));
  const sur = new Set(surnames.map((s) => s.surname));

  const CHROME_END = /^(Theo [^,]{1,60}$|Copy Link|Bài liên quan|Có thể bạn quan tâm|End of content|Không có tin nào tiếp theo|Xem nhiều nhất)/;
  const CHROME_LINE = /^(Chuyển động ICT|Theo dõi .* trên Google News|.*\.(jpg|png)|null)$|\s\/\s/;
  const longest = (text: string, pats: Pattern[]) => {
    const hits: { s: number; e: number; p: Pattern }[] = [];
    const lower = text.toLowerCase();
    for (const p of pats) {
      if (!(p.flags.includes("i") ? lower : text).includes(p.token)) continue;
      for (const m of text.matchAll((p.re ??= patternOf(p.alias, p.flags)))) hits.push({ s: m.index!, e: m.index! + m[0].length, p });
    }
    hits.sort((a, b) => a.s - b.s || b.e - b.s - (a.e - a.s));
    const out: typeof hits = [];
    let end = -1;
    for (const h of hits) if (h.s >= end) (out.push(h), (end = h.e));
    return out;
  };
  for (const file of readdirSync(seedDir).sort()) {
    const id = file.replace(/\.txt$/, "");
    const g = gold[id];
    if (!g) continue;
    const lines: string[] = [];
    for (const line of readFileSync(join(seedDir, file), "utf8").normalize("NFC").split("\n")) {
      if (CHROME_LINE.test(line.trim())) continue;
      if (CHROME_END.test(line.trim())) break;
      lines.push(line);
    }
    const text = canon(lines.join("\n"));
    const found = new Set<string>();
    for (const h of longest(text, entityPats)) {
      if (h.p.kind !== "entity") continue;
      // crude person-name rule: a capitalised syllable run that starts with a surname
      const before = text.slice(Math.max(0, h.s - 30), h.s);
      const m = before.match(/((?:\p{Lu}[\p{L}\p{M}]*\s+){1,3})$/u);
      if (m && sur.has(m[1].trim().split(/\s+/)[0].normalize("NFC"))) continue;
      found.add(h.p.target);
    }
    const countriesFound = [...found].filter((t) => t.startsWith("C:") && t !== "C:VN").map((t) => t.slice(2));
    const provFound = [...found].filter((t) => t.startsWith("P:")).map((t) => t.slice(2));
    const orgFound = [...found].filter((t) => t.startsWith("O:")).map((t) => t.slice(2));
    const cmp = (what: string, got: string[], want: string[], optional: string[] = []) => {
      const missing = want.filter((x) => !got.includes(x));
      const extra = got.filter((x) => !want.includes(x) && !optional.includes(x));
      if (missing.length || extra.length) warn(`seed ${id} ${what}: missing [${missing}] extra [${extra}]`);
      else console.log(`ok     seed ${id} ${what}: ${want.length} expected, all found, no extra`);
    };
    cmp("countries", [...new Set(countriesFound)], g.countries);
    cmp("localities", provFound, g.localities);
    cmp("organizations", orgFound, g.organizations);
    const fieldsFound = [...new Set(longest(text, fieldPats).map((h) => h.p.target))];
    cmp("fields", fieldsFound, g.fields.required, g.fields.optional);
  }
}
seedSmokeTest();

console.log(
  `\n${countries.length} countries, ${places.length} places, ${orgs.length} organizations, ${provinces.length} provinces, ` +
    `${units.length} units, ${fields.length} fields, ${cues.length} cues, ${titles.length} titles, ${surnames.length} surnames, ` +
    `${falseFriends.length} false friends; ${byKey.size} alias keys, ${conflicts} conflicts`,
);
console.log(`${errors} error(s), ${warnings} warning(s)`);
process.exit(errors ? 1 : 0);
