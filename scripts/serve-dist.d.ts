// Types for scripts/serve-dist.js (plain JavaScript, run with node).
import type {Server} from "node:http";

export function resolvePath(root: string, pathname: string): string | null;
export function serveDist(dir?: string, options?: {port?: number; log?: boolean; compress?: boolean}): Promise<{server: Server; origin: string; requests: string[]}>;
