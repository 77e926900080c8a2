import type { DepartmentEntry, Rec } from "../domain/dataset.js";
import { buildIndex, committeesInOrder, type Dataset } from "../domain/dataset.js";
import { msg } from "../domain/diagnostics.js";
import { missingRecord } from "../domain/missing.js";
import {
  type Resolution,
  resolveCommittee,
  resolveDepartment,
  resolvePerson,
} from "../domain/references.js";
import type { Committee } from "../domain/schemas/committee.js";
import type { Liaison } from "../domain/schemas/common.js";
import { UsageError } from "../errors.js";
import type { Ctx } from "./context.js";
import type { Prompter } from "./prompter.js";

function settle<T>(
  r: Resolution<T>,
  kind: "committee" | "department" | "person",
  ref: string,
  ctx: Ctx,
  label: (t: T) => string,
  listCommand: string,
): T {
  if (r.kind === "found") return r.value;
  const sep = ctx.lang === "zh" ? "、" : ", ";
  if (r.kind === "ambiguous") {
    throw new UsageError(msg("err.ambiguous-ref", { kind, value: ref }), [
      msg("err.candidates", { list: r.candidates.map(label).join(sep) }),
    ]);
  }
  // a file of that id that cannot be read is said as such (docs/reliability.md "Reading: nothing hidden")
  throw missingRecord(
    ctx.load([]).ds,
    kind,
    ref.trim(),
    r.suggestions.length > 0
      ? msg("err.candidates", { list: r.suggestions.map(label).join(sep) })
      : msg("err.no-candidates", { command: listCommand }),
  );
}

const departmentLabel = (e: DepartmentEntry) =>
  `${e.department.id} ${e.department.name}（${e.committee.name}）`;

/** Settles a resolution made elsewhere: the value, or a usage error with candidates. */
export function settleReference(
  ctx: Ctx,
  kind: "department",
  ref: string,
  r: Resolution<DepartmentEntry>,
): DepartmentEntry {
  return settle(r, kind, ref, ctx, departmentLabel, "department list");
}

/** A committee named on the command line, or a usage error listing the candidates. */
export function requireCommittee(ctx: Ctx, ref: string): Rec<Committee> {
  return settle(
    resolveCommittee(ref, ctx.load([]).ds),
    "committee",
    ref,
    ctx,
    (r) => `${r.value.code} ${r.value.name}`,
    "committee list",
  );
}

/** A department named on the command line by id, name, full name or alias. */
export function requireDepartment(ctx: Ctx, ref: string): DepartmentEntry {
  return settle(
    resolveDepartment(ref, buildIndex(ctx.load([]).ds)),
    "department",
    ref,
    ctx,
    departmentLabel,
    "department list",
  );
}

export function liaisonText(ctx: Ctx, l: Liaison | undefined): string {
  if (!l) return ctx.t("none");
  return l.phone ? `${l.name} ${l.phone}` : l.name;
}

/** A person of xieshang.yaml named on the command line by id or name. */
export function requirePerson(ctx: Ctx, ref: string) {
  return settle(
    resolvePerson(ref, ctx.load([]).ds),
    "person",
    ref,
    ctx,
    (p) => `${p.id} ${p.name}`,
    "committee show",
  );
}

/** On a terminal: a committee picked from the 一览表, in its order. */
export function askCommittee(ctx: Ctx, ds: Dataset) {
  return (_: unknown, p: Prompter): Promise<string> =>
    p.select({
      message: ctx.t("prompt.committee"),
      choices: committeesInOrder(ds).map(({ value: c }) => ({
        value: c.code,
        name: `${c.name} (${c.code})`,
      })),
    });
}
