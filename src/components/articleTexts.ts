// An article's text, for the article view: the part holding it (data/site/texts/<part>.json) is the
// last whose first id (site.json, files.texts) is not after the article's id, in code-point order.
import type {ArticleText} from "../../loaders/contract.js";
import {TEXT_FILES} from "./textAttachments.js";

/** The text part an id is in, by the parts' first ids (sorted). -1 before the first part. */
export function textPartOf(id: string, fences: string[]): number {
  let lo = 0;
  let hi = fences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fences[mid] <= id) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

export async function articleTextOf(id: string, fences: string[]): Promise<ArticleText | null> {
  const part = textPartOf(id, fences);
  if (part < 0) return null;
  const texts = (await TEXT_FILES[part].json()) as ArticleText[];
  return texts.find((t) => t.id === id) ?? null;
}
