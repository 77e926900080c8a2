import type { Command } from "commander";
import type { Ctx } from "../cli/context.js";
import { ExitCode } from "../cli/errors.js";
import type { CommandEnv } from "../cli/program.js";
import { formatDiagnostic, render } from "../cli/render/diagnostics.js";
import { printJson } from "../cli/render/json.js";
import { type Diagnostic, msg } from "../domain/diagnostics.js";
import { validateAll } from "../store/check.js";
import type { LoadResult } from "../store/load.js";

export interface ValidateOptions {
  strict: boolean;
}

export function register(program: Command, env: CommandEnv) {
  program
    .command("validate")
    .description("check every record against the rules of the 办法 (检查全部记录)")
    .option("--strict", "warnings fail too (exit 1)")
    .addHelpText(
      "after",
      `
Prints every problem at once as file:line:col, severity, [rule], message and hint.

Examples:
  $ xieshang validate
  $ xieshang validate --strict          fail on warnings too (for CI)
  $ xieshang validate --json | jq .errors
  $ xieshang validate --as-of 2027-03-31 --lang en

Exit codes: 0 no errors · 1 errors (or warnings with --strict) · 3 no data directory`,
    )
    .action(async (opts: { strict?: boolean }, cmd: Command) => {
      await run({ strict: Boolean(opts.strict) }, env.ctx(cmd));
    });
}

/** Folds the liaison warnings of one committee into one line (SPEC §3 `liaison`). */
function foldLiaisons(ctx: Ctx, loaded: LoadResult, list: Diagnostic[]): Diagnostic[] {
  const byCommittee = new Map<string, Diagnostic[]>();
  const out: Diagnostic[] = [];
  for (const d of list) {
    if (d.rule === "liaison" && d.group) {
      const g = byCommittee.get(d.group);
      if (g) {
        g.push(d);
        continue;
      }
      byCommittee.set(d.group, [d]);
    }
    out.push(d);
  }
  const names = new Map<string, { name: string; deps: Map<string, string> }>();
  for (const { value } of loaded.ds.committees) {
    names.set(value.code, {
      name: value.name,
      deps: new Map(value.departments.map((d) => [d.id, d.name])),
    });
  }
  return out.map((d) => {
    const group = d.group && byCommittee.get(d.group);
    if (!group || group.length < 2) return d;
    const c = names.get(d.group!);
    const labels = group.map((g) =>
      g.message.key === "liaison.committee"
        ? ctx.t("liaison.self")
        : String((g.message.params as { department: string }).department).replace(/ \(.*\)$/, ""),
    );
    const shown =
      labels.slice(0, 6).join(ctx.lang === "zh" ? "、" : ", ") + (labels.length > 6 ? " …" : "");
    return {
      ...d,
      message: msg("liaison.folded", {
        committee: c?.name ?? d.group!,
        count: String(group.length),
        list: shown,
      }),
    };
  });
}

export async function run(opts: ValidateOptions, ctx: Ctx) {
  const loaded = ctx.load();
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
    for (const d of foldLiaisons(ctx, loaded, all)) {
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
      if (opts.strict && errors === 0 && warnings > 0)
        ctx.io.stdout.write(`${ctx.t("validate.strict")}\n`);
    }
  }
  if (failed) throw new ExitCode(1);
}
