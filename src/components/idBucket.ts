// Which of ID_BUCKETS files lists an article id with its position (data/catalog/ids/<bucket>.json),
// so that a page opened at ?id=… finds the article without fetching the whole catalogue. Shared by
// the loader that writes the buckets (loaders/site/facets.ts) and the page that reads them.
export const ID_BUCKETS = 64;

/** FNV-1a over the id's UTF-16 code units, modulo ID_BUCKETS. */
export function idBucket(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % ID_BUCKETS;
}
