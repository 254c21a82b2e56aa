// How many items a list on a partner's or a province's page shows at first, and adds per
// "Show more". The loaders put exactly that many in the page's first file (loaders/site/shape.ts,
// ENTITY_FIRST), the rest in a file fetched when asked for.

/** Evidence sentences (text.ts, evidenceList). */
export const EVIDENCE_PAGE = 25;

/** Articles (articleList.ts). */
export const ARTICLE_PAGE = 50;
