// A trie over folded text: every alias of every name is matched in one left-to-right pass,
// longest match first, at word boundaries. Keys are folded (lower case, no tone marks) and
// spaces next to punctuation are optional ("Việt – Nga" = "Việt-Nga", "TP. HCM" = "TP.HCM");
// each candidate is then verified against the alias's tones and capitalisation.
import {foldChar, foldText, isLower, isUpper, isWordChar, syllableTones} from "./vietnamese.js";

export interface TrieEntry<T> {
  alias: string;
  tones: number[];
  /** Case-sensitive entries need the alias's capitalisation (see `verifyCase`). */
  caseSensitive: boolean;
  value: T;
}

interface Node<T> {
  children: Map<string, Node<T>>;
  entries: TrieEntry<T>[] | null;
}

export interface Trie<T> {
  root: Node<T>;
  size: number;
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

export function addToTrie<T>(trie: Trie<T>, alias: string, value: T, caseSensitive: boolean): void {
  const key = normalizeKey(alias.normalize("NFC").trim());
  if (key === "") return;
  let node = trie.root;
  for (const c of key) {
    let next = node.children.get(c);
    if (!next) node.children.set(c, (next = {children: new Map(), entries: null}));
    node = next;
  }
  (node.entries ??= []).push({alias, tones: syllableTones(alias), caseSensitive, value});
  trie.size++;
}

/** Is the surface written as the alias is (first letter's case, acronyms in capitals)? */
export function verifyCase(alias: string, surface: string): boolean {
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
    if (isUpper(syl.charAt(0)) && isLower(s[i].charAt(0))) return false;
  }
  return true;
}

function sameTones(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Entries of `entries` that the surface text really spells. */
function verified<T>(entries: TrieEntry<T>[], surface: string): TrieEntry<T>[] {
  const tones = syllableTones(surface);
  return entries.filter((e) => sameTones(e.tones, tones) && (!e.caseSensitive || verifyCase(e.alias, surface)));
}

/** The longest verified match starting at `start` (which must be a word start), or null. */
export function matchAt<T>(trie: Trie<T>, text: string, start: number, end = text.length): TrieMatch<T> | null {
  const candidates: {end: number; node: Node<T>}[] = [];
  let node: Node<T> | undefined = trie.root;
  let prevOut = "";
  for (let j = start; j < end; ) {
    const c = foldChar(text[j]).base;
    if (c === "\n") break;
    let out: string;
    if (c === " ") {
      let k = j;
      while (k < end && foldChar(text[k]).base === " ") k++;
      const next = k < end ? foldChar(text[k]).base : "\n";
      if (!isWordChar(prevOut) || !isWordChar(next)) {
        j = k;
        continue;
      }
      out = " ";
      j = k;
    } else {
      out = c;
      j++;
    }
    node = node.children.get(out);
    if (!node) break;
    prevOut = out;
    if (node.entries && !(isWordChar(text[j - 1]) && isWordChar(text[j]))) candidates.push({end: j, node});
  }
  for (let i = candidates.length - 1; i >= 0; i--) {
    const {end: e, node: n} = candidates[i];
    const ok = verified(n.entries!, text.slice(start, e));
    if (ok.length) return {start, end: e, entries: ok};
  }
  return null;
}

/** Every match in text[from, to), left to right, each the longest at its place, none overlapping. */
export function scanTrie<T>(trie: Trie<T>, text: string, from = 0, to = text.length): TrieMatch<T>[] {
  const out: TrieMatch<T>[] = [];
  let i = from;
  while (i < to) {
    if (isWordChar(text[i]) && !isWordChar(text[i - 1])) {
      const m = matchAt(trie, text, i, to);
      if (m) {
        out.push(m);
        i = m.end;
        continue;
      }
    }
    i++;
  }
  return out;
}
