/** Framework's loader cache, src/.observablehq/cache/. */
export const CACHE_DIR: string;
/** Deletes every cached loader output in `dir` (not its "_" folders); returns the names removed. */
export function cleanLoaderCache(dir?: string): string[];
