// The Vietnamese side (provinces and national actors) and the partners as a bipartite graph:
// Vietnamese nodes on the left, partners on the right, each link as wide as its evidence.
// Hovering or focusing a node highlights its links; every node links to its page. (htl reads its
// templates raw: a line break in a title goes in as a value, never as "\n" in the markup.)
import * as d3 from "./d3.js";
import {html, svg} from "htl";
import {SIZES} from "./chartSizes.js";
import {plural} from "./prose.js";

export interface Link {
  source: string;
  target: string;
  sourceName: string;
  targetName: string;
  evidence: number;
  articles: number;
}

export interface NetworkOptions {
  width: number;
  sourceHref?: (code: string) => string;
  targetHref?: (code: string) => string;
  /** Only the strongest links, so the graph stays readable. */
  maxNodes?: number;
  title?: string;
}

/** The height of a graph with `n` nodes on its longer side. */
export const networkHeight = (n: number) => Math.max(1, n) * SIZES.nodeRow + SIZES.nodeAxis;

export function bipartite(links: Link[], o: NetworkOptions) {
  const maxNodes = o.maxNodes ?? 30;
  const total = (key: "source" | "target") =>
    d3.sort(d3.rollups(links, (v) => d3.sum(v, (l) => l.evidence), (l) => l[key]), ([k, v]) => -v, ([k]) => k).slice(0, maxNodes);
  const sources = total("source");
  const targets = total("target");
  const keepS = new Set(sources.map(([k]) => k));
  const keepT = new Set(targets.map(([k]) => k));
  const shown = links.filter((l) => keepS.has(l.source) && keepT.has(l.target));
  const nameS = new Map(links.map((l) => [l.source, l.sourceName]));
  const nameT = new Map(links.map((l) => [l.target, l.targetName]));
  const narrow = o.width < 560;
  const labelW = narrow ? 110 : 170;
  const height = networkHeight(Math.max(sources.length, targets.length));
  const x0 = labelW;
  const x1 = o.width - labelW;
  const yS = d3.scalePoint(sources.map(([k]) => k), [30, height - 20]).padding(0.5);
  const yT = d3.scalePoint(targets.map(([k]) => k), [30, height - 20]).padding(0.5);
  const maxEv = d3.max(shown, (l) => l.evidence) ?? 1;
  const w = d3.scaleSqrt([0, maxEv], [0, narrow ? 8 : 14]);
  const r = d3.scaleSqrt([0, d3.max([...sources, ...targets], ([, v]) => v) ?? 1], [3, narrow ? 9 : 13]);
  const trunc = (s: string) => (s.length > (narrow ? 15 : 24) ? s.slice(0, narrow ? 14 : 23) + "…" : s);
  const path = (l: Link) => {
    const ys = yS(l.source)!;
    const yt = yT(l.target)!;
    const mx = (x0 + x1) / 2;
    return `M${x0},${ys}C${mx},${ys} ${mx},${yt} ${x1},${yt}`;
  };
  const summary = `Network of ${sources.length} Vietnamese actors and ${targets.length} partners, ${shown.length} links. Strongest links: ${d3
    .sort(shown, (l) => -l.evidence)
    .slice(0, 5)
    .map((l) => `${l.sourceName} – ${l.targetName} (${plural(l.evidence, "evidence sentence")})`)
    .join("; ")}.`;
  const node = (side: "s" | "t", [code, value]: [string, number]) => {
    const name = side === "s" ? nameS.get(code) ?? code : nameT.get(code) ?? code;
    const y = side === "s" ? yS(code)! : yT(code)!;
    const x = side === "s" ? x0 : x1;
    const href = side === "s" ? o.sourceHref?.(code) : o.targetHref?.(code);
    return svg`<a href=${href ?? null} class="node" data-side=${side} data-code=${code} tabindex="0" aria-label=${`${name}: ${plural(value, "evidence sentence")}`}>
      <circle cx=${x} cy=${y} r=${r(value)} fill=${side === "s" ? "#c8102e" : "var(--theme-foreground-focus)"}></circle>
      <text x=${side === "s" ? x - r(value) - 4 : x + r(value) + 4} y=${y} dy="0.32em" text-anchor=${side === "s" ? "end" : "start"} fill="currentColor">${trunc(name)}</text>
      <title>${`${name}\n${plural(value, "evidence sentence")}`}</title>
    </a>`;
  };
  const root = html`<figure class="network" style="max-width:none">
    ${o.title ? html`<h2>${o.title}</h2>` : ""}
    <svg width=${o.width} height=${height} viewBox="0 0 ${o.width} ${height}" role="img" aria-label=${summary} style="font: 12px var(--sans-serif); max-width: 100%; height: auto;">
      <text x=${x0} y="14" text-anchor="end" fill="currentColor" font-weight="bold">Vietnamese side</text>
      <text x=${x1} y="14" text-anchor="start" fill="currentColor" font-weight="bold">Partners</text>
      <g class="links" fill="none" stroke="currentColor">
        ${shown.map(
          (l) => svg`<path d=${path(l)} stroke-width=${Math.max(1, w(l.evidence))} stroke-opacity="0.25" data-s=${l.source} data-t=${l.target}>
            <title>${`${l.sourceName} – ${l.targetName}\n${plural(l.evidence, "evidence sentence")} in ${plural(l.articles, "article")}`}</title></path>`
        )}
      </g>
      <g class="nodes">${sources.map((s) => node("s", s))}${targets.map((t) => node("t", t))}</g>
    </svg>
    <p class="sr-only">${summary}</p>
  </figure>` as HTMLElement;
  const paths = root.querySelectorAll<SVGPathElement>(".links path");
  const nodes = root.querySelectorAll<SVGAElement>(".nodes .node");
  const highlight = (side: string | null, code: string | null) => {
    const linked = new Set<string>();
    paths.forEach((p) => {
      const on = code !== null && p.dataset[side === "s" ? "s" : "t"] === code;
      p.setAttribute("stroke-opacity", code === null ? "0.25" : on ? "0.8" : "0.05");
      p.setAttribute("stroke", on ? "var(--theme-foreground-focus)" : "currentColor");
      if (on) linked.add(side === "s" ? `t:${p.dataset.t}` : `s:${p.dataset.s}`);
    });
    nodes.forEach((nd) => {
      const key = `${nd.dataset.side}:${nd.dataset.code}`;
      nd.style.opacity = code === null || linked.has(key) || (nd.dataset.side === side && nd.dataset.code === code) ? "1" : "0.25";
    });
  };
  nodes.forEach((nd) => {
    nd.addEventListener("pointerenter", () => highlight(nd.dataset.side!, nd.dataset.code!));
    nd.addEventListener("focus", () => highlight(nd.dataset.side!, nd.dataset.code!));
    nd.addEventListener("pointerleave", () => highlight(null, null));
    nd.addEventListener("blur", () => highlight(null, null));
  });
  return root;
}
