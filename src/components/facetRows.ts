// Decodes data/site/facets.json and facets-mentions.json (written by loaders/site/facetsFile.ts) into
// one object per article: its position, date, source, relevance class, what it names and its
// cooperation pairs. facets.json holds the articles that report cooperation, all that the S&T and
// cooperation scopes count; the mentions scope also reads facets-mentions.json (scopeRows).
import type {ArticleFacts, FacetsFile, PairFacts, Relevance, Scope} from "../../loaders/contract.js";

export function decodeFacets(file: FacetsFile): ArticleFacts[] {
  const {first, codes, sources, relevances, activities} = file;
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
      i: first + i,
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

/** Something whose JSON is a facets file: a page's FileAttachment("./data/site/facets-mentions.json"). */
export interface FacetsSource {
  json(): Promise<FacetsFile>;
}

const decoded = new WeakMap<FacetsSource, Promise<ArticleFacts[]>>();

/**
 * The articles a scope counts from: `cooperation` (facets.json, decoded) in the S&T and cooperation
 * scopes; in the mentions scope, those and then the rest, fetched from `mentions` the first time only.
 */
export async function scopeRows(scope: Scope, cooperation: ArticleFacts[], mentions: FacetsSource): Promise<ArticleFacts[]> {
  if (scope !== "mentions") return cooperation;
  let rest = decoded.get(mentions);
  if (!rest) decoded.set(mentions, (rest = mentions.json().then(decodeFacets)));
  return cooperation.concat(await rest);
}
