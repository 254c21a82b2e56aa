// Removing what a page carries besides its text before it is parsed: scripts (all but JSON-LD,
// which holds the article's metadata), style sheets, inline SVG drawings, HTML comments, and the
// elements that never hold an article's text by their very tag (<nav>, <footer>, <noscript>,
// <iframe>, <template>, <select>, <button>), which htmlChrome.ts would remove after parsing anyway.
// On real news pages these are most of the bytes (a VnExpress article page is some 200 KB for
// 5 KB of text), and parsing them into a DOM only to throw them away is most of the cost of
// reading a page. Text that mentions a tag ("&lt;script&gt;") is escaped in the page, so it is
// never taken for one.

/**
 * Comments, scripts, styles, SVG and the other non-text elements, in the order a browser's tokenizer meets them.
 * A tag's name ends where the tokenizer ends it, at a space, "/" or ">": `<nav-menu>` is another element.
 * An SVG drawing may close itself (`<svg ... />`), as foreign elements do; the HTML elements may not.
 */
const NON_TEXT =
  /<!--[\s\S]*?(?:-->|$)|<script(?=[\s/>])([^>]*)>[\s\S]*?(?:<\/script\s*>|$)|<svg(?=[\s/>])[^>]*\/>|<(style|svg|nav|footer|noscript|iframe|template|select|button)(?=[\s/>])[^>]*>[\s\S]*?(?:<\/\2\s*>|$)/gi;

/** `html` without comments, styles, SVG and scripts other than `application/ld+json`. */
export function stripNonText(html: string): string {
  return html.replace(NON_TEXT, (match, scriptAttributes: string | undefined) =>
    scriptAttributes !== undefined && /\btype\s*=\s*["']?application\/ld\+json/i.test(scriptAttributes) ? match : "",
  );
}
