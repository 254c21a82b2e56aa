// What observablehq.config.ts needs from the data: the partner and province pages to build, and
// the footer's corpus size and build date. Never throws: with no data yet the site still builds.

export interface SiteFacts {
  paths: string[];
  footer: string;
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export async function siteFacts(now = new Date()): Promise<SiteFacts> {
  const date = now.toISOString().slice(0, 10);
  try {
    // Imported lazily, so that an extractor that does not load yet cannot break the whole site.
    const {siteData} = await import("../siteData.js");
    const {partnerCodes, provinceCodes} = await import("./shape.js");
    const data = siteData();
    const c = data.corpus;
    const n = (x: number) => x.toLocaleString("en-US");
    const paths = [...partnerCodes(data).map((code) => `/countries/${code}`), ...provinceCodes(data).map((code) => `/provinces/${code}`)];
    const evidence = new Set(data.evidence.map((e) => `${e.article}\t${e.sentence}`)).size;
    const footer =
      `Built on ${date} from ${n(c.articles)} Vietnamese news article${c.articles === 1 ? "" : "s"}` +
      ` (${n(evidence)} evidence sentence${evidence === 1 ? "" : "s"}; ${n(c.skipped + c.duplicates)} file${c.skipped + c.duplicates === 1 ? "" : "s"} skipped).` +
      ` Maps: Natural Earth (public domain), with the Hoàng Sa and Trường Sa archipelagos drawn as Vietnamese territory.`;
    return {paths, footer};
  } catch (e) {
    const message = escape(String((e as Error).message ?? e)).slice(0, 300);
    console.warn(`[config] the site data could not be computed: ${message}`);
    return {paths: [], footer: `Built on ${date}. The site data could not be computed: ${message}`};
  }
}
