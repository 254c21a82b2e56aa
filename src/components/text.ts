// Article text with its entities highlighted by kind: evidence sentences on the partner and
// province pages, and the full article (chrome lines dimmed) on the Articles page.
import {html} from "htl";
import {EVIDENCE_PAGE} from "./pageSizes.js";
import type {ArticleText, EvidenceSentence, Names} from "../../loaders/contract.js";
import {activityLabel, dateLabel, fieldName, links, partnerName, vnName} from "./format.js";

export const KIND_LABELS: Record<string, string> = {
  country: "Country",
  organization: "Organisation",
  province: "Province",
  field: "Field cue",
  cue: "Cooperation cue"
};

/** The name of an entity of a given kind, for tooltips. */
export function entityName(names: Names, kind: string, code: string): string {
  if (kind === "country" || kind === "organization") return partnerName(names, code);
  if (kind === "province") return vnName(names, code);
  if (kind === "field") return fieldName(names, code);
  if (kind === "cue") return activityLabel(code);
  return code;
}

/**
 * The text between `start` and `end` with spans for the entities ([start, end, kind, code],
 * offsets in the same text). Overlapping spans: the first (longest) wins.
 */
export function highlighted(
  text: string,
  spans: [number, number, string, string][],
  names: Names,
  {start = 0, end = text.length, focus}: {start?: number; end?: number; focus?: string} = {}
): (Node | string)[] {
  const out: (Node | string)[] = [];
  let at = start;
  const sorted = spans.filter(([s, e]) => s >= start && e <= end).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  for (const [s, e, kind, code] of sorted) {
    if (s < at) continue;
    if (s > at) out.push(text.slice(at, s));
    const cls = `ent ent-${kind}${focus && code === focus ? " ent-focus" : ""}`;
    out.push(html`<mark class=${cls} title=${`${KIND_LABELS[kind] ?? kind}: ${entityName(names, kind, code)}`}>${text.slice(s, e)}</mark>`);
    at = e;
  }
  if (at < end) out.push(text.slice(at, end));
  return out;
}

export function legend(kinds = ["country", "organization", "province", "field", "cue"]): HTMLElement {
  return html`<p class="ent-legend" aria-label="Highlight colours">${kinds.map((k) => html`<mark class=${`ent ent-${k}`}>${KIND_LABELS[k]}</mark> `)}</p>`;
}

export interface EvidenceListOptions {
  names: Names;
  /** The page's entity, highlighted more strongly. */
  focus?: string;
  /** "./" or "../": where the pages are, relative to this one. */
  root: string;
  pageSize?: number;
  /** Which sentences to show (the page's filters). */
  keep?: (s: EvidenceSentence) => boolean;
}

/** Where an entity's evidence is: the first part, loaded, and the other parts, fetched on demand. */
export interface EvidenceSource {
  total: number;
  sentences: EvidenceSentence[];
  more: {json(): Promise<EvidenceSentence[]>}[];
}

/** Every sentence of a source (fetching the parts not loaded yet). */
export async function allEvidence(source: EvidenceSource): Promise<EvidenceSentence[]> {
  const rest = await Promise.all(source.more.map((f) => f.json()));
  return [...source.sentences, ...rest.flat()];
}

/** The fields named in an evidence sentence, ";"-joined (as in EntityEvidence.acts). */
export const sentenceFields = (e: EvidenceSentence) => [...new Set(e.h.filter((h) => h[2] === "field").map((h) => h[3]))].sort().join(";");

/** Evidence sentences, newest article first, each with its article's title, date and a link to it. */
export function evidenceList(source: EvidenceSource, o: EvidenceListOptions): HTMLElement {
  const link = links(o.root);
  const pageSize = o.pageSize ?? EVIDENCE_PAGE;
  const list = html`<ol class="evidence"></ol>` as HTMLOListElement;
  const more = html`<button type="button">Show more</button>` as HTMLButtonElement;
  const status = html`<p class="muted"></p>` as HTMLElement;
  let loaded = [...source.sentences];
  let part = 0;
  let cursor = 0;
  let shown = 0;
  const item = (ev: EvidenceSentence) => {
    const pairs = ev.pairs.map(([vn, partner, acts]) => `${vnName(o.names, vn)} ↔ ${partnerName(o.names, partner)}${acts ? ` (${acts.split(";").map(activityLabel).join(", ")})` : ""}`);
    return html`<li>
      <blockquote>${highlighted(ev.text, ev.h, o.names, {focus: o.focus})}</blockquote>
      <div class="evidence-meta"><a href=${link.article(ev.a, ev.s, ev.i)}>${ev.t ?? ev.a}</a> · ${dateLabel(ev.date)}${ev.src ? ` · ${ev.src}` : ""}<br><span class="muted">${pairs.join("; ")}</span></div>
    </li>`;
  };
  const showMore = async () => {
    more.disabled = true;
    let added = 0;
    while (added < pageSize && cursor < source.total) {
      if (cursor >= loaded.length) {
        if (part >= source.more.length) break;
        more.textContent = "Loading…";
        loaded = loaded.concat(await source.more[part++].json());
        continue;
      }
      const ev = loaded[cursor++];
      if (o.keep && !o.keep(ev)) continue;
      list.append(item(ev));
      added++;
      shown++;
    }
    const left = source.total - cursor;
    more.hidden = left <= 0;
    more.disabled = false;
    more.textContent = o.keep ? `Show more (${left.toLocaleString("en-US")} not yet checked against the filters)` : `Show more (${left.toLocaleString("en-US")} left)`;
    status.textContent = shown ? "" : left > 0 ? "" : "No evidence sentence in this selection.";
  };
  more.onclick = showMore;
  showMore();
  return html`<div>${list}${status}${more}</div>`;
}

/** Activity types over an entity's evidence sentences ([article position, sentence, activities, fields]) that pass `keep`. */
export function activityTotals(acts: [number, number, string, string][], keep: (article: number, sentence: number, fields: string) => boolean): {activity: string; evidence: number}[] {
  const out = new Map<string, number>();
  for (const [a, s, list, fields] of acts) if (keep(a, s, fields)) for (const x of list ? list.split(";") : []) out.set(x, (out.get(x) ?? 0) + 1);
  return [...out].map(([activity, evidence]) => ({activity, evidence})).sort((x, y) => y.evidence - x.evidence || x.activity.localeCompare(y.activity));
}

/** The whole article: chrome lines dimmed (with the reason), entities highlighted, a sentence outlined. */
export function articleText(detail: ArticleText, names: Names, {sentence}: {sentence?: number} = {}): HTMLElement {
  const target = sentence !== undefined ? detail.sentences[sentence] : undefined;
  const paragraphs = detail.lines
    .filter(([s, e]) => detail.text.slice(s, e).trim() !== "")
    .map(([s, e, chrome]) => {
      const content = highlighted(detail.text, detail.mentions, names, {start: s, end: e});
      if (chrome) return html`<p class="chrome" title=${`Page chrome (${chrome}): not counted`}><span class="chrome-tag">${chrome}</span> ${content}</p>`;
      if (target && target[0] >= s && target[1] <= e) {
        // Outline the evidence sentence the reader came from.
        const before = highlighted(detail.text, detail.mentions, names, {start: s, end: target[0]});
        const inside = highlighted(detail.text, detail.mentions, names, {start: target[0], end: target[1]});
        const after = highlighted(detail.text, detail.mentions, names, {start: target[1], end: e});
        return html`<p>${before}<span class="target-sentence" id="target-sentence">${inside}</span>${after}</p>`;
      }
      return html`<p>${content}</p>`;
    });
  return html`<div class="article-text" lang="vi">${paragraphs}</div>`;
}
