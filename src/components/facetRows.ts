// Decodes data/site/facets.json (written by loaders/site/facetsFile.ts) into one object per
// article: its position, date, source, relevance class, what it names and its cooperation pairs.
import type {ArticleFacts, FacetsFile, PairFacts, Relevance} from "../../loaders/contract.js";

export function decodeFacets(file: FacetsFile): ArticleFacts[] {
  const {codes, sources, relevances, activities} = file;
  const counted = (flat: number[] | undefined): [string, number][] => {
    const out: [string, number][] = [];
    for (let j = 0; flat && j < flat.length; j += 2) out.push([codes[flat[j]], flat[j + 1]]);
    return out;
  };
  return file.rows.map((row, i) => {
    const [date, src, relevance, c, o, p, f, flat] = row as [number, number, number, ...(number[] | undefined)[]];
    const pairs: PairFacts[] = [];
    for (let j = 0; flat && j < flat.length; ) {
      const [vn, partner, flags, bits, nFields] = flat.slice(j, j + 5);
      const fields = flat.slice(j + 5, j + 5 + nFields).map((k) => codes[k]);
      const nSentences = flat[j + 5 + nFields];
      const sentences = flat.slice(j + 6 + nFields, j + 6 + nFields + nSentences);
      pairs.push({
        vn: codes[vn],
        partner: codes[partner],
        st: (flags & 1) !== 0,
        organization: (flags & 2) !== 0,
        activities: activities.filter((_, k) => (bits & (1 << k)) !== 0),
        fields,
        sentences
      });
      j += 6 + nFields + nSentences;
    }
    return {
      i,
      y: date ? Math.floor(date / 100) : null,
      m: date && date % 100 ? date % 100 : null,
      source: src ? sources[src - 1] : null,
      relevance: relevances[relevance] as Relevance,
      c: counted(c),
      o: counted(o),
      p: counted(p),
      f: counted(f),
      pairs
    };
  });
}
