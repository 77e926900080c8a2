import { DataError } from "../errors.js";
import type { Index } from "./dataset.js";
import { msg } from "./diagnostics.js";
import type { Department, LifeEvent } from "./schemas/committee.js";

/**
 * A department's life (README "Departments change"): the names it bore, when it began and
 * ceased, and who took its work over, read from its dated `history` (机构改革). A document
 * names a department as it was named on the document's date; lists and prompts use its
 * present name; a department that had ceased before a year is not counted in it.
 */

export interface NameOn {
  name: string;
  full_name: string | undefined;
}

const byOn = (a: LifeEvent, b: LifeEvent) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0);

/** The name and full name the department bore on `date`: renames after it are undone. */
export function nameOn(d: Department, date: string | undefined): NameOn {
  let now: NameOn = { name: d.name, full_name: d.full_name };
  if (!date || !d.history) return now;
  for (const e of [...d.history].sort(byOn).reverse()) {
    if (e.on <= date) break;
    if (e.event === "renamed") now = { name: e.from, full_name: e.from_full_name };
  }
  return now;
}

export interface Ended {
  on: string;
  successor: string | undefined;
  merged: boolean;
}

/** When the department ceased (merged into another or abolished), and its successor. */
export function endOf(d: Department): Ended | undefined {
  for (const e of d.history ?? [])
    if (e.event === "merged-into") return { on: e.on, successor: e.into, merged: true };
    else if (e.event === "abolished") return { on: e.on, successor: e.successor, merged: false };
  return undefined;
}

/** The day a department made by a merger began; undefined for one that always was. */
export function startOf(d: Department): string | undefined {
  return d.history?.find((e) => e.event === "merged" && e.established)?.on;
}

/** Whether the department existed on `date`: begun by then, not yet ceased. */
export function existsOn(d: Department, date: string): boolean {
  const start = startOf(d);
  const end = endOf(d);
  return (!start || start <= date) && (!end || date < end.on);
}

/** Whether the department existed at any time in `year`: counted in that year's work. */
export function existsIn(d: Department, year: number): boolean {
  const start = startOf(d);
  const end = endOf(d);
  return (!start || start <= `${year}-12-31`) && (!end || `${year}-01-01` < end.on);
}

/** The department that carries its work on today: its successor's successor, and so on. */
export function presentSuccessor(index: Index, id: string): string | undefined {
  const seen = new Set<string>([id]);
  let at = index.departments.get(id)?.department;
  let successor: string | undefined;
  for (let end = at && endOf(at); end?.successor; end = at && endOf(at)) {
    if (seen.has(end.successor)) break;
    seen.add(end.successor);
    successor = end.successor;
    at = index.departments.get(successor)?.department;
  }
  return successor;
}

/** A department as a message names it: 市水利局 (slj); the id alone when unknown. */
export function departmentLabel(index: Index, id: string): string {
  const d = index.departments.get(id)?.department;
  return d ? `${d.name} (${id})` : id;
}

/** The department's name on `date` by id; the id itself for one not in the 一览表. */
export function departmentNameOn(
  index: Index,
  id: string,
  date: string | undefined,
  full = false,
): string {
  const d = index.departments.get(id)?.department;
  if (!d) return id;
  const n = nameOn(d, date);
  return full ? (n.full_name ?? n.name) : n.name;
}

/**
 * New work on a department that had ceased is refused, its successor named (README
 * "Departments change"): a topic proposed, an activity recorded, a report issued on `on`;
 * with `year`, a topic of a plan year that began after it ceased.
 */
export function refuseCeased(
  index: Index,
  ids: readonly string[],
  on: string,
  what: "topic" | "activity" | "report",
  year?: number,
): void {
  const by = year === undefined ? on : `${year}-01-01`;
  for (const id of ids) {
    const d = index.departments.get(id)?.department;
    const end = d && endOf(d);
    if (!d || !end || by < end.on) continue;
    const successor = presentSuccessor(index, id);
    const s = successor ? index.departments.get(successor)?.department : undefined;
    const ended = end.on;
    throw new DataError(
      year === undefined
        ? msg("dept.refused", { department: d.name, id, ended, what, on })
        : msg("dept.refused-year", { department: d.name, id, ended, year: String(year) }),
      [
        s
          ? msg("dept.refused.successor", { name: s.name, id: s.id })
          : msg("dept.refused.none", {}),
      ],
    );
  }
}
