// Accessibility fixes for Plot charts and Inputs, applied to the elements they return.

/**
 * Plot labels its mark groups (<g aria-label="bar">) and, with an ariaLabel channel, each mark
 * (<rect aria-label="Japan: 12">), but gives them no role, and aria-label is not allowed on an
 * element without one (axe: aria-prohibited-attr); a linked mark (<a xlink:href>) has no name.
 * Moves a linked mark's aria-label to its link, and gives the other labelled elements a role:
 * "group" for groups, "img" for marks. Returns the chart (an <svg>, or a <figure> holding it).
 */
export function accessibleChart<T extends Element>(chart: T): T {
  const svgs = chart.tagName.toLowerCase() === "svg" ? [chart] : Array.from(chart.querySelectorAll("svg"));
  for (const svg of svgs) {
    for (const a of svg.querySelectorAll("a")) {
      if (a.hasAttribute("aria-label")) continue;
      const labelled = a.querySelector("[aria-label]");
      const label = labelled?.getAttribute("aria-label") ?? a.querySelector("title")?.textContent;
      if (label) a.setAttribute("aria-label", label);
      labelled?.removeAttribute("aria-label");
    }
    for (const el of svg.querySelectorAll("[aria-label]:not([role]):not(a)")) {
      el.setAttribute("role", el.tagName.toLowerCase() === "g" ? "group" : "img");
    }
  }
  return chart;
}

/**
 * Inputs.range labels its number box but not its slider (axe: label); names the slider after
 * the input's label. Returns the input.
 */
export function labelRange<T extends HTMLElement>(input: T, label: string): T {
  input.querySelector("input[type=range]")?.setAttribute("aria-label", label);
  return input;
}
