import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

/**
 * The folder of the installed xieshang package (the bundled data/ and templates/ live
 * there), found by walking up from this module: dist/ in the bundle, src/store/ in tests.
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, "package.json");
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name === "xieshang") {
          root = dir;
          return dir;
        }
      } catch {
        // not ours: keep walking
      }
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error("xieshang package root not found");
    dir = up;
  }
}

/** A text file of the package (data/…, templates/…), by its path from the package root. */
export function packageText(rel: string): string {
  return readFileSync(path.join(packageRoot(), ...rel.split("/")), "utf8");
}

/** The names in a folder of the package that match `name`, sorted. */
export function packageFiles(folder: string, name: RegExp): string[] {
  return readdirSync(path.join(packageRoot(), ...folder.split("/")))
    .filter((n) => name.test(n))
    .sort();
}
