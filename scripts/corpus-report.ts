// A false-positive report on a JSONL news corpus (../shared/corpus/vn-news.jsonl.gz): per
// category, how many articles name a country, a province, or a cooperation pair; and a
// reproducible random sample of mentions and pairs from chosen categories, to read by eye.
//   npx tsx scripts/corpus-report.ts ../shared/corpus/vn-news.jsonl.gz [--sample "The thao,Phap luat"] [--n 30] [--seed 1]
import {createExtractor} from "../loaders/extract/corpus.js";
import {extractArticle} from "../loaders/extract/article.js";
import {normalizeText} from "../loaders/read/normalize.js";
import {articleFileText, readJsonl} from "./corpus-to-folder.js";
import {random} from "./random.js";


async function main(argv: string[]) {
  const input = argv[0] ?? "../shared/corpus/vn-news.jsonl.gz";
  const opt = (name: string, dflt: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
  const sampleCats = new Set(opt("--sample", "The thao,Phap luat").split(","));
  const n = Number(opt("--n", "30"));
  const rand = random(Number(opt("--seed", "1")));
  const x = createExtractor();
  const stats = new Map<string, {articles: number; withCountry: number; withProvince: number; withPair: number; pairs: number; countries: Map<string, number>}>();
  const pool: {cat: string; id: string; kind: string; code: string; context: string}[] = [];
  const pairPool: {cat: string; id: string; pair: string; sentence: string}[] = [];
  for await (const r of readJsonl(input)) {
    const text = normalizeText(articleFileText(r));
    const a = extractArticle({id: r.id, file: r.id, text, frontMatter: {}, bytes: text.length}, x);
    const cat = r.category ?? "?";
    let s = stats.get(cat);
    if (!s) stats.set(cat, (s = {articles: 0, withCountry: 0, withProvince: 0, withPair: 0, pairs: 0, countries: new Map()}));
    s.articles++;
    const kinds = new Set(a.mentions.map((m) => m.kind));
    if (kinds.has("country")) s.withCountry++;
    if (kinds.has("province")) s.withProvince++;
    const pairs = new Set(a.pairs.map((p) => `${p.vn}→${p.partner}`));
    if (pairs.size) s.withPair++;
    s.pairs += pairs.size;
    for (const m of a.mentions) if (m.kind === "country") s.countries.set(m.code, (s.countries.get(m.code) ?? 0) + 1);
    if (sampleCats.has(cat)) {
      for (const m of a.mentions) {
        if (m.kind === "country" || m.kind === "province" || m.kind === "organization") {
          pool.push({cat, id: r.id, kind: m.kind, code: m.code, context: text.slice(Math.max(0, m.start - 40), m.start) + "[" + m.surface + "]" + text.slice(m.end, m.end + 40)});
        }
      }
      for (const p of a.pairs) {
        const sent = a.sentences[p.sentence];
        pairPool.push({cat, id: r.id, pair: `${p.vn}→${p.partner}`, sentence: text.slice(sent.start, sent.end).slice(0, 220)});
      }
    }
  }
  console.log("category            articles  country  province  pair  pairs  top countries");
  for (const [cat, s] of [...stats].sort()) {
    const top = [...s.countries].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([c, k]) => `${c}:${k}`).join(" ");
    console.log(`${cat.padEnd(20)}${String(s.articles).padStart(8)}${String(s.withCountry).padStart(9)}${String(s.withProvince).padStart(10)}${String(s.withPair).padStart(6)}${String(s.pairs).padStart(7)}  ${top}`);
  }
  const sample = <T,>(xs: T[], k: number) => {
    const copy = [...xs];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, k);
  };
  console.log(`\n${n} random mentions from ${[...sampleCats].join(", ")} (of ${pool.length}):`);
  for (const m of sample(pool, n)) console.log(`  ${m.id} ${m.kind} ${m.code}: …${m.context.replace(/\n/g, " ⏎ ")}…`);
  console.log(`\n${Math.min(n, pairPool.length)} random pairs from ${[...sampleCats].join(", ")} (of ${pairPool.length}):`);
  for (const p of sample(pairPool, n)) console.log(`  ${p.id} ${p.pair}: ${p.sentence.replace(/\n/g, " ")}`);
}

await main(process.argv.slice(2));
