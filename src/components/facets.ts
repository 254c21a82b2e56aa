// Decodes src/data/facets.json (written by loaders/site/facets.ts) into one object per article:
// its position, date, source, and the partners, provinces, fields and pairs it names.
import type {FacetRow, FacetsFile} from "../../loaders/contract.js";

export function decodeFacets(file: FacetsFile): FacetRow[] {
  const {codes, sources} = file;
  const counted = (flat: number[] | undefined): [string, number][] => {
    const out: [string, number][] = [];
    for (let j = 0; flat && j < flat.length; j += 2) out.push([codes[flat[j]], flat[j + 1]]);
    return out;
  };
  return file.rows.map((row, i) => {
    const [y, src, c, o, p, f, e, fe] = row as [number, number, ...(number[] | undefined)[]];
    const pairs: [string, string, number[]][] = [];
    for (let j = 0; e && j < e.length; ) {
      const n = e[j + 2];
      pairs.push([codes[e[j]], codes[e[j + 1]], e.slice(j + 3, j + 3 + n)]);
      j += 3 + n;
    }
    const fields: [string, number[]][] = [];
    for (let j = 0; fe && j < fe.length; ) {
      const n = fe[j + 1];
      fields.push([codes[fe[j]], fe.slice(j + 2, j + 2 + n)]);
      j += 2 + n;
    }
    return {
      i,
      y: y || null,
      source: src ? sources[src - 1] : null,
      c: counted(c),
      o: counted(o),
      p: counted(p),
      f: counted(f),
      e: pairs,
      fe: fields
    };
  });
}
