// A trie over folded text: every alias of every name is matched in one left-to-right pass,
// longest match first, at word boundaries. Keys are folded (lower case, no tone marks) and
// spaces next to punctuation are optional ("Việt – Nga" = "Việt-Nga", "TP. HCM" = "TP.HCM");
// each candidate is then verified against the alias's tones and capitalisation.
import {foldTables, foldText, isLower, isUpper, isWordChar, syllableTones} from "./vietnamese.js";

export interface TrieEntry<T> {
  alias: string;
  tones: number[];
  /**
   * Case-sensitive entries need the alias's capitalisation (see `verifyCase`); "first" entries
   * only the first syllable's capital and the acronyms' (the long names of bodies, which the
   * press capitalises as it likes: "Tổ chức Y tế Thế giới" / "Tổ chức Y tế thế giới").
   */
  caseSensitive: boolean | "first";
  value: T;
}

interface Node<T> {
  /** Keyed by UTF-16 code unit of the folded key. */
  children: Map<number, Node<T>>;
  entries: TrieEntry<T>[] | null;
}

export interface Trie<T> {
  root: Node<T>;
  size: number;
  /** The same trie as flat arrays, made at the first scan (see `compile`); dropped by `addToTrie`. */
  compiled?: Compiled<T>;
}

/**
 * A trie as flat arrays, for the scans: node 0 is the root, whose children are looked up by code
 * unit in `rootNext`; every other edge is in an open-addressing hash table keyed by (node, code
 * unit). Map look-ups were the scans' main cost.
 */
interface Compiled<T> {
  rootNext: Int32Array;
  /** A bit set: the bucket of the first word of each key of one word (see `wordBuckets`). */
  single: Uint32Array;
  /** A bit set: the bucket of the first two words of each key of two words or more. */
  pair: Uint32Array;
  hNode: Int32Array;
  hChar: Uint16Array;
  hNext: Int32Array;
  mask: number;
  entries: (TrieEntry<T>[] | null)[];
  /** Per node, the entries each surface seen so far spells (see `verified`). */
  spelled: (Map<string, TrieEntry<T>[]> | undefined)[];
}

const slot = (node: number, c: number, mask: number) => (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) >>> 0 & mask;

function compile<T>(trie: Trie<T>): Compiled<T> {
  const entries: (TrieEntry<T>[] | null)[] = [trie.root.entries];
  const edges: [number, number, number][] = [];
  const rootNext = new Int32Array(65536).fill(-1);
  const queue: [Node<T>, number][] = [[trie.root, 0]];
  for (let q = 0; q < queue.length; q++) {
    const [node, id] = queue[q];
    for (const [c, child] of node.children) {
      const childId = entries.push(child.entries) - 1;
      if (id === 0) rootNext[c] = childId;
      else edges.push([id, c, childId]);
      queue.push([child, childId]);
    }
  }
  let size = 16;
  while (size < edges.length * 2) size *= 2;
  const mask = size - 1;
  const hNode = new Int32Array(size).fill(-1);
  const hChar = new Uint16Array(size);
  const hNext = new Int32Array(size);
  for (const [node, c, next] of edges) {
    let h = slot(node, c, mask);
    while (hNode[h] !== -1) h = (h + 1) & mask;
    hNode[h] = node;
    hChar[h] = c;
    hNext[h] = next;
  }
  return {rootNext, ...wordBuckets(trie), hNode, hChar, hNext, mask, entries, spelled: []};
}

// The first words of a key or of a stretch of text (maximal runs of word characters, folded),
// hashed into one of 2^20 buckets. A key can match at a word start only if the text there begins
// with the key's words, so a scan skips every word start that begins no key: for a key of one
// word, the first word's bucket; for a longer key, the bucket of the first two words together
// ("Việt" begins many keys, "Việt Nam" few). Most word starts are skipped: few words begin a name,
// a field or a cue, and fewer pairs of words. The buckets are bits (128 KB a set, which stays in
// the processor's cache): with 65,536 buckets half the word starts that passed did so by a
// collision. Hashes stay signed 32-bit integers (no `>>> 0`), which the engine keeps unboxed.
const HASH_START = 0x811c9dc5 | 0;
const hashStep = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
const BUCKET_BITS = 20;
const bucket = (h: number) => (h ^ (h >>> BUCKET_BITS)) & ((1 << BUCKET_BITS) - 1);
const setBit = (bits: Uint32Array, b: number) => void (bits[b >>> 5] |= 1 << (b & 31));
const hasBit = (bits: Uint32Array, b: number) => (bits[b >>> 5] >>> (b & 31)) & 1;
const pairBucket = (first: number, second: number) => bucket(Math.imul(first, 0x9e3779b1) ^ second);

function wordBuckets<T>(trie: Trie<T>): {single: Uint32Array; pair: Uint32Array} {
  const {word} = foldTables();
  const single = new Uint32Array(1 << (BUCKET_BITS - 5));
  const pair = new Uint32Array(1 << (BUCKET_BITS - 5));
  // In the second word (hash h2) of a key whose first word hashes to h1.
  const second = (node: Node<T>, h1: number, h2: number) => {
    if (node.entries) setBit(pair, pairBucket(h1, h2));
    for (const [c, child] of node.children) {
      if (word[c]) second(child, h1, hashStep(h2, c));
      else setBit(pair, pairBucket(h1, h2));
    }
  };
  // Between the first and the second word: a key may also end here ("TP.").
  const between = (node: Node<T>, h1: number) => {
    if (node.entries) setBit(single, bucket(h1));
    for (const [c, child] of node.children) {
      if (word[c]) second(child, h1, hashStep(HASH_START, c));
      else between(child, h1);
    }
  };
  const first = (node: Node<T>, h: number) => {
    if (node.entries) setBit(single, bucket(h));
    for (const [c, child] of node.children) {
      if (word[c]) first(child, hashStep(h, c));
      else between(child, h);
    }
  };
  for (const [c, child] of trie.root.children) {
    if (word[c]) first(child, hashStep(HASH_START, c));
    // A key that starts with punctuation could match wherever a word starts after it: never skip.
    else single.fill(0xffffffff);
  }
  return {single, pair};
}

/** The child of `node` by code unit `c`, or -1. */
function next<T>(t: Compiled<T>, node: number, c: number): number {
  if (node === 0) return t.rootNext[c];
  const {hNode, hChar, mask} = t;
  for (let h = slot(node, c, mask); ; h = (h + 1) & mask) {
    const n = hNode[h];
    if (n === -1) return -1;
    if (n === node && hChar[h] === c) return t.hNext[h];
  }
}

export interface TrieMatch<T> {
  start: number;
  end: number;
  entries: TrieEntry<T>[];
}

/** The key an alias or a stretch of text is looked up by. */
export function normalizeKey(s: string): string {
  const folded = foldText(s);
  let out = "";
  for (let i = 0; i < folded.length; ) {
    const c = folded[i];
    if (c === " ") {
      let k = i;
      while (folded[k] === " ") k++;
      const prev = out[out.length - 1];
      const next = folded[k];
      if (prev !== undefined && next !== undefined && isWordChar(prev) && isWordChar(next)) out += " ";
      i = k;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

export function createTrie<T>(): Trie<T> {
  return {root: {children: new Map(), entries: null}, size: 0};
}

export function addToTrie<T>(trie: Trie<T>, alias: string, value: T, caseSensitive: boolean | "first"): void {
  const key = normalizeKey(alias.normalize("NFC").trim());
  if (key === "") return;
  let node = trie.root;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    let next = node.children.get(c);
    if (!next) node.children.set(c, (next = {children: new Map(), entries: null}));
    node = next;
  }
  (node.entries ??= []).push({alias, tones: syllableTones(alias), caseSensitive, value});
  trie.size++;
  trie.compiled = undefined;
}

/**
 * Is the surface written as the alias is (first letter's case, acronyms in capitals)? With
 * `firstOnly`, the other syllables' capitals are free: "Cơ quan Vũ trụ châu Âu" is also written
 * "Cơ quan vũ trụ châu Âu".
 */
export function verifyCase(alias: string, surface: string, firstOnly = false): boolean {
  const a: string[] = alias.match(/[\p{L}\p{N}]+/gu) ?? [];
  const s: string[] = surface.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (a.length !== s.length || a.length === 0) return false;
  if (isUpper(a[0].charAt(0)) && !isUpper(s[0].charAt(0))) return false;
  const surfaceAllCaps = !/\p{Ll}/u.test(surface);
  const aliasAllCaps = !/\p{Ll}/u.test(alias);
  // "ANH" in a headline in capitals is as likely "anh" (brother) as England: one short syllable
  // in capitals must be written in capitals in the alias too.
  if (surfaceAllCaps && !aliasAllCaps && a.length === 1 && a[0].length <= 4) return false;
  for (let i = 0; i < a.length; i++) {
    const syl = a[i];
    const isAcronym = syl.length >= 2 && !/\p{Ll}/u.test(syl) && /\p{Lu}/u.test(syl);
    if (isAcronym && /\p{Ll}/u.test(s[i])) return false;
    // A lower-case alias syllable stays free ("Liên bang Nga" / "Liên Bang Nga"); a capitalised
    // one must be capitalised: "Khu Hải dương học" is not the province Hải Dương.
    if (isUpper(syl.charAt(0)) && isLower(s[i].charAt(0)) && !(firstOnly && i > 0)) return false;
  }
  return true;
}

function sameTones(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The entries of a node that the surface text really spells (tones, then capitals), remembered
 * per node and surface: the same names come back again and again ("Mỹ", "Hà Nội"), and checking
 * capitals splits both into syllables. The array returned is shared: callers only read it.
 */
function verified<T>(t: Compiled<T>, node: number, surface: string): TrieEntry<T>[] {
  let known = t.spelled[node];
  if (!known) t.spelled[node] = known = new Map();
  let ok = known.get(surface);
  if (ok === undefined) {
    const tones = syllableTones(surface);
    ok = t.entries[node]!.filter((e) => sameTones(e.tones, tones) && (!e.caseSensitive || verifyCase(e.alias, surface, e.caseSensitive === "first")));
    if (known.size < 256) known.set(surface, ok);
  }
  return ok;
}

/**
 * A text ready for matching: folded once (same length as the text) with a word-character flag
 * per code unit, so the scans below do no per-character work beyond table look-ups.
 */
export interface Prepared {
  text: string;
  /** The folded text, one code unit per code unit of `text`. */
  folded: Uint16Array;
  word: Uint8Array;
  /** Where each word starts, in order. */
  starts: Int32Array;
  /** The bucket of the word at each word start, and of it with the next word (see `wordBuckets`). */
  firstWord: Int32Array;
  firstPair: Int32Array;
}

let scratchStarts = new Int32Array(4096);
let scratchHashes = new Int32Array(4096);

export function prepare(text: string): Prepared {
  const {fold, word: isWord} = foldTables();
  const n = text.length;
  // Few buffers, each with several views: allocating a typed array's memory costs more than filling it.
  const chars = new ArrayBuffer(3 * n);
  const folded = new Uint16Array(chars, 0, n);
  const word = new Uint8Array(chars, 2 * n, n);
  // One pass: fold each code unit, flag word characters, and hash each word as it ends, into
  // scratch arrays kept between calls (a text has at most n/2 + 1 words).
  if (scratchStarts.length < (n >> 1) + 1) {
    scratchStarts = new Int32Array(n + 1);
    scratchHashes = new Int32Array(n + 1);
  }
  const startsAll = scratchStarts;
  const hashesAll = scratchHashes;
  let count = 0;
  let h = HASH_START;
  let inWord = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const f = fold[c];
    folded[i] = f;
    const w = isWord[c];
    word[i] = w;
    if (w) {
      if (!inWord) {
        startsAll[count] = i;
        h = HASH_START;
        inWord = true;
      }
      h = hashStep(h, f);
    } else if (inWord) {
      hashesAll[count++] = h;
      inWord = false;
    }
  }
  if (inWord) hashesAll[count++] = h;
  const words = new ArrayBuffer(12 * count);
  const starts = new Int32Array(words, 0, count);
  const firstWord = new Int32Array(words, 4 * count, count);
  const firstPair = new Int32Array(words, 8 * count, count);
  starts.set(startsAll.subarray(0, count));
  for (let k = 0; k < count; k++) {
    firstWord[k] = bucket(hashesAll[k]);
    firstPair[k] = k + 1 < count ? pairBucket(hashesAll[k], hashesAll[k + 1]) : 0;
  }
  return {text, folded, word, starts, firstWord, firstPair};
}

/** The index in `starts` of the first word start at or after `pos`. */
function firstStart(starts: Int32Array, pos: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const SPACE = 32;
const NEWLINE = 10;

const asPrepared = (t: string | Prepared): Prepared => (typeof t === "string" ? prepare(t) : t);

/** The longest verified match starting at `start` (which must be a word start), or null. */
export function matchAt<T>(trie: Trie<T>, input: string | Prepared, start: number, end?: number): TrieMatch<T> | null {
  const p = asPrepared(input);
  return matchCompiled((trie.compiled ??= compile(trie)), p, start, end ?? p.text.length);
}

/** Where keys end along the walk from one start, as (end, node) pairs: reused, the walks never overlap. */
const candidates: number[] = [];

function matchCompiled<T>(t: Compiled<T>, p: Prepared, start: number, stop: number): TrieMatch<T> | null {
  const {text, folded, word} = p;
  candidates.length = 0;
  let node = 0;
  let prevWord = false;
  for (let j = start; j < stop; ) {
    const c = folded[j];
    if (c === NEWLINE) break;
    if (c === SPACE) {
      let k = j;
      while (k < stop && folded[k] === SPACE) k++;
      // A space counts only between two word characters; next to punctuation it is optional.
      if (!prevWord || k >= stop || !word[k]) {
        j = k;
        continue;
      }
      j = k;
    } else j++;
    node = next(t, node, c);
    if (node < 0) break;
    prevWord = c === SPACE ? false : word[j - 1] === 1;
    if (t.entries[node] && !(word[j - 1] && j < text.length && word[j])) candidates.push(j, node);
  }
  for (let i = candidates.length - 2; i >= 0; i -= 2) {
    const e = candidates[i];
    const ok = verified(t, candidates[i + 1], text.slice(start, e));
    if (ok.length) return {start, end: e, entries: ok};
  }
  return null;
}

/** Every match in text[from, to), left to right, each the longest at its place, none overlapping. */
export function scanTrie<T>(trie: Trie<T>, input: string | Prepared, from = 0, to?: number): TrieMatch<T>[] {
  const p = asPrepared(input);
  const stop = to ?? p.text.length;
  const {starts, firstWord, firstPair} = p;
  const t = (trie.compiled ??= compile(trie));
  const {single, pair} = t;
  const out: TrieMatch<T>[] = [];
  let after = from;
  for (let k = firstStart(starts, from); k < starts.length && starts[k] < stop; k++) {
    const i = starts[k];
    if (i < after || !(hasBit(single, firstWord[k]) || hasBit(pair, firstPair[k]))) continue;
    const m = matchCompiled(t, p, i, stop);
    if (m) {
      out.push(m);
      after = m.end;
    }
  }
  return out;
}
