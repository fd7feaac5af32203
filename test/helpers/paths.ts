import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../..", import.meta.url));
export const FIXTURES = join(REPO, "test", "fixtures");
export const fixture = (...parts: string[]) => join(FIXTURES, ...parts);
