// The catalogue of a partner's or a province's page: the entries of exactly the articles the page
// lists (articlesWith), the newest with the entity's evidence (EntityEvidence.articles), the others
// in the rest of its bucket (entityData.ts), fetched once, when the list goes beyond the first ones. The page
// needs no catalogue part (src/components/catalog.ts).
import type {FacetRow, ListedArticle, PlacedListEntry} from "../../loaders/contract.js";
import type {ListCatalog} from "./articleList.js";

export function entityCatalog(first: PlacedListEntry[], more: {json(): Promise<PlacedListEntry[]>}): ListCatalog {
  const known = new Map(first.map((r) => [r.i, r]));
  let rest: Promise<void> | undefined;
  const rows = async (list: FacetRow[]): Promise<ListedArticle[]> => {
    if (list.some((r) => !known.has(r.i))) {
      await (rest ??= more.json().then((all) => {
        for (const r of all) known.set(r.i, r);
      }));
    }
    return list.map((r) => {
      const entry = known.get(r.i);
      if (!entry) throw new Error(`article at position ${r.i} is not in this page's catalogue`);
      return {...r, ...entry};
    });
  };
  return {rows};
}
