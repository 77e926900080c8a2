import { lstatSync, readFileSync } from "node:fs";
import path from "node:path";
import { msg } from "../domain/diagnostics.js";
import { DataError } from "../errors.js";
import { readKept } from "../store/load.js";
import { packageRoot } from "../store/package-files.js";
import { type HelperContext, helpers } from "./helpers.js";

/** A template that does not compile or names a missing field: exit 1, nothing written. */
export class TemplateError extends DataError {}

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
 * Renders a template in Handlebars' strict mode: a field the data does not have is an
 * error naming the template file, line and column. Handlebars is imported here only, so
 * commands that do not render never load it.
 */
export async function render(
  dataDir: string,
  name: string,
  data: unknown,
  ctx: HelperContext,
): Promise<string> {
  const file = templateFile(dataDir, name);
  // the data directory's own copy is read as a plain file: never through a link, a FIFO
  const source = file.own
    ? (readKept(dataDir, `templates/${name}`) ?? "")
    : readFileSync(file.abs, "utf8");
  const { default: Handlebars } = await import("handlebars");
  const hb = Handlebars.create();
  for (const [k, fn] of Object.entries(helpers(ctx))) hb.registerHelper(k, fn);
  try {
    const template = hb.compile(source, { strict: true, noEscape: true });
    return template(data);
  } catch (e) {
    const err = e as Error & { lineNumber?: number; column?: number };
    const detail = err.message.replace(/ - \d+:\d+$/, "").split("\n")[0]!;
    throw new TemplateError(
      msg("template.error", {
        file: file.shown,
        line: String(err.lineNumber ?? "?"),
        column: String((err.column ?? 0) + 1),
        detail,
      }),
      [msg("template.error.hint", {}), msg("write.nothing-written", {})],
    );
  }
}
