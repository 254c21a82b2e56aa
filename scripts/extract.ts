// npm run --silent extract -- [--tables DIR] PATH...
// Prints one JSON object per article per line (stdout), warnings on stderr; exit 0 unless no
// input could be read at all. With --tables DIR, also writes the row tables (articles, mentions,
// evidence, skipped files) and, for each scope (st, cooperation, mentions), the counts the pages
// draw: by partner, province, 2025 unit, field, Vietnamese side × partner, partner × field, year
// and month, made by the pages' own count engine (src/components/counts.ts) from the same facets.
import {mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {SCOPES, type Names} from "../loaders/contract.js";
import {corpusDir, createExtractor, extractCorpus} from "../loaders/extract/corpus.js";
import {facetsFiles} from "../loaders/site/facetsFile.js";
import {names as namesOf} from "../loaders/site/siteFile.js";
import {collectCorpus, type CorpusTable} from "../loaders/tables/corpusTable.js";
import {summarize, skippedSummary, warningText} from "../loaders/tables/summary.js";
import {rowTables} from "../loaders/tables/tables.js";
import {countBy, pairCounts, partnerFieldCounts, timeCounts} from "../src/components/counts.js";
import {toCsv} from "../src/components/csvFormat.js";
import {decodeFacets} from "../src/components/facetRows.js";
import {fieldName, partnerName, vnName} from "../src/components/names.js";

/** Every table, by file name (a scope's counts in a folder of their own). */
export function tablesOf(t: CorpusTable): Map<string, object[]> {
  const out = new Map<string, object[]>(Object.entries(rowTables(t)).map(([name, rows]) => [`${name}.csv`, rows]));
  const facets = facetsFiles(t);
  const rows = [...decodeFacets(facets.cooperation), ...decodeFacets(facets.mentions)];
  const names: Names = namesOf(t.gazetteer);
  const unitOf = (code: string) => names.provinces[code]?.unit ?? code;
  for (const scope of SCOPES) {
    const m = scope === "mentions" ? (n: number) => ({mentions: n}) : () => ({});
    const counts = (kind: "partner" | "province" | "field", group?: (c: string) => string) => countBy(rows, kind, scope, {group});
    out.set(`${scope}/partners.csv`, counts("partner").map((c) => ({code: c.code, kind: names.countries[c.code] ? "country" : "organization", name_en: partnerName(names, c.code), articles: c.articles, evidence: c.evidence, ...m(c.mentions)})));
    out.set(`${scope}/provinces.csv`, counts("province").map((c) => ({code: c.code, name_vi: vnName(names, c.code), unit_2025: unitOf(c.code), articles: c.articles, evidence: c.evidence, ...m(c.mentions)})));
    out.set(`${scope}/units-2025.csv`, counts("province", unitOf).map((c) => ({code: c.code, name_vi: names.units[c.code]?.vi ?? c.code, articles: c.articles, evidence: c.evidence, ...m(c.mentions)})));
    out.set(`${scope}/fields.csv`, counts("field").map((c) => ({id: c.code, label_en: fieldName(names, c.code), ford: names.fields[c.code]?.ford ?? "", articles: c.articles, evidence: c.evidence, ...m(c.mentions)})));
    out.set(`${scope}/province-partner.csv`, pairCounts(rows, scope).map((p) => ({vn: p.vn, vn_name: vnName(names, p.vn), partner: p.partner, partner_name: partnerName(names, p.partner), articles: p.articles, evidence: p.evidence})));
    out.set(`${scope}/partner-field.csv`, partnerFieldCounts(rows, scope).map((c) => ({partner: c.partner, partner_name: partnerName(names, c.partner), field: c.field, articles: c.articles, evidence: c.evidence})));
    const time = timeCounts(rows, scope);
    out.set(`${scope}/years.csv`, [...time.years, {year: "not stated", articles: time.undated, evidence: "", pairs: ""}]);
    out.set(`${scope}/months.csv`, time.months);
  }
  return out;
}

function main(argv: string[]): number {
  let tablesDir: string | null = null;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--tables") tablesDir = argv[++i] ?? null;
    else if (argv[i] === "--help" || argv[i] === "-h") {
      process.stdout.write("usage: npm run --silent extract -- [--tables DIR] PATH...\n");
      return 0;
    } else paths.push(argv[i]);
  }
  if (tablesDir === null && argv.includes("--tables")) {
    process.stderr.write("--tables needs a folder\n");
    return 2;
  }
  if (!paths.length) paths.push(corpusDir());
  const extractor = createExtractor();
  let read = 0;
  let seen = 0;
  const print = (item: ReturnType<typeof extractCorpus> extends Iterable<infer T> ? T : never) => {
    seen++;
    if (item.kind === "skipped") {
      process.stderr.write(`skipped ${warningText(item.warning)}\n`);
      process.stdout.write(JSON.stringify(skippedSummary(item.id, item.warning)) + "\n");
      return;
    }
    read++;
    for (const w of item.article.warnings) process.stderr.write(`warning ${warningText(w)}\n`);
    process.stdout.write(JSON.stringify(summarize(item.article)) + "\n");
  };
  if (tablesDir) {
    const table = collectCorpus(extractCorpus(paths, extractor), extractor.matchers.gazetteer, new Date(), print);
    for (const [name, rows] of tablesOf(table)) {
      mkdirSync(join(tablesDir, name, ".."), {recursive: true});
      writeFileSync(join(tablesDir, name), toCsv(rows) + "\n");
    }
  } else {
    for (const item of extractCorpus(paths, extractor)) print(item);
  }
  if (seen === 0) process.stderr.write(`no article file (.txt or .md) found in ${paths.join(", ")}\n`);
  return read > 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) process.exitCode = main(process.argv.slice(2));
