// Every element of a page in document order, by following child and sibling links: one walk,
// for whichever DOM parsed the page. (linkedom's getElementsByTagName("*") finds nothing, and its
// querySelectorAll compiles and matches selectors element by element: several times slower.)

/** The elements under `root` (not `root` itself), in document order. */
export function* elementsUnder(root: Element | Document): Generator<Element> {
  let el: Element | null = root.firstElementChild;
  while (el) {
    yield el;
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && !el.nextElementSibling) {
      const parent: Element | null = el.parentElement;
      el = parent === null || parent === root || (root as Document).documentElement === el ? null : parent;
    }
    el = el?.nextElementSibling ?? null;
  }
}
