import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../cli/context.js";
import { foldLiaisons, formatDiagnostic, render } from "../cli/render/diagnostics.js";
import { printJson } from "../cli/render/json.js";
import { ExitCode } from "../errors.js";
import { validateAll } from "../store/check.js";

export interface ValidateOptions {
  strict: boolean;
  /** Errors in full, warnings only counted (the pre-commit hook). */
  brief?: boolean;
}

export function register(program: Command, env: CommandEnv) {
  program
    .command("validate")
    .description("check every record against the rules of the 办法 (检查全部记录)")
    .option("--strict", "warnings fail too (exit 1)")
    .option("--brief", "errors in full, warnings as one line (the pre-commit hook)")
    .addHelpText(
      "after",
      `
Prints every problem at once as file:line:col, severity, [rule], message and hint.

Examples:
  $ xieshang validate
  $ xieshang validate --strict          fail on warnings too (for CI)
  $ xieshang validate --json | jq .errors
  $ xieshang validate --as-of 2027-03-31 --lang en
  $ xieshang validate --brief           errors only, and how many warnings

Exit codes: 0 no errors · 1 errors (or warnings with --strict) · 3 no data directory`,
    )
    .action(async (opts: { strict?: boolean; brief?: boolean }, cmd: Command) => {
      await run({ strict: Boolean(opts.strict), brief: Boolean(opts.brief) }, env.ctx(cmd));
    });
}

export async function run(opts: ValidateOptions, ctx: Ctx) {
  const loaded = ctx.load();
  ctx.reading = "told"; // validate reports every problem itself
  const all = validateAll(loaded, ctx.today);
  const errors = all.filter((d) => d.severity === "error").length;
  const warnings = all.length - errors;
  const failed = errors > 0 || (opts.strict && warnings > 0);
  if (ctx.json) {
    printJson(ctx, {
      ok: !failed,
      errors,
      warnings,
      problems: all.map((d) => ({
        severity: d.severity,
        rule: d.rule,
        file: d.file,
        line: d.line,
        column: d.column,
        message: render(ctx.t, d.message),
      })),
    });
  } else {
    const frame = ctx.io.stdoutIsTTY;
    // --brief (the pre-commit hook): what stops the commit in full, the rest counted
    const shown = opts.brief && !opts.strict ? all.filter((d) => d.severity === "error") : all;
    for (const d of foldLiaisons(ctx, loaded.ds, shown)) {
      ctx.io.stdout.write(
        formatDiagnostic(ctx, d, loaded.texts.get(d.file), frame && d.rule !== "liaison"),
      );
    }
    const files = String(loaded.files);
    const c = ctx.color.out;
    if (all.length === 0) ctx.io.stdout.write(`${c.green(ctx.t("validate.clean", { files }))}\n`);
    else {
      const line = ctx.t("validate.summary", {
        errors: String(errors),
        warnings: String(warnings),
        files,
      });
      ctx.io.stdout.write(`${failed ? c.red(line) : c.yellow(line)}\n`);
      if (shown.length < all.length) ctx.io.stdout.write(`${ctx.t("validate.brief")}\n`);
      if (opts.strict && errors === 0 && warnings > 0)
        ctx.io.stdout.write(`${ctx.t("validate.strict")}\n`);
    }
  }
  if (failed) throw new ExitCode(1);
}
