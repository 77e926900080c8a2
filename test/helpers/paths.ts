import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** The crash test's writer, bundled by global-setup into node_modules' cache (never the package). */
export const WRITER = path.join(ROOT, "node_modules", ".cache", "xieshang-test", "writer.cjs");
