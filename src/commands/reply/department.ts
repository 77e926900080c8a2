import type { Ctx } from "../../cli/context.js";
import { departmentIds } from "../../cli/inputs.js";
import type { Prompter } from "../../cli/prompter.js";
import { buildIndex } from "../../domain/dataset.js";
import { owingDepartments } from "../../domain/reply-lifecycle.js";
import { findReport } from "../../domain/report-lifecycle.js";

/** The department a reply verb is about, as given by id, name or alias. */
export function departmentFlag(ctx: Ctx, ref: string | undefined): string | undefined {
  return ref === undefined ? undefined : departmentIds(ctx, ctx.load([]).ds, [ref])[0];
}

/** On a terminal: the department, picked among the recipients still owing a reply. */
export function askOwing(ctx: Ctx, id: string, message: string) {
  return async (_: unknown, p: Prompter): Promise<string> => {
    const { ds } = ctx.load(["topics", "reports"]);
    const index = buildIndex(ds);
    return p.select({
      message,
      choices: owingDepartments(findReport(ds, id).value).map((d) => ({
        value: d,
        name: `${index.departments.get(d)?.department.name ?? d} (${d})`,
      })),
    });
  };
}

/** A reply touches one report; its topic is checked too. */
export const REPLY_PARTS = { parts: ["topics", "reports"] } as const;

/** A department's name for a summary, its id when unknown. */
export function departmentName(ctx: Ctx, id: string): string {
  const entry = buildIndex(ctx.load([]).ds).departments.get(id);
  return entry ? `${entry.department.name} (${id})` : id;
}
