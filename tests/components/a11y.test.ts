// @vitest-environment jsdom
// a11y: Plot's labelled marks get a role, a linked mark's label goes to its link, and a range
// input's slider gets a name.
import * as Inputs from "@observablehq/inputs";
import {describe, expect, it} from "vitest";
import {accessibleChart, labelRange} from "../../src/components/a11y.js";

const SVG = "http://www.w3.org/2000/svg";
const svgOf = (markup: string) => {
  const figure = document.createElement("figure");
  figure.innerHTML = `<svg xmlns="${SVG}">${markup}</svg>`;
  return figure.querySelector("svg")!;
};

describe("accessibleChart", () => {
  it("moves a linked mark's label to its link, so that the link has a name", () => {
    const svg = accessibleChart(svgOf(`<g aria-label="bar"><a href="./profile.html?code=JP"><rect aria-label="Nhật Bản: 12"></rect></a></g>`));
    const a = svg.querySelector("a")!;
    expect(a.getAttribute("aria-label")).toBe("Nhật Bản: 12");
    expect(svg.querySelector("rect")!.hasAttribute("aria-label")).toBe(false);
  });
  it("names a link with no labelled mark after its title", () => {
    const svg = accessibleChart(svgOf(`<a href="x"><rect></rect><title>Hàn Quốc\n3 articles</title></a>`));
    expect(svg.querySelector("a")!.getAttribute("aria-label")).toBe("Hàn Quốc\n3 articles");
  });
  it("leaves a link that is already named as it is", () => {
    const svg = accessibleChart(svgOf(`<a href="x" aria-label="Japan"><rect aria-label="Nhật Bản: 12"></rect></a>`));
    expect(svg.querySelector("a")!.getAttribute("aria-label")).toBe("Japan");
    expect(svg.querySelector("rect")!.getAttribute("aria-label")).toBe("Nhật Bản: 12");
  });
  it("gives labelled groups the role 'group' and labelled marks the role 'img', links none", () => {
    const svg = accessibleChart(svgOf(`<g aria-label="dot"><circle aria-label="Hà Nội: 4"></circle></g><a href="x"><rect aria-label="EU: 1"></rect></a><g></g>`));
    expect(svg.querySelector("g[aria-label=dot]")!.getAttribute("role")).toBe("group");
    expect(svg.querySelector("circle")!.getAttribute("role")).toBe("img");
    expect(svg.querySelector("a")!.hasAttribute("role")).toBe(false);
    expect(svg.querySelector("g:not([aria-label])")!.hasAttribute("role")).toBe(false);
  });
  it("keeps a role already given", () => {
    const svg = accessibleChart(svgOf(`<g aria-label="legend" role="list"></g>`));
    expect(svg.querySelector("g")!.getAttribute("role")).toBe("list");
  });
  it("reaches every chart of a figure, and returns what it was given", () => {
    const figure = document.createElement("figure");
    figure.innerHTML = `<svg xmlns="${SVG}"><g aria-label="legend"></g></svg><svg xmlns="${SVG}"><g aria-label="bar"></g></svg>`;
    expect(accessibleChart(figure)).toBe(figure);
    expect([...figure.querySelectorAll("g")].map((g) => g.getAttribute("role"))).toEqual(["group", "group"]);
  });
});

describe("labelRange", () => {
  it("names a range input's slider after its label, and returns the input", () => {
    const input = Inputs.range([2003, 2025], {label: "From year", step: 1});
    expect(labelRange(input, "From year")).toBe(input);
    expect(input.querySelector("input[type=range]")!.getAttribute("aria-label")).toBe("From year");
    expect(input.querySelector("input[type=number]")!.hasAttribute("aria-label")).toBe(false);
  });
  it("does nothing to an input without a slider", () => {
    const input = Inputs.text({label: "Search"});
    expect(() => labelRange(input, "Search")).not.toThrow();
  });
});
