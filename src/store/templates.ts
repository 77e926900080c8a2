import { lstatSync } from "node:fs";
import path from "node:path";
import { readKept } from "./kept.js";
import { packageRoot, packageText } from "./package-files.js";

/** The data directory's own template when it has one (docs/templates.md), else the built-in one. */
export function templateFile(
  dataDir: string,
  name: string,
): { abs: string; shown: string; own: boolean } {
  const own = path.join(dataDir, "templates", name);
  // a templates folder that is a link is not read through: its own copy is refused
  if (exists(own) || isLink(path.join(dataDir, "templates")))
    return { abs: own, shown: `templates/${name}`, own: true };
  return {
    abs: path.join(packageRoot(), "templates", name),
    shown: `(built-in) templates/${name}`,
    own: false,
  };
}

function isLink(abs: string): boolean {
  try {
    return lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Something is at the path (a link too: it is then refused, not passed over). */
function exists(abs: string): boolean {
  try {
    lstatSync(abs);
    return true;
  } catch {
    return false;
  }
}

/**
 * A template's text: the data directory's own copy read as a plain file (never through a
 * link, a FIFO), else the package's.
 */
export function readTemplate(
  dataDir: string,
  name: string,
  file: ReturnType<typeof templateFile>,
): string {
  return file.own
    ? (readKept(dataDir, `templates/${name}`) ?? "")
    : packageText(`templates/${name}`);
}
