import { msg } from "../domain/diagnostics.js";
import { DataError } from "../errors.js";
import { readTemplate, templateFile } from "../store/templates.js";
import { type HelperContext, helpers } from "./helpers.js";

/** A template that does not compile or names a missing field: exit 1, nothing written. */
export class TemplateError extends DataError {}

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
  const source = readTemplate(dataDir, name, file);
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
