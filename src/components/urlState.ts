// A page's main selection lives in the URL (?metric=…&from=…) so a view can be shared. Only the
// query string changes (history.replaceState), so it works under any sub-path.

export function getParam(key: string): string | null {
  return new URLSearchParams(location.search).get(key);
}

export function getNumber(key: string, fallback: number): number {
  const v = getParam(key);
  return v !== null && v !== "" && Number.isFinite(+v) ? +v : fallback;
}

export function getChoice<T extends string>(key: string, choices: readonly T[], fallback: T): T {
  const v = getParam(key);
  return v !== null && (choices as readonly string[]).includes(v) ? (v as T) : fallback;
}

/** Sets (or, for null, "" and defaults, removes) query parameters without reloading. */
export function setParams(params: Record<string, string | number | boolean | null | undefined>, defaults: Record<string, unknown> = {}): void {
  const search = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === "" || v === false || defaults[k] === v) search.delete(k);
    else search.set(k, String(v));
  }
  const q = search.toString();
  history.replaceState(history.state, "", `${location.pathname}${q ? `?${q}` : ""}${location.hash}`);
}

/** Writes an input's value to the URL whenever it changes. `format` turns the value into params. */
export function syncUrl<T>(input: HTMLElement & {value: T}, format: (value: T) => Record<string, string | number | boolean | null | undefined>, defaults: Record<string, unknown> = {}): HTMLElement & {value: T} {
  input.addEventListener("input", () => setParams(format(input.value), defaults));
  return input;
}
