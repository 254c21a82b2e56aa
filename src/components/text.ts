// Article text with its entities highlighted by kind: evidence sentences on the profile pages, and
// the full article (page chrome dimmed) on the Articles page.
import {html} from "htl";
import type {ArticleText, EvidenceSentence, Names} from "../../loaders/contract.js";
import {activityLabel, fieldName, partnerName, vnName} from "./names.js";
import {dateLabel} from "./prose.js";

export const KIND_LABELS: Record<string, string> = {
  country: "Country",
  organization: "Organisation",
  province: "Province",
  field: "Field cue",
  cue: "Cooperation cue",
  st: "S&T cue"
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
 * The text between `start` and `end` with marks for the entities ([start, end, kind, code],
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
  /** The page's partner or province, highlighted more strongly. */
  focus: string;
  href: (id: string, sentence: number) => string;
  pageSize: number;
  /** Which sentences to show (the page's scope and filters). */
  keep: (s: EvidenceSentence) => boolean;
  /** How many sentences pass `keep` in all (first and rest). */
  total: number;
}

/** Evidence sentences, newest article first, each with its article's title, date and a link to it. */
export function evidenceList(first: EvidenceSentence[], rest: () => Promise<EvidenceSentence[]>, o: EvidenceListOptions): HTMLElement {
  const list = html`<ol class="evidence"></ol>` as HTMLOListElement;
  const more = html`<button type="button">Show more</button>` as HTMLButtonElement;
  const status = html`<p class="muted"></p>` as HTMLElement;
  let pending: EvidenceSentence[] = first.filter(o.keep);
  let restLoaded = false;
  let shown = 0;
  const item = (ev: EvidenceSentence) => {
    const pairs = ev.pairs.map(([vn, partner, st, acts]) => `${vnName(o.names, vn)} ↔ ${partnerName(o.names, partner)}${st ? " (S&T)" : ""}${acts ? `: ${acts.split(";").map(activityLabel).join(", ").toLowerCase()}` : ""}`);
    return html`<li>
      <blockquote lang="vi">${highlighted(ev.text, ev.h, o.names, {focus: o.focus})}</blockquote>
      <div class="evidence-meta"><a href=${o.href(ev.a, ev.s)}>${ev.t ?? ev.a}</a> · ${dateLabel(ev.date)}<br><span class="muted">${pairs.join("; ")}</span></div>
    </li>`;
  };
  const showMore = async () => {
    more.disabled = true;
    if (pending.length < o.pageSize && !restLoaded && shown + pending.length < o.total) {
      more.textContent = "Loading…";
      const all = [...first, ...(await rest())].sort((x, y) => x.i - y.i || x.s - y.s);
      restLoaded = true;
      const seen = new Set([...list.children].map((li) => (li as HTMLElement).dataset.key));
      pending = all.filter((e) => o.keep(e) && !seen.has(`${e.a}/${e.s}`));
    }
    for (const ev of pending.splice(0, o.pageSize)) {
      const li = item(ev);
      li.dataset.key = `${ev.a}/${ev.s}`;
      list.append(li);
      shown++;
    }
    const left = o.total - shown;
    more.hidden = left <= 0;
    more.disabled = false;
    more.textContent = `Show more (${left.toLocaleString("en-US")} not shown)`;
    status.textContent = shown ? "" : "No evidence sentence in this selection.";
  };
  more.onclick = showMore;
  showMore();
  return html`<div>${list}${status}${more}</div>`;
}

/** The whole article: chrome lines dimmed (with the reason), entities highlighted, a sentence outlined. */
export function articleText(detail: ArticleText, names: Names, {sentence, extra = []}: {sentence?: number; extra?: [number, number, string, string][]} = {}): HTMLElement {
  const target = sentence !== undefined ? detail.sentences[sentence] : undefined;
  const spans = [...extra, ...detail.mentions];
  const paragraphs = detail.lines
    .filter(([s, e]) => detail.text.slice(s, e).trim() !== "")
    .map(([s, e, chrome]) => {
      const content = highlighted(detail.text, spans, names, {start: s, end: e});
      if (chrome) return html`<p class="chrome" title=${`Page chrome (${chrome}): not counted`}><span class="chrome-tag">${chrome}</span> ${content}</p>`;
      if (target && target[0] >= s && target[1] <= e) {
        // Outline the evidence sentence the reader came from.
        const before = highlighted(detail.text, spans, names, {start: s, end: target[0]});
        const inside = highlighted(detail.text, spans, names, {start: target[0], end: target[1]});
        const after = highlighted(detail.text, spans, names, {start: target[1], end: e});
        return html`<p>${before}<span class="target-sentence" id="target-sentence">${inside}</span>${after}</p>`;
      }
      return html`<p>${content}</p>`;
    });
  return html`<div class="article-text" lang="vi">${paragraphs}</div>`;
}
