// Prose helpers for the sentences the pages compute from the data: numbers, plurals, lists,
// dates as precise as their source. Each page names its sentences as values built from these.
import {format} from "d3-format";
import {html} from "htl";
import type {DateParts} from "../../loaders/contract.js";

export const fmt = format(",");
export const pct = format(".1%");

/** "1 article", "3 articles", "1,204 articles". */
export function plural(n: number, one: string, many = one + "s"): string {
  return `${fmt(n)} ${n === 1 ? one : many}`;
}

/** A label inside a sentence: each word lower-cased, but acronyms kept ("Digital transformation & ICT" → "digital transformation & ICT"). */
export function inSentence(label: string): string {
  return label.replace(/\p{L}[\p{L}\p{M}]*/gu, (w) => (/\p{Lu}.*\p{Lu}/u.test(w) ? w : w.toLowerCase()));
}

/** "A", "A and B", "A, B and C"; with elements among the items (<b>A</b>), a fragment of HTML. */
export function list<T extends string | Node>(items: T[], and = "and"): T extends string ? string : HTMLElement {
  const parts: (string | Node)[] = items.flatMap((item, i) => (i === 0 ? [item] : [i === items.length - 1 ? ` ${and} ` : ", ", item]));
  return (items.every((x) => typeof x === "string") ? parts.join("") : html`<span>${parts}</span>`) as never;
}

/** The first `n` items and "N more": "A, B, C and 5 more". */
export function listWithMore<T extends string | Node>(items: T[], n = 3): T extends string ? string : HTMLElement {
  return items.length <= n + 1 ? list(items) : list([...items.slice(0, n), `${fmt(items.length - n)} more`] as T[]);
}

/** "is" or "are", "does" or "do" … for a count. */
export function verb(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** A share, "12.5%", or "none" for an empty whole. */
export function share(part: number, whole: number): string {
  return whole ? pct(part / whole) : "none";
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A date as precise as its source: "13 Apr 2025", "Apr 2025", "2025", "20 Nov (year not stated)". */
export function dateLabel(d: DateParts | null | undefined): string {
  if (!d || (d.year === null && d.month === null)) return "no date";
  const parts = [d.day ?? null, d.month ? MONTHS[d.month - 1] : null].filter((x) => x !== null).join(" ");
  if (d.year === null) return `${parts} (year not stated)`;
  return parts ? `${parts} ${d.year}` : String(d.year);
}

/** What dated articles do over their years, after their subject: "run from 2003 to 2006", or "are all from 2005". */
export function spanPhrase(from: number, to: number): string {
  return from === to ? `are all from ${from}` : `run from ${from} to ${to}`;
}

/** "2003–2006", or "2005" for one year. */
export function yearSpan(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}
