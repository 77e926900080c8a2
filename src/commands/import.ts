import { isUtf8 } from "node:buffer";
import path from "node:path";
import type { Command } from "commander";
import { applyPatch } from "../cli/apply.js";
import type { CommandEnv, Ctx } from "../cli/context.js";
import { msg } from "../domain/diagnostics.js";
import { type ImportLine, planLiaisonImport } from "../domain/liaison-import.js";
import { parseLiaisonTable, type TableProblem } from "../domain/liaison-table.js";
import { DataError, EnvError, UsageError } from "../errors.js";
import { loadDataDir } from "../store/load.js";
import { packageRoot } from "../store/package-files.js";
import { readInputBytes } from "../store/plain.js";

export function register(program: Command, env: CommandEnv) {
  const imp = program.command("import").description("bring records in from documents (导入)");
  imp
    .command("liaison-table")
    .description("the 一览表 copied from a document → committees/*.yaml (导入对口联系一览表)")
    .argument("<file>", "a text file: one row per unit, two tab-separated columns")
    .option("--dry-run", "report what would be written, and write nothing")
    .option("--no-propose", "add every new name as a new department, proposing no renames")
    .addHelpText(
      "after",
      `
Each row: the unit, a tab, its departments separated by 、 , or ，, perhaps ending with a
declared count such as (10个). HTML tags such as <p> are ignored; a header row is skipped.
Every discrepancy is reported: a declared count that differs from the listed one, a
count that cannot be read, a department listed twice in a row or under two units.

Units and departments already in the data directory keep their ids and fields, and are
never removed; ids of the bundled 一览表 are reused for the names it knows; other new
departments get <committee>-<nn> ids, which you may rename by hand before using them.
A department missing from a newer table that resembles one of its new names is proposed
as renamed (or, several to one, merged), with the command that records it, and that name
is not added until you have recorded it or said --no-propose.

Examples:
  $ xieshang import liaison-table 一览表.txt --dry-run
  $ xieshang import liaison-table 一览表.txt --commit`,
    )
    .action(async (file: string, opts: { dryRun?: boolean; propose?: boolean }, cmd: Command) =>
      run({ file, dryRun: Boolean(opts.dryRun), propose: opts.propose !== false }, env.ctx(cmd)),
    );
}

/** A pasted text file (a table, a notice): UTF-8, else a usage error with the fix. */
export function readPasted(ctx: Ctx, file: string): string {
  // a pasted table or notice is a few kilobytes: 16 MiB is no clerk's file
  const buf = readInputBytes(path.resolve(ctx.io.cwd, file), 16 * 1024 * 1024);
  if (!Buffer.isBuffer(buf))
    throw new EnvError(msg("file.unreadable", { detail: `${file}: ${buf.why}` }));
  if (!isUtf8(buf))
    throw new UsageError(msg("file.not-utf8", { guess: "" }), [
      msg("file.not-utf8.hint", { file }),
    ]);
  return buf.toString("utf8");
}

function problemText(ctx: Ctx, p: TableProblem): string {
  switch (p.kind) {
    case "count":
      return ctx.t("import.count", {
        line: String(p.line),
        unit: p.unit,
        declared: String(p.declared),
        listed: String(p.listed),
      });
    case "unreadable-count":
      return ctx.t("import.unreadable", { line: String(p.line), unit: p.unit, text: p.text });
    case "repeated":
      return ctx.t("import.repeated", { line: String(p.line), unit: p.unit, name: p.name });
    case "across":
      return ctx.t("import.across", {
        line: String(p.line),
        unit: p.unit,
        name: p.name,
        other: p.other,
      });
    case "no-columns":
      return ctx.t("import.no-columns", { line: String(p.line), text: p.text.slice(0, 40) });
    case "header":
      return ctx.t("import.header", { line: String(p.line), text: p.text.slice(0, 40) });
  }
}

export async function run(opts: { file: string; dryRun: boolean; propose?: boolean }, ctx: Ctx) {
  const table = parseLiaisonTable(readPasted(ctx, opts.file));
  for (const p of table.problems) ctx.io.stdout.write(`${problemText(ctx, p)}\n`);
  if (table.problems.some((p) => p.kind === "header"))
    throw new DataError(msg("import.header-refused", {}), [msg("import.header-refused.hint", {})]);
  // the bundled 一览表 lends its ids to the names it knows
  // the package's own data: read as it is, never cached beside it
  const bundled = loadDataDir(path.join(packageRoot(), "data"), [], { XIESHANG_NO_CACHE: "1" }).ds;
  const message = `import liaison-table ${path.basename(opts.file)}`;
  const say = (line: ImportLine) => ctx.t(line.message.key, line.message.params as never);
  if (opts.dryRun) {
    const { patch, report } = planLiaisonImport(
      ctx.load([]).ds,
      bundled,
      table.rows,
      message,
      opts.propose,
    );
    for (const line of report) ctx.io.stdout.write(`${say(line)}\n`);
    if (report.some((l) => l.kind === "propose"))
      ctx.io.stdout.write(`${ctx.t("import.propose.hint")}\n`);
    if (patch.create.length + patch.edit.length === 0)
      ctx.io.stdout.write(`${ctx.t("import.nothing")}\n`);
    ctx.io.stderr.write(`${ctx.t("import.dry-run")}\n`);
    return;
  }
  let report: ImportLine[] = [];
  const { patch } = await applyPatch(ctx, (loaded) => {
    const planned = planLiaisonImport(loaded.ds, bundled, table.rows, message, opts.propose);
    report = planned.report;
    return planned.patch;
  });
  // the files written are listed by the write path; what was left as it was, here
  for (const line of report.filter((l) => l.kind === "kept" || l.kind === "propose"))
    ctx.io.stderr.write(`${say(line)}\n`);
  if (report.some((l) => l.kind === "propose"))
    ctx.io.stderr.write(`${ctx.t("import.propose.hint")}\n`);
  if (patch.create.length + patch.edit.length === 0)
    ctx.io.stdout.write(`${ctx.t("import.nothing")}\n`);
}
