import type { Dataset, DepartmentEntry, Index, Rec } from "./dataset.js";
import { endOf } from "./department-life.js";
import type { Committee } from "./schemas/committee.js";
import { distance, within } from "./suggest.js";

export type Resolution<T> =
  | { kind: "found"; value: T }
  | { kind: "ambiguous"; candidates: T[] }
  | { kind: "unknown"; suggestions: T[] };

/** Folds the differences a clerk does not mean: spaces, full-width brackets, a leading 市. */
function norm(s: string): string {
  return s
    .replace(/\s+/g, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/^鄂尔多斯市|^市/, "")
    .toLowerCase();
}

function resolve<T>(
  ref: string,
  items: T[],
  id: (t: T) => string,
  names: (t: T) => string[],
): Resolution<T> {
  const exactId = items.find((t) => id(t) === ref);
  if (exactId) return { kind: "found", value: exactId };
  const exact = items.filter((t) => names(t).includes(ref));
  if (exact.length === 1) return { kind: "found", value: exact[0]! };
  if (exact.length > 1) return { kind: "ambiguous", candidates: exact };
  const n = norm(ref);
  const loose = items.filter((t) => [id(t), ...names(t)].some((x) => norm(x) === n));
  if (loose.length === 1) return { kind: "found", value: loose[0]! };
  if (loose.length > 1) return { kind: "ambiguous", candidates: loose };
  const c = core(n);
  const near = (x: string) => {
    const m = norm(x);
    if (m.includes(n) || (m.length >= 2 && n.includes(m))) return true;
    // a contraction: 市监局 in 市场监督管理局, 人社局 in 人力资源和社会保障局 (in order, first alike)
    if ([...ref].length >= 3 && ref[0] === x[0] && within(ref, x)) return true;
    // 发改局 → 市发改委, 林业厅 → 林业局: the same name with another kind of office
    const k = core(m);
    return c.length >= 2 && k.length >= 2 && distance(c, k) <= ([...c].length >= 4 ? 1 : 0);
  };
  const suggestions = n ? items.filter((t) => [id(t), ...names(t)].some(near)).slice(0, 8) : [];
  return { kind: "unknown", suggestions };
}

/** A name without the word for its kind of office: 发改委 → 发改, 林业局 → 林业. */
function core(s: string): string {
  return s.replace(/(委员会|管理局|办公室|局|厅|委|办|部|中心)$/, "");
}

/** docs/commands.md "department list": a department given on the command line may be its id, name, full name or alias. */
export function resolveDepartment(ref: string, index: Index): Resolution<DepartmentEntry> {
  const r = resolve(
    ref.trim(),
    [...index.departments.values()],
    (e) => e.department.id,
    (e) => [
      e.department.name,
      ...(e.department.full_name ? [e.department.full_name] : []),
      ...(e.department.aliases ?? []),
    ],
  );
  // a former name shared with the department that carries it on today: the living one
  if (r.kind !== "ambiguous") return r;
  const living = r.candidates.filter((e) => !endOf(e.department));
  return living.length === 1 ? { kind: "found", value: living[0]! } : r;
}

/** A committee by code, name or alias. */
export function resolveCommittee(ref: string, ds: Dataset): Resolution<Rec<Committee>> {
  return resolve(
    ref.trim(),
    ds.committees,
    (r) => r.value.code,
    (r) => [r.value.name, ...(r.value.aliases ?? [])],
  );
}

type Person = NonNullable<NonNullable<Dataset["settings"]>["value"]["people"]>[number];

/** A CPPCC leader of xieshang.yaml `people`, by id or name. */
export function resolvePerson(ref: string, ds: Dataset): Resolution<Person> {
  const people = ds.settings?.value.people ?? [];
  const r = resolve(
    ref.trim(),
    people,
    (p) => p.id,
    (p) => [p.name],
  );
  // the people of xieshang.yaml are few: an unknown one is answered with all of them
  return r.kind === "unknown" && r.suggestions.length === 0 ? { ...r, suggestions: people } : r;
}
