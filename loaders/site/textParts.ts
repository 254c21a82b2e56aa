// The articles' texts (with their lines, sentences and mentions, for the article view), in
// TEXT_PARTS parts spread over TEXT_ARCHIVES zip archives: src/data/texts/<a>.zip.ts prints
// archive `a`, whose members `<part>.json` the pages name as `data/texts/<a>/<part>.json`.
// Fixed numbers, so that a page can name every part literally (src/components/texts.ts) and
// the build's cost stays linear in the corpus: Framework reads an archive once per member it
// copies, and a fixed count of members per archive bounds that to TEXT_PARTS ÷ TEXT_ARCHIVES
// readings of each archive. An article's part is a hash of its id (idHash, shared with the page
// that fetches it): adding an article changes one part and one archive, not every part after it,
// so a rebuild writes and copies one part again (see scripts/sync-loader-cache.ts).
import {idHash} from "../../src/components/idBucket.js";
import type {SiteData} from "./siteData.js";
import type {ArticleText} from "../contract.js";
import type {ZipEntry} from "./zip.js";

export const TEXT_PARTS = 256;
export const TEXT_ARCHIVES = 16;
export const PARTS_PER_ARCHIVE = TEXT_PARTS / TEXT_ARCHIVES;

/** The part (and so the archive) holding the article's text. */
export function textPart(id: string): {part: number; archive: number} {
  const part = idHash(id) % TEXT_PARTS;
  return {part, archive: Math.floor(part / PARTS_PER_ARCHIVE)};
}

/** The members of the TEXT_ARCHIVES archives, in order; needs the site data with its details (the texts). */
export function textArchives(data: SiteData): ZipEntry[][] {
  const parts: ArticleText[][] = Array.from({length: TEXT_PARTS}, () => []);
  for (const d of data.details) {
    parts[textPart(d.id).part].push({id: d.id, text: d.text, lines: d.lines, mentions: d.mentions, sentences: d.sentences});
  }
  return Array.from({length: TEXT_ARCHIVES}, (_, a) =>
    Array.from({length: PARTS_PER_ARCHIVE}, (_, j) => {
      const p = a * PARTS_PER_ARCHIVE + j;
      return {name: `${p}.json`, data: JSON.stringify(parts[p])};
    })
  );
}
