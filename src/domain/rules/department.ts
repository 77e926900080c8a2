import type { PathSeg, Source } from "../dataset.js";
import { departmentLabel, endOf, presentSuccessor } from "../department-life.js";
import type { Diagnostic } from "../diagnostics.js";
import { msg } from "../diagnostics.js";
import type { Department } from "../schemas/committee.js";
import type { Rule, RuleContext } from "./rule.js";
import { diag } from "./rule.js";

interface Ceased {
  on: string;
  successor: string;
}

/** The departments that have ceased, with the day and their successor today. */
function ceasedOf({ index }: RuleContext): Map<string, Ceased> {
  const ceased = new Map<string, Ceased>();
  for (const [id, e] of index.departments) {
    const end = endOf(e.department);
    if (end) ceased.set(id, { on: end.on, successor: presentSuccessor(index, id) ?? "" });
  }
  return ceased;
}

/** Each department a record names, where it stands in the record, and the record's date. */
function* named(ctx: RuleContext): Generator<[Source, PathSeg[], string, string, boolean]> {
  for (const { src, value: t } of ctx.ds.topics) {
    for (const [i, id] of t.departments.entries())
      yield [src, ["departments", i], id, t.proposed_on, false];
    for (const [i, id] of (t.invited ?? []).entries())
      yield [src, ["invited", i], id, t.proposed_on, false];
  }
  for (const { src, value: a } of ctx.ds.activities) {
    for (const [i, id] of a.departments.entries())
      yield [src, ["departments", i], id, a.date, false];
    for (const [i, id] of (a.invited ?? []).entries())
      yield [src, ["invited", i], id, a.date, false];
  }
  for (const { src, value: r } of ctx.ds.reports) {
    if (r.status !== "issued" || !r.issued_on) continue;
    for (const [i, id] of (r.to_departments ?? []).entries())
      yield [src, ["to_departments", i], id, r.issued_on, !r.replies?.[id]];
  }
}

/**
 * Art. 4 and 14 across 机构改革 (README "Departments change"): new work — a topic, an
 * activity, a report issued — dated after a department it names had ceased is warned of,
 * with the successor; so is a reply still owed by a department that has ceased since.
 */
export const departmentRule: Rule = {
  id: "department",
  article: "Art. 4, 14",
  check(ctx) {
    const out: Diagnostic[] = historyProblems(ctx);
    const ceased = ceasedOf(ctx);
    if (ceased.size === 0) return out;
    const name = (id: string) => departmentLabel(ctx.index, id);
    for (const [src, path, id, date, owed] of named(ctx)) {
      const end = ceased.get(id);
      if (!end) continue;
      const department = name(id);
      const { on } = end;
      const successor = end.successor && name(end.successor);
      if (date >= on)
        out.push(
          diag(
            "department",
            "warning",
            { src, path },
            msg("department.new-work-after-end", { department, on, date, successor }),
          ),
        );
      else if (owed && on <= ctx.today)
        out.push(
          diag(
            "department",
            "warning",
            { src, path },
            msg("department.owes-after-end", { department, on, successor }),
            msg("department.owes-after-end.hint", {}),
          ),
        );
    }
    return out;
  },
};

/**
 * The history itself: every department it names exists, and no department carries on
 * through a chain of successors that comes back to it (a cycle, hand-edited).
 */
function historyProblems({ ds, index }: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { src, value: c } of ds.committees)
    for (const [i, d] of c.departments.entries())
      for (const [j, e] of (d.history ?? []).entries()) {
        const named =
          e.event === "merged"
            ? e.from.map((id, k) => [id, ["from", k]] as const)
            : e.event === "merged-into"
              ? [[e.into, ["into"]] as const]
              : e.event === "abolished" && e.successor
                ? [[e.successor, ["successor"]] as const]
                : [];
        for (const [id, at] of named)
          if (!index.departments.has(id))
            out.push(
              diag(
                "department",
                "error",
                { src, path: ["departments", i, "history", j, ...at] },
                msg("department.unknown", { department: id }),
              ),
            );
        const end = endOf(d);
        if (end?.successor && e.on === end.on && loops(index, d.id))
          out.push(
            diag(
              "department",
              "error",
              { src, path: ["departments", i, "history", j] },
              msg("department.cycle", { department: `${d.name} (${d.id})` }),
            ),
          );
      }
  return out;
}

/** Whether following the successors from `id` comes back to it. */
function loops(index: RuleContext["index"], id: string): boolean {
  const seen = new Set<string>();
  for (let at: string | undefined = id; at; ) {
    const d: Department | undefined = index.departments.get(at)?.department;
    at = d && endOf(d)?.successor;
    if (at === id) return true;
    if (!at || seen.has(at)) return false;
    seen.add(at);
  }
  return false;
}
