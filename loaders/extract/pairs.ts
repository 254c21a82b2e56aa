// Cooperation pairs (Vietnamese side × partner) from sentences that say the two cooperate.
// A sentence is evidence when it has a cooperation cue and a foreign partner. Its Vietnamese
// side is the province named in it; or the province the text refers back to (the same
// paragraph goes on, or the sentence opens with "Tỉnh", "Thành phố", "Đồng thời" ...); or,
// with no province in scope, "VN" when a national actor or Vietnam itself takes part.
import type {Activity, PairEvidence} from "./model.js";

export interface SentenceFacts {
  index: number;
  line: number;
  /** The sentence's text, to read how it opens. */
  text: string;
  provinces: string[];
  countries: string[];
  organizations: string[];
  activities: Activity[];
  /** Vietnam is named ("Việt Nam", "Việt – Nga") or a national body acts ("Bộ", "Chính phủ"). */
  nationalActor: boolean;
  /** "hai nước", "hai bên", "song phương": Vietnam is a party if only one foreign country is named. */
  bilateral: boolean;
}

/** Openings that refer back to the province of an earlier sentence. */
const REFERS_BACK =
  /^(?:Tỉnh|Thành phố|TP|Địa phương|Đồng thời|Ngoài ra|Bên cạnh đó|Cùng với đó|Trong đó|Theo đó|Đặc biệt|Hơn nữa|Tiếp đó|Sau đó|Cũng|Qua đó|Từ đó|Năm \d{4}|Trong năm)(?![\p{L}\p{M}\p{N}])/u;

const VIETNAM = "VN";

/** Specific activities name what was done; plain "hợp tác" is kept only when nothing else is said. */
export function activitiesOf(cues: Activity[]): Activity[] {
  const unique = [...new Set(cues)];
  const specific = unique.filter((a) => a !== "cooperation");
  return (specific.length ? specific : unique).sort();
}

export function findPairs(article: string, sentences: SentenceFacts[]): PairEvidence[] {
  const out: PairEvidence[] = [];
  let lastProvinces: string[] = [];
  let lastLine = -1;
  for (const s of sentences) {
    let actors: string[] = [];
    if (s.provinces.length) actors = s.provinces;
    else if (lastProvinces.length && (s.line === lastLine || REFERS_BACK.test(s.text))) actors = lastProvinces;
    if (s.provinces.length) lastProvinces = s.provinces;
    lastLine = s.line;

    const partners = [
      ...s.countries.filter((c) => c !== VIETNAM).map((code) => ({code, kind: "country" as const})),
      ...s.organizations.map((code) => ({code, kind: "organization" as const}))
    ];
    if (!partners.length || !s.activities.length) continue;
    if (!actors.length) {
      const foreignCountries = s.countries.filter((c) => c !== VIETNAM).length;
      if (s.nationalActor || (s.bilateral && foreignCountries === 1)) actors = [VIETNAM];
    }
    const activities = activitiesOf(s.activities);
    for (const vn of actors) {
      for (const p of partners) {
        out.push({article, vn, partner: p.code, partnerKind: p.kind, sentence: s.index, activities});
      }
    }
  }
  return out;
}
