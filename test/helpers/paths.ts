import { fileURLToPath } from "node:url";
import { join } from "node:path";

export const REPO = fileURLToPath(new URL("../..", import.meta.url));
export const FIXTURES = join(REPO, "test", "fixtures");
export const fixture = (...parts: string[]) => join(FIXTURES, ...parts);
