// Where an article's files are, from its id alone: which of ID_BUCKETS files lists it with its
// position (data/catalog/ids/<bucket>.json), so that a page opened at ?id=… finds the article
// without fetching the whole catalogue, and which part of the texts holds its text
// (loaders/site/texts.ts). Shared by the loaders that write those files and the pages that read
// them. A hash, not the article's position: adding an article changes one bucket and one part.
export const ID_BUCKETS = 64;

/** FNV-1a over the id's UTF-16 code units (32 bits). */
export function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The id bucket listing the article. */
export function idBucket(id: string): number {
  return idHash(id) % ID_BUCKETS;
}
