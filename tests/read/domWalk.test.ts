// @vitest-environment jsdom
// Every element of a page in document order, in one walk that works on whichever DOM parsed the
// page (linkedom for the pipeline; jsdom, this file's environment, as a second implementation).
import fc from "fast-check";
import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {elementsUnder} from "../../loaders/read/domWalk.js";

const linkedom = (html: string) => parseHTML(html).document as unknown as Document;
const jsdom = (html: string) => new DOMParser().parseFromString(html, "text/html");
const DOMS = {linkedom, jsdom};

const PAGE =
  "<!DOCTYPE html><html><head><title>Tin</title><meta charset=utf-8></head>" +
  '<body><!-- quảng cáo --><div id="a"><p>Hợp <b>tác</b> <i>Việt <u>Nhật</u></i></p>text<p id="p2">Hai</p></div>' +
  '<div id="b"><span>Ba</span></div><footer id="f"><a href="/">Trang chủ</a></footer></body></html>';

const tags = (elements: Iterable<Element>) => [...elements].map((e) => e.tagName.toLowerCase() + (e.id ? `#${e.id}` : ""));

/** The same elements by the obvious recursion over `children`. */
function recursive(root: Element | Document): Element[] {
  const out: Element[] = [];
  const visit = (el: Element | Document) => {
    for (const child of Array.from(el.children)) {
      out.push(child);
      visit(child);
    }
  };
  visit(root);
  return out;
}

describe("elementsUnder", () => {
  for (const [name, parse] of Object.entries(DOMS)) {
    it(`${name}: lists a document's elements in document order, head before body, skipping text and comments`, () => {
      expect(tags(elementsUnder(parse(PAGE)))).toEqual([
        "html", "head", "title", "meta", "body", "div#a", "p", "b", "i", "u", "p#p2", "div#b", "span", "footer#f", "a",
      ]);
    });

    it(`${name}: lists only what lies under an element, not the element, its siblings or what follows it`, () => {
      const doc = parse(PAGE);
      expect(tags(elementsUnder(doc.getElementById("a")!))).toEqual(["p", "b", "i", "u", "p#p2"]);
      expect(tags(elementsUnder(doc.getElementById("b")!))).toEqual(["span"]);
      expect(tags(elementsUnder(doc.getElementById("p2")!))).toEqual([]);
      // The root's last element is deep inside it: the walk climbs back to the root and stops there.
      expect(tags(elementsUnder(doc.querySelector("i")!))).toEqual(["u"]);
    });
  }

  it("visits the same elements as a recursion over children, on any tree, in both DOMs", () => {
    type Tree = {tag: string; children: Tree[]};
    const TAGS = ["div", "p", "span", "b", "section", "ul", "li", "table", "td"]; // some nestings the parsers rearrange
    const treeOf = (depth: number): fc.Arbitrary<Tree> =>
      fc.record({tag: fc.constantFrom(...TAGS), children: depth === 0 ? fc.constant([]) : fc.array(treeOf(depth - 1), {maxLength: 3})});
    const tree = treeOf(4);
    const html = (n: Tree, i = {n: 0}): string => `<${n.tag} id="e${i.n++}">x${n.children.map((c) => html(c, i)).join("")}</${n.tag}>`;
    const reused = jsdom("<html><body></body></html>"); // one jsdom document for all runs
    const documents = (body: string): Document[] => {
      reused.body.innerHTML = body;
      return [linkedom(`<html><body>${body}</body></html>`), reused];
    };
    const ids = (els: Iterable<Element>) => [...els].map((e) => e.id || e.tagName.toLowerCase());
    fc.assert(
      fc.property(fc.array(tree, {maxLength: 4}), fc.nat(), (forest, pick) => {
        const body = `<main>${forest.map((t, k) => html(t, {n: k * 1000})).join("")}</main>`;
        for (const doc of documents(body)) {
          expect(ids(elementsUnder(doc))).toEqual(ids(recursive(doc)));
          const all = recursive(doc);
          const root = all[pick % all.length]!;
          expect(ids(elementsUnder(root))).toEqual(ids(recursive(root)));
        }
      }),
      {numRuns: 40},
    );
  });

  it("walks a page nested 20,000 elements deep without running out of stack", () => {
    const doc = linkedom("<html><body></body></html>");
    let el: Element = doc.body;
    for (let i = 0; i < 20_000; i++) el = el.appendChild(doc.createElement("div"));
    let count = 0;
    for (const _ of elementsUnder(doc.body)) count++;
    expect(count).toBe(20_000);
  });
});
