// Which articles a partner, province or field page lists: the articles that name the code or have
// evidence for it. The pages filter the facets with it, and the loaders use the same rule to give
// each partner and province page the catalogue entries of exactly those articles.
import type {FacetRow} from "../../loaders/contract.js";

/** What an article list is for: a partner, a province (or the national level) or a field. */
export type ListKind = "partner" | "province" | "field";

/** The articles that name `code` (of the given kind) or have evidence for it, in index order. */
export function articlesWith<T extends FacetRow>(index: T[], kind: ListKind, code: string): T[] {
  return index.filter((a) =>
    kind === "partner"
      ? a.c.some(([c]) => c === code) || a.o.some(([c]) => c === code) || a.e.some(([, p]) => p === code)
      : kind === "province"
        ? a.p.some(([c]) => c === code) || a.e.some(([vn]) => vn === code)
        : a.f.some(([c]) => c === code)
  );
}
