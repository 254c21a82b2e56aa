// Articles from a JSONL corpus, streamed; past its end, the same texts again under new ids
// ("syn-000001" …), deterministic, so corpora of 10,000 or 100,000 articles can be made from
// the 15,000 real ones without holding them in memory.
import {readJsonl, type NewsRecord} from "../corpus-to-folder.js";

export async function* records(source: string, count: number): AsyncGenerator<NewsRecord> {
  let n = 0;
  for (let round = 0; n < count; round++) {
    let any = false;
    for await (const r of readJsonl(source)) {
      any = true;
      if (n >= count) return;
      yield round === 0 ? r : {...r, id: `syn-${String(n + 1).padStart(6, "0")}`};
      n++;
    }
    if (!any) return;
  }
}
