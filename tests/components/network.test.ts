// @vitest-environment jsdom
// network: the Vietnamese sides (left) and the partners (right) as a bipartite graph, each link as
// wide as its evidence; hovering or focusing a node highlights its links; every node is named and
// links to its page.
import {describe, expect, it} from "vitest";
import {SIZES} from "../../src/components/chartSizes.js";
import {bipartite, networkHeight, type Link} from "../../src/components/network.js";

const link = (source: string, sourceName: string, target: string, targetName: string, evidence: number, articles = 1): Link => ({source, target, sourceName, targetName, evidence, articles});
// Sides by evidence: Hà Nội 9, national 4, Hải Phòng 1; partners: Japan 8, Korea 5, EU 1.
const links = [
  link("VN-HP", "Hải Phòng", "KR", "Hàn Quốc", 1),
  link("VN-HN", "Hà Nội", "JP", "Nhật Bản", 6, 2),
  link("VN-HN", "Hà Nội", "KR", "Hàn Quốc", 3),
  link("VN", "National level", "JP", "Nhật Bản", 2),
  link("VN", "National level", "KR", "Hàn Quốc", 1),
  link("VN", "National level", "EU", "Liên minh châu Âu", 1)
];
const nodes = (root: Element, side: "s" | "t") => [...root.querySelectorAll<SVGAElement>(`.node[data-side=${side}]`)];
const paths = (root: Element) => [...root.querySelectorAll<SVGPathElement>(".links path")];
const y = (node: Element) => +node.querySelector("circle")!.getAttribute("cy")!;

describe("bipartite", () => {
  const root = bipartite(links, {width: 800, sourceHref: (c) => `./profile.html?code=${c}`, targetHref: (c) => `./profile.html?code=${c}`});

  it("puts the Vietnamese sides on the left and the partners on the right", () => {
    const xs = (side: "s" | "t") => nodes(root, side).map((n) => +n.querySelector("circle")!.getAttribute("cx")!);
    expect(Math.max(...xs("s"))).toBeLessThan(Math.min(...xs("t")));
  });
  it("orders each side by evidence, the strongest at the top", () => {
    const order = (side: "s" | "t") => [...nodes(root, side)].sort((a, b) => y(a) - y(b)).map((n) => n.dataset.code);
    expect(order("s")).toEqual(["VN-HN", "VN", "VN-HP"]);
    expect(order("t")).toEqual(["JP", "KR", "EU"]);
  });
  it("names every node with its evidence, and links it to its page", () => {
    expect(nodes(root, "s").map((n) => [n.getAttribute("aria-label"), n.getAttribute("href")])).toEqual([
      ["Hà Nội: 9 evidence sentences", "./profile.html?code=VN-HN"],
      ["National level: 4 evidence sentences", "./profile.html?code=VN"],
      ["Hải Phòng: 1 evidence sentence", "./profile.html?code=VN-HP"]
    ]);
    expect(nodes(root, "t").map((n) => n.querySelector("text")!.textContent)).toEqual(["Nhật Bản", "Hàn Quốc", "Liên minh châu Âu"]);
  });
  it("lets the keyboard reach every node", () => {
    expect([...nodes(root, "s"), ...nodes(root, "t")].every((n) => n.getAttribute("tabindex") === "0")).toBe(true);
  });
  it("draws a link per pair, wider for more evidence", () => {
    const [hanoiJapan] = paths(root).filter((p) => p.dataset.s === "VN-HN" && p.dataset.t === "JP");
    const [haiphongKorea] = paths(root).filter((p) => p.dataset.s === "VN-HP");
    expect(paths(root)).toHaveLength(6);
    expect(+hanoiJapan.getAttribute("stroke-width")!).toBeGreaterThan(+haiphongKorea.getAttribute("stroke-width")!);
  });
  it("gives each link and node a tooltip of two lines: who, then how much", () => {
    const [hanoiJapan] = paths(root).filter((p) => p.dataset.s === "VN-HN" && p.dataset.t === "JP");
    expect(hanoiJapan.querySelector("title")!.textContent).toBe("Hà Nội – Nhật Bản\n6 evidence sentences in 2 articles");
    expect(nodes(root, "s")[0].querySelector("title")!.textContent).toBe("Hà Nội\n9 evidence sentences");
  });
  it("highlights a focused node's links and the nodes at their other ends, and restores them on blur", () => {
    const korea = nodes(root, "t").find((n) => n.dataset.code === "KR")!;
    korea.dispatchEvent(new FocusEvent("focus"));
    const on = paths(root).filter((p) => p.getAttribute("stroke-opacity") === "0.8");
    expect(on.map((p) => p.dataset.s).sort()).toEqual(["VN", "VN-HN", "VN-HP"]);
    expect(nodes(root, "t").map((n) => [n.dataset.code, n.style.opacity])).toEqual([
      ["JP", "0.25"],
      ["KR", "1"],
      ["EU", "0.25"]
    ]);
    expect(nodes(root, "s").every((n) => n.style.opacity === "1")).toBe(true);
    korea.dispatchEvent(new FocusEvent("blur"));
    expect(paths(root).every((p) => p.getAttribute("stroke-opacity") === "0.25")).toBe(true);
    expect([...nodes(root, "s"), ...nodes(root, "t")].every((n) => n.style.opacity === "1")).toBe(true);
  });
  it("highlights on hover as on focus", () => {
    const hanoi = nodes(root, "s").find((n) => n.dataset.code === "VN-HN")!;
    hanoi.dispatchEvent(new Event("pointerenter"));
    expect(paths(root).filter((p) => p.getAttribute("stroke-opacity") === "0.8").map((p) => p.dataset.t).sort()).toEqual(["JP", "KR"]);
    expect(nodes(root, "t").find((n) => n.dataset.code === "EU")!.style.opacity).toBe("0.25");
    hanoi.dispatchEvent(new Event("pointerleave"));
    expect(paths(root).every((p) => p.getAttribute("stroke-opacity") === "0.25")).toBe(true);
  });
  it("keeps only the strongest nodes of each side when asked, and the links between them", () => {
    const small = bipartite(links, {width: 800, maxNodes: 2});
    expect(nodes(small, "s").map((n) => n.dataset.code)).toEqual(["VN-HN", "VN"]);
    expect(nodes(small, "t").map((n) => n.dataset.code)).toEqual(["JP", "KR"]);
    expect(paths(small)).toHaveLength(4);
  });
  it("draws nodes without links to a page when no page is given", () => {
    expect(bipartite(links, {width: 800}).querySelector(".node[href]")).toBeNull();
  });
  it("shortens a long name on a narrow screen, keeping it whole in its label", () => {
    const long = "Tổ chức Giáo dục, Khoa học và Văn hóa Liên Hợp Quốc";
    const narrow = bipartite([link("VN", "National level", "UNESCO", long, 2)], {width: 400});
    const [node] = nodes(narrow, "t");
    expect(node.querySelector("text")!.textContent).toBe(long.slice(0, 14) + "…");
    expect(node.getAttribute("aria-label")).toBe(`${long}: 2 evidence sentences`);
  });
  it("sums itself up for a screen reader, in its label and in a paragraph", () => {
    const summary = "Network of 3 Vietnamese actors and 3 partners, 6 links. Strongest links: Hà Nội – Nhật Bản (6 evidence sentences); Hà Nội – Hàn Quốc (3 evidence sentences); National level – Nhật Bản (2 evidence sentences); Hải Phòng – Hàn Quốc (1 evidence sentence); National level – Hàn Quốc (1 evidence sentence).";
    expect(root.querySelector("svg")!.getAttribute("aria-label")).toBe(summary);
    expect(root.querySelector("p.sr-only")!.textContent).toBe(summary);
  });
  it("is as tall as its longer side needs, and titled when given a title", () => {
    expect(root.querySelector("svg")!.getAttribute("height")).toBe(String(networkHeight(3)));
    expect(networkHeight(3)).toBe(3 * SIZES.nodeRow + SIZES.nodeAxis);
    expect(root.querySelector("h2")).toBeNull();
    expect(bipartite(links, {width: 800, title: "Mạng lưới"}).querySelector("h2")!.textContent).toBe("Mạng lưới");
  });
  it("draws an empty graph for no links", () => {
    const empty = bipartite([], {width: 800});
    expect(empty.querySelectorAll(".node")).toHaveLength(0);
    expect(empty.querySelector("svg")!.getAttribute("aria-label")).toContain("Network of 0 Vietnamese actors and 0 partners, 0 links.");
  });
});
