import type { Command } from "commander";
import { applyPatch } from "../../cli/apply.js";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import { collect, dateFlag, textFlag } from "../../cli/inputs.js";
import { requireCommittee, requireDepartment } from "../../cli/refs.js";
import { buildIndex, type Dataset } from "../../domain/dataset.js";
import {
  abolishDepartment,
  mergeDepartments,
  renameDepartment,
} from "../../domain/department-lifecycle.js";
import { msg } from "../../domain/diagnostics.js";
import type { Patch } from "../../domain/patch.js";
import { UsageError } from "../../errors.js";

/**
 * A department's life as dated history (README "Departments change"; 机构改革): rename,
 * merge and abolish append an event to the department's record in committees/*.yaml.
 */
export function register(department: Command, env: CommandEnv) {
  department
    .command("rename")
    .description("record that a department is renamed from a date (更名)")
    .argument("<ref>", "the department: id, name, full name or alias")
    .option("--to <name>", "its new name (as the 一览表 would write it)")
    .option("--full-name <name>", "its new full name (default: the new name, where it had one)")
    .option("--on <date>", "the day the new name takes effect")
    .option("--source <text>", "the document that says so (文件名、文号)")
    .addHelpText(
      "after",
      `
The former name and full name stay as aliases: old records and commands still find the
department, and a document dated before the change still prints the former name.

Examples:
  $ xieshang department rename ybjfj --to 国家金融监督管理总局鄂尔多斯监管分局 --on 2023-11-08
  $ xieshang department rename 扶贫办 --to 乡村振兴局 --full-name 鄂尔多斯市乡村振兴局 --on 2021-06-01`,
    )
    .action(async (dept: string, flags: RenameFlags, cmd: Command) => {
      const ctx = env.ctx(cmd);
      const id = requireDepartment(ctx, dept).department.id;
      const input = {
        dept: id,
        to: required("--to", flags.to),
        fullName: textFlag(flags.fullName),
        on: required("--on", flags.on, dateFlag),
        source: textFlag(flags.source),
      };
      await write(ctx, (ds) => renameDepartment(ds, input));
    });
  registerMerge(department, env);
  registerAbolish(department, env);
}

interface RenameFlags {
  to?: string;
  fullName?: string;
  on?: string;
  source?: string;
}

function required(
  flag: string,
  value: string | undefined,
  check: (flag: string, value: string) => string = (_f, v) => v.trim(),
): string {
  if (value === undefined || value.trim() === "")
    throw new UsageError(msg("err.missing-flags", { flags: flag }));
  return check(flag, value);
}

async function write(ctx: Ctx, decide: (ds: Dataset) => Patch) {
  await applyPatch(ctx, (loaded) => decide(loaded.ds));
}

function registerMerge(department: Command, env: CommandEnv) {
  department
    .command("merge")
    .description("record that departments are merged into one (合并)")
    .argument("<ref...>", "the departments merged: ids, names or aliases")
    .option("--into <dept>", "the department that carries their work on: existing, or a new name")
    .option("--id <id>", "the id of a new department made by the merger")
    .option("--committee <code>", "the committee of a new department (default: the first's)")
    .option("--full-name <name>", "the full name of a new department")
    .option("--on <date>", "the day of the merger")
    .option("--source <text>", "the document that says so (文件名、文号)")
    .addHelpText(
      "after",
      `
Each department merged ceases on that day (merged-into); the one it goes into records
that it took them in. Nothing is deleted: records that name the former departments keep
their ids, and a document dated before the merger prints them.

Examples:
  $ xieshang department merge fpb --into nmj --on 2024-03-01
  $ xieshang department merge a b --into 鄂尔多斯市新局 --id xj --on 2025-01-01`,
    )
    .action(async (depts: string[], flags: MergeFlags, cmd: Command) => {
      const ctx = env.ctx(cmd);
      const from = depts.flatMap((d) => collect(d, [])).map((d) => requireDepartment(ctx, d));
      const code = flags.committee ? requireCommittee(ctx, flags.committee).value.code : undefined;
      const input = {
        from: from.map((e) => e.department.id),
        into: required("--into", flags.into),
        id: textFlag(flags.id),
        committee: code,
        fullName: textFlag(flags.fullName),
        on: required("--on", flags.on, dateFlag),
        source: textFlag(flags.source),
      };
      await write(ctx, (ds) => mergeDepartments(ds, input));
      if (input.on <= ctx.today) owed(ctx, input.from);
    });
}

interface MergeFlags {
  into?: string;
  id?: string;
  committee?: string;
  fullName?: string;
  on?: string;
  source?: string;
}

function registerAbolish(department: Command, env: CommandEnv) {
  department
    .command("abolish")
    .description("record that a department is abolished (撤销)")
    .argument("<ref>", "the department: id, name, full name or alias")
    .option("--on <date>", "the day it ceases")
    .option("--successor <dept>", "the department that takes its work over")
    .option("--source <text>", "the document that says so (文件名、文号)")
    .addHelpText(
      "after",
      `
From that day it is offered nowhere, new work naming it is refused (with its successor
named), and the years after do not count it; replies it still owes are warned of by
validate.

Examples:
  $ xieshang department abolish fpb --on 2021-06-01 --successor nmj
  $ xieshang department abolish bsyh --on 2020-04-30`,
    )
    .action(async (dept: string, flags: AbolishFlags, cmd: Command) => {
      const ctx = env.ctx(cmd);
      const id = requireDepartment(ctx, dept).department.id;
      const successor = flags.successor
        ? requireDepartment(ctx, flags.successor).department.id
        : undefined;
      const input = {
        dept: id,
        on: required("--on", flags.on, dateFlag),
        successor,
        source: textFlag(flags.source),
      };
      await write(ctx, (ds) => abolishDepartment(ds, input));
      if (input.on <= ctx.today) owed(ctx, [id]);
    });
}

interface AbolishFlags {
  on?: string;
  successor?: string;
  source?: string;
}

/** Replies still owed by departments that ceased: said after the write (rule `department`). */
function owed(ctx: Ctx, ids: string[]) {
  const { ds } = ctx.load(["reports"]);
  const index = buildIndex(ds);
  const list = ds.reports
    .map((r) => r.value)
    .filter((r) => r.status === "issued")
    .flatMap((r) =>
      (r.to_departments ?? [])
        .filter((d) => ids.includes(d) && !r.replies?.[d])
        .map((d) => `${r.id} ${index.departments.get(d)?.department.name ?? d}`),
    );
  if (list.length > 0) ctx.io.stderr.write(`${ctx.t("dept.owed", { list: list.join("、") })}\n`);
}
