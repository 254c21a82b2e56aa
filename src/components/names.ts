// Names of what the data codes, and links to the pages about them, for pages and for the command
// line's tables. Links are relative, so the site works under any sub-path and on any static server.
import type {Names} from "../../loaders/contract.js";

/** The Vietnamese side when the actor is national (a ministry, the government): as the site data writes it. */
export const NATIONAL = "VN";

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

/**
 * Relative links to the pages (all at the top level), carrying `query` ("scope=cooperation", or ""
 * for the default scope) so that the reader stays in the scope they chose.
 */
export const links = (query = "") => {
  const q = (params: string) => [params, query].filter(Boolean).join("&");
  return {
    partner: (code: string) => `./profile.html?${q(`code=${encodeURIComponent(code)}`)}`,
    province: (code: string) => `./profile.html?${q(`code=${encodeURIComponent(code)}`)}`,
    field: (id: string) => `./fields.html?${q(`field=${encodeURIComponent(id)}`)}`,
    article: (id: string, sentence?: number) => `./articles.html?${q(`id=${encodeURIComponent(id)}${sentence === undefined ? "" : `&s=${sentence}`}`)}`
  };
};
