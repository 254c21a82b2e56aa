// Text as a search compares it, so that "ha noi" finds "Hà Nội". Shared by the article search
// (articles.ts) and the site search's partner and province entries (loaders/site/config.ts).

/** Without diacritics, đ as d. */
export const stripDiacritics = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");

/** Lower case, without diacritics. */
export const fold = (s: string) => stripDiacritics(s).toLowerCase();
