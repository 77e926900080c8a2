import { DataError, UsageError } from "../errors.js";
import type { Dataset, DepartmentEntry } from "./dataset.js";
import { buildIndex } from "./dataset.js";
import { departmentLabel, endOf, existsOn, presentSuccessor } from "./department-life.js";
import { msg } from "./diagnostics.js";
import { DEPARTMENT_ID } from "./ids.js";
import { type FieldEdit, type Patch, patch, type Value } from "./patch.js";
import { resolveDepartment } from "./references.js";
import type { LifeEvent } from "./schemas/committee.js";

/**
 * Recording a department's life (README "Departments change"; 机构改革): a rename, a
 * merger and an abolition, each a dated event appended to the department's `history`.
 * Nothing is deleted and no id changes, so every record that names the department still
 * resolves; a former name stays an alias, and documents dated before the change print it.
 */

export interface RenameInput {
  dept: string;
  to: string;
  fullName?: string;
  on: string;
  source?: string;
}

export interface MergeInput {
  from: string[];
  /** An existing department, or the name of the one the merger makes (with `id`). */
  into: string;
  id?: string;
  committee?: string;
  fullName?: string;
  on: string;
  source?: string;
}

export interface AbolishInput {
  dept: string;
  on: string;
  successor?: string;
  source?: string;
}

function entryOf(ds: Dataset, id: string): DepartmentEntry {
  const e = buildIndex(ds).departments.get(id);
  if (!e) throw new UsageError(msg("err.unknown-ref", { kind: "department", value: id }));
  return e;
}

/** A department must still exist on the day of the change; a change is dated after the last. */
function alive(ds: Dataset, e: DepartmentEntry, on: string) {
  const end = endOf(e.department);
  if (end && end.on <= on) {
    const index = buildIndex(ds);
    const successor = presentSuccessor(index, e.department.id);
    throw new DataError(
      msg("dept.ended", { department: e.department.name, on: end.on }),
      successor
        ? [msg("dept.use-successor", { successor: departmentLabel(index, successor) })]
        : [],
    );
  }
  const last = (e.department.history ?? [])
    .map((h) => h.on)
    .sort()
    .at(-1);
  if (last && on < last)
    throw new DataError(msg("dept.out-of-order", { department: e.department.name, on, last }));
}

function editsOf(e: DepartmentEntry, edits: FieldEdit[]) {
  return { kind: "committee" as const, file: e.rec.src.file, edits };
}

const at = (e: DepartmentEntry, ...rest: string[]) => ["departments", String(e.index), ...rest];

function event(e: DepartmentEntry, item: LifeEvent): FieldEdit {
  const clean = Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined));
  return { append: at(e, "history"), item: clean as Value };
}

/** A name another department already answers to, by name, full name or alias. */
function takenBy(ds: Dataset, name: string, self: string): string | undefined {
  for (const [id, e] of buildIndex(ds).departments) {
    if (id === self) continue;
    const d = e.department;
    if ([d.name, d.full_name, ...(d.aliases ?? [])].includes(name)) return id;
  }
  return undefined;
}

/** A rename: the new name from `on`; the former name and full name kept as aliases. */
export function renameDepartment(ds: Dataset, input: RenameInput): Patch {
  const e = entryOf(ds, input.dept);
  const d = e.department;
  alive(ds, e, input.on);
  const to = input.to.trim();
  const full = input.fullName?.trim() || undefined;
  if (to === d.name && (full === undefined || full === d.full_name))
    throw new UsageError(msg("dept.same-name", { name: to }));
  // a full name is what the 主送 prints: never replaced by a guess
  if (d.full_name && full === undefined)
    throw new UsageError(msg("dept.full-name-needed", { name: d.name, full: d.full_name }));
  for (const n of [to, full]) {
    const other = n && takenBy(ds, n, d.id);
    if (other) throw new DataError(msg("dept.name-taken", { name: n!, other }));
  }
  // the former names join the aliases, each appended: the list's own lines and comments stay
  const added = [...new Set([d.name, d.full_name])].filter(
    (a): a is string => a !== undefined && a !== to && a !== full && !d.aliases?.includes(a),
  );
  // a new name that was an alias is one no more: the list is set whole (rarely needed)
  const stale = (d.aliases ?? []).some((a) => a === to || a === full);
  const aliases: FieldEdit[] = stale
    ? [
        {
          set: at(e, "aliases"),
          value: [...(d.aliases ?? []).filter((a) => a !== to && a !== full), ...added],
        },
      ]
    : added.map((a) => ({ append: at(e, "aliases"), item: a }));
  const edits: FieldEdit[] = [
    { set: at(e, "name"), value: to },
    ...(full ? [{ set: at(e, "full_name"), value: full }] : []),
    ...aliases,
    event(e, {
      event: "renamed",
      on: input.on,
      from: d.name,
      from_full_name: d.full_name,
      source: input.source,
    }),
  ];
  return patch({
    edit: [editsOf(e, edits)],
    message: `department rename ${d.id}: ${d.name} → ${to} (${input.on})`,
    notices: [
      { message: msg("dept.renamed", { id: d.id, from: d.name, to, on: input.on }), hints: [] },
    ],
  });
}

/** An abolition: the department ceases on `on`, its work passed to `successor` if any. */
export function abolishDepartment(ds: Dataset, input: AbolishInput): Patch {
  const e = entryOf(ds, input.dept);
  alive(ds, e, input.on);
  if (input.successor) {
    if (input.successor === input.dept) throw new UsageError(msg("dept.self-successor", {}));
    const s = entryOf(ds, input.successor);
    if (!existsOn(s.department, input.on))
      throw new DataError(
        msg("dept.successor-absent", { department: s.department.name, on: input.on }),
      );
  }
  return patch({
    edit: [
      editsOf(e, [
        event(e, {
          event: "abolished",
          on: input.on,
          successor: input.successor,
          source: input.source,
        }),
      ]),
    ],
    message: `department abolish ${input.dept} (${input.on})${input.successor ? ` → ${input.successor}` : ""}`,
    notices: [
      {
        message: msg("dept.abolished", {
          department: e.department.name,
          on: input.on,
          successor: input.successor
            ? ` → ${departmentLabel(buildIndex(ds), input.successor)}`
            : "",
        }),
        hints: [],
      },
    ],
  });
}

/**
 * A merger: the departments in `from` cease on `on` and `into` carries their work — an
 * existing department, or a new one made by the merger (its id given, in the committee of
 * the first merged unless another is named).
 */
export function mergeDepartments(ds: Dataset, input: MergeInput): Patch {
  const index = buildIndex(ds);
  const from = [...new Set(input.from)].map((id) => entryOf(ds, id));
  if (from.length < 1) throw new UsageError(msg("err.missing-flags", { flags: "A B…" }));
  for (const e of from) alive(ds, e, input.on);
  const found = resolveDepartment(input.into, index);
  const existing = found.kind === "found" && !input.id ? found.value : undefined;
  const ceased = (e: DepartmentEntry, into: string) =>
    editsOf(e, [event(e, { event: "merged-into", on: input.on, into, source: input.source })]);
  const ids = from.map((e) => e.department.id);
  if (existing) {
    if (ids.includes(existing.department.id)) throw new UsageError(msg("dept.self-successor", {}));
    alive(ds, existing, input.on);
    return patch({
      edit: [
        ...from.map((e) => ceased(e, existing.department.id)),
        editsOf(existing, [
          event(existing, { event: "merged", on: input.on, from: ids, source: input.source }),
        ]),
      ],
      message: `department merge ${ids.join(" ")} → ${existing.department.id} (${input.on})`,
      notices: [mergedNotice(from, existing.department.name, input.on)],
    });
  }
  return mergeIntoNew(ds, input, from, ceased);
}

function mergeIntoNew(
  ds: Dataset,
  input: MergeInput,
  from: DepartmentEntry[],
  ceased: (e: DepartmentEntry, into: string) => ReturnType<typeof editsOf>,
): Patch {
  const index = buildIndex(ds);
  const id = input.id;
  if (!id) throw new UsageError(msg("dept.new-needs-id", { name: input.into }));
  if (!DEPARTMENT_ID.test(id)) throw new UsageError(msg("dept.bad-id", { id }));
  if (index.departments.has(id)) throw new DataError(msg("dept.id-taken", { id }));
  const name = input.into.trim();
  const other = takenBy(ds, name, "");
  if (other) throw new DataError(msg("dept.name-taken", { name, other }));
  const code = input.committee ?? from[0]!.committee.code;
  const committee = index.committees.get(code);
  if (!committee) throw new UsageError(msg("err.unknown-ref", { kind: "committee", value: code }));
  const ids = from.map((e) => e.department.id);
  const created: Record<string, Value> = {
    id,
    name,
    ...(input.fullName?.trim() ? { full_name: input.fullName.trim() } : {}),
    history: [
      {
        event: "merged",
        on: input.on,
        from: ids,
        established: true,
        ...(input.source ? { source: input.source } : {}),
      },
    ],
  };
  return patch({
    edit: [
      ...from.map((e) => ceased(e, id)),
      {
        kind: "committee",
        file: committee.src.file,
        edits: [{ append: ["departments"], item: created }],
      },
    ],
    message: `department merge ${ids.join(" ")} → ${id} ${name} (${input.on})`,
    notices: [mergedNotice(from, `${name} (${id})`, input.on)],
  });
}

function mergedNotice(from: DepartmentEntry[], into: string, on: string) {
  const names = from.map((e) => `${e.department.name} (${e.department.id})`).join("、");
  return { message: msg("dept.merged", { from: names, into, on }), hints: [] };
}
