// Small hand-made data for the components' specifications: the names of a few partners, provinces
// and fields, and a builder of decoded facet rows (ArticleFacts) with their pairs.
import {afterEach, beforeEach, vi} from "vitest";
import type {ArticleFacts, Names, PairFacts} from "../../loaders/contract.js";

export const names: Names = {
  countries: {
    JP: {en: "Japan", vi: "Nhật Bản", numeric: "392"},
    KR: {en: "South Korea", vi: "Hàn Quốc", numeric: "410"},
    US: {en: "United States", vi: "Hoa Kỳ", numeric: "840"},
    SG: {en: "Singapore", vi: "Singapore", numeric: "702"}
  },
  organizations: {
    EU: {en: "European Union", vi: "Liên minh châu Âu", kind: "regional", country: null},
    WORLD_BANK: {en: "World Bank", vi: "Ngân hàng Thế giới", kind: "financial", country: null}
  },
  provinces: {
    "VN-HN": {vi: "Hà Nội", en: "Hanoi", unit: "VN-HN"},
    "VN-HP": {vi: "Hải Phòng", en: "Haiphong", unit: "VN-HP"},
    "VN-SG": {vi: "Hồ Chí Minh", en: "Ho Chi Minh City", unit: "VN-SG"}
  },
  units: {
    "VN-HN": {vi: "Hà Nội", members: ["VN-HN"]},
    "VN-NEW": {vi: "Đơn vị mới", members: ["VN-01"]}
  },
  fields: {
    ai: {en: "Artificial intelligence", vi: "Trí tuệ nhân tạo", ford: "1.2", ford_label: "Computer and information sciences", st: "yes"},
    energy: {en: "Energy", vi: "Năng lượng", ford: "2.7", ford_label: "Environmental engineering", st: "yes"},
    health: {en: "Health", vi: "Y tế", ford: "3.3", ford_label: "Health sciences", st: "yes"}
  }
};

export const pair = (vn: string, partner: string, p: Partial<PairFacts> = {}): PairFacts => ({
  vn,
  partner,
  organization: partner === "EU" || partner === "WORLD_BANK",
  st: false,
  fields: [],
  activities: ["agreement"],
  sentences: [0],
  ...p
});

export const article = (i: number, a: Partial<ArticleFacts> = {}): ArticleFacts => ({i, y: null, m: null, source: null, relevance: "mention", c: [], o: [], p: [], f: [], pairs: [], ...a});

/** Lets pending promise callbacks (a component's awaited fetches) run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A blob's text as written, a byte-order mark included (Blob.text() drops it). */
export const blobText = async (blob: Blob) => new TextDecoder("utf-8", {ignoreBOM: true}).decode(await blob.arrayBuffer());

/**
 * Plot draws a continuous colour legend on a canvas, which jsdom lacks: a canvas that draws
 * nothing, so that the charts with such a legend can be made.
 */
export function stubCanvas(): void {
  HTMLCanvasElement.prototype.getContext = (() => ({fillStyle: "", fillRect() {}})) as never;
  HTMLCanvasElement.prototype.toDataURL = () => "data:image/png;base64,";
}

/**
 * Records the files a download link makes (jsdom makes no object URLs: each blob gets the address
 * blob:test/<n>) and keeps clicks on links from navigating, for each test of the file; undone after.
 */
export function recordDownloads(): Blob[] {
  const blobs: Blob[] = [];
  const {createObjectURL, revokeObjectURL} = URL;
  const stopNavigation = (e: Event) => e.preventDefault();
  beforeEach(() => {
    blobs.length = 0;
    URL.createObjectURL = vi.fn((b: Blob) => `blob:test/${blobs.push(b)}`);
    URL.revokeObjectURL = vi.fn();
    document.addEventListener("click", stopNavigation);
  });
  afterEach(() => {
    Object.assign(URL, {createObjectURL, revokeObjectURL});
    document.removeEventListener("click", stopNavigation);
    document.body.replaceChildren();
  });
  return blobs;
}
