// Finding an article by id (the Articles page's ?id=…): at its position if the link gave one
// (&at=…, checked), else through its id bucket (data/catalog/ids/<bucket>.json, see idBucket.ts),
// never by fetching the whole catalogue. Only the Articles page imports this module: every
// file a page can fetch is named on it, and Framework resolves each name at every build.
import {FileAttachment} from "observablehq:stdlib";
import type {FacetRow, IndexRow} from "../../loaders/contract.js";
import type {Catalog} from "./catalog.js";
import {idBucket} from "./idBucket.js";

const IDS = [
  FileAttachment("../data/catalog/ids/0.json"),
  FileAttachment("../data/catalog/ids/1.json"),
  FileAttachment("../data/catalog/ids/2.json"),
  FileAttachment("../data/catalog/ids/3.json"),
  FileAttachment("../data/catalog/ids/4.json"),
  FileAttachment("../data/catalog/ids/5.json"),
  FileAttachment("../data/catalog/ids/6.json"),
  FileAttachment("../data/catalog/ids/7.json"),
  FileAttachment("../data/catalog/ids/8.json"),
  FileAttachment("../data/catalog/ids/9.json"),
  FileAttachment("../data/catalog/ids/10.json"),
  FileAttachment("../data/catalog/ids/11.json"),
  FileAttachment("../data/catalog/ids/12.json"),
  FileAttachment("../data/catalog/ids/13.json"),
  FileAttachment("../data/catalog/ids/14.json"),
  FileAttachment("../data/catalog/ids/15.json"),
  FileAttachment("../data/catalog/ids/16.json"),
  FileAttachment("../data/catalog/ids/17.json"),
  FileAttachment("../data/catalog/ids/18.json"),
  FileAttachment("../data/catalog/ids/19.json"),
  FileAttachment("../data/catalog/ids/20.json"),
  FileAttachment("../data/catalog/ids/21.json"),
  FileAttachment("../data/catalog/ids/22.json"),
  FileAttachment("../data/catalog/ids/23.json"),
  FileAttachment("../data/catalog/ids/24.json"),
  FileAttachment("../data/catalog/ids/25.json"),
  FileAttachment("../data/catalog/ids/26.json"),
  FileAttachment("../data/catalog/ids/27.json"),
  FileAttachment("../data/catalog/ids/28.json"),
  FileAttachment("../data/catalog/ids/29.json"),
  FileAttachment("../data/catalog/ids/30.json"),
  FileAttachment("../data/catalog/ids/31.json"),
  FileAttachment("../data/catalog/ids/32.json"),
  FileAttachment("../data/catalog/ids/33.json"),
  FileAttachment("../data/catalog/ids/34.json"),
  FileAttachment("../data/catalog/ids/35.json"),
  FileAttachment("../data/catalog/ids/36.json"),
  FileAttachment("../data/catalog/ids/37.json"),
  FileAttachment("../data/catalog/ids/38.json"),
  FileAttachment("../data/catalog/ids/39.json"),
  FileAttachment("../data/catalog/ids/40.json"),
  FileAttachment("../data/catalog/ids/41.json"),
  FileAttachment("../data/catalog/ids/42.json"),
  FileAttachment("../data/catalog/ids/43.json"),
  FileAttachment("../data/catalog/ids/44.json"),
  FileAttachment("../data/catalog/ids/45.json"),
  FileAttachment("../data/catalog/ids/46.json"),
  FileAttachment("../data/catalog/ids/47.json"),
  FileAttachment("../data/catalog/ids/48.json"),
  FileAttachment("../data/catalog/ids/49.json"),
  FileAttachment("../data/catalog/ids/50.json"),
  FileAttachment("../data/catalog/ids/51.json"),
  FileAttachment("../data/catalog/ids/52.json"),
  FileAttachment("../data/catalog/ids/53.json"),
  FileAttachment("../data/catalog/ids/54.json"),
  FileAttachment("../data/catalog/ids/55.json"),
  FileAttachment("../data/catalog/ids/56.json"),
  FileAttachment("../data/catalog/ids/57.json"),
  FileAttachment("../data/catalog/ids/58.json"),
  FileAttachment("../data/catalog/ids/59.json"),
  FileAttachment("../data/catalog/ids/60.json"),
  FileAttachment("../data/catalog/ids/61.json"),
  FileAttachment("../data/catalog/ids/62.json"),
  FileAttachment("../data/catalog/ids/63.json")
];

export async function findArticle(cat: Catalog, index: FacetRow[], id: string, hint?: number | null): Promise<IndexRow | null> {
  if (hint != null && index[hint]) {
    const [row] = await cat.rows([index[hint]]);
    if (row.id === id) return row;
  }
  const bucket = (await IDS[idBucket(id)].json()) as [string, number][];
  const at = bucket.find(([x]) => x === id)?.[1];
  return at === undefined || !index[at] ? null : (await cat.rows([index[at]]))[0];
}
