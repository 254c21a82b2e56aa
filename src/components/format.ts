// Formatting shared by every page: numbers, dates as precise as their source, names, links.
import {range} from "d3-array";
import {format} from "d3-format";
import type {DateParts, Names} from "../../loaders/contract.js";

export const fmt = format(",");
export const pct = format(".1%");

/** "1 article", "3 articles". */
export function plural(n: number, one: string, many = one + "s"): string {
  return `${fmt(n)} ${n === 1 ? one : many}`;
}

/** "A", "A and B", "A, B and C". */
export function list(items: string[], and = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A date as precise as its source: "13 Apr 2025", "Apr 2025", "2025", "20 Nov (year not stated)". */
export function dateLabel(d: DateParts | null | undefined): string {
  if (!d || (d.year === null && d.month === null)) return "no date";
  const parts = [d.day ?? null, d.month ? MONTHS[d.month - 1] : null].filter((x) => x !== null).join(" ");
  if (d.year === null) return `${parts} (year not stated)`;
  return parts ? `${parts} ${d.year}` : String(d.year);
}

export const ACTIVITY_LABELS: Record<string, string> = {
  agreement: "Agreement signed",
  visit: "Visit",
  talks: "Talks",
  conference: "Conference, forum",
  joint_research: "Joint research",
  training: "Training",
  tech_transfer: "Technology transfer",
  study_tour: "Study tour",
  cooperation: "Cooperation (general)"
};
export const activityLabel = (a: string) => ACTIVITY_LABELS[a] ?? a;

export const NATIONAL = "VN";

/** A partner's English name: a country (ISO alpha-2) or an organisation id. */
export function partnerName(names: Names, code: string): string {
  return names.countries[code]?.en ?? names.organizations[code]?.en ?? code;
}
export function isOrganization(names: Names, code: string): boolean {
  return !names.countries[code] && !!names.organizations[code];
}
/** The Vietnamese side: a province's Vietnamese name, or the national level. */
export function vnName(names: Names, code: string): string {
  return code === NATIONAL ? "National level" : names.provinces[code]?.vi ?? names.units[code]?.vi ?? code;
}
export function fieldName(names: Names, id: string): string {
  return names.fields[id]?.en ?? id;
}

/** Relative links that work under any sub-path and on any static server. `root` is "./" or "../". */
export const links = (root: string) => ({
  partner: (code: string) => `${root}countries/${encodeURIComponent(code)}.html`,
  province: (code: string) => (code === NATIONAL ? `${root}network.html` : `${root}provinces/${encodeURIComponent(code)}.html`),
  field: (id: string) => `${root}fields.html?field=${encodeURIComponent(id)}`,
  /** An article's view; `at` (its position in the facets) lets the page find it without the whole catalogue. */
  article: (id: string, sentence?: number, at?: number) =>
    `${root}articles.html?id=${encodeURIComponent(id)}${sentence === undefined ? "" : `&s=${sentence}`}${at === undefined ? "" : `&at=${at}`}`
});

/** Axis ticks at whole numbers only (counts), at most `max` of them. */
export function integerTicks(maxValue: number, max = 6): number[] {
  const step = Math.max(1, Math.ceil(maxValue / max));
  return range(0, maxValue + 0.5, step);
}
