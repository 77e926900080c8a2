import { type Dirent, lstatSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Dataset, Rec } from "../domain/dataset.js";
import type { Kind } from "../domain/schemas/index.js";

/**
 * Putting read records into the dataset (store/reader.ts reads them): a record where its
 * kind goes, and what a record that could not be read would have defined, so that one bad
 * file gives one error, not a cascade. And the folder listings the reading walks.
 */

/** Something is at the path, a link or a FIFO too (never followed, never opened). */
export function isThere(abs: string): boolean {
  try {
    lstatSync(abs);
    return true;
  } catch {
    return false;
  }
}

/** Sorted entries of a folder, without dot-files (temporary and lock files). */
export function list(dir: string): Dirent[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => !e.name.startsWith("."))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * What an unreadable file would have defined, guessed from its name (= its id) and any
 * `id:` lines in its text, so that its ids do not turn up as unknown elsewhere.
 */
export function salvage(file: string, text: string | undefined): Record<string, unknown> {
  const name = path.posix.basename(file).replace(/\.yaml$/, "");
  const ids = [...(text ?? "").matchAll(/^\s*-?\s*id:\s*([a-z][a-z0-9-]*)\s*$/gm)].map((m) => ({
    id: m[1],
  }));
  return { id: name, code: name, departments: ids, people: ids };
}

/** Remembers the ids a broken record would have defined, to spare cascading errors. */
export function markBroken(ds: Dataset, kind: Kind, raw: unknown) {
  if (raw === null || typeof raw !== "object") return;
  const r = raw as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === "string" ? v : undefined);
  const add = (set: Set<string>, v: unknown) => {
    const s = str(v);
    if (s) set.add(s);
  };
  switch (kind) {
    case "committee":
      add(ds.broken.committees, r.code);
      if (Array.isArray(r.departments)) {
        for (const d of r.departments)
          if (d && typeof d === "object")
            add(ds.broken.departments, (d as Record<string, unknown>).id);
      }
      break;
    case "settings":
      if (Array.isArray(r.people)) {
        for (const p of r.people)
          if (p && typeof p === "object") add(ds.broken.people, (p as Record<string, unknown>).id);
      }
      break;
    case "topic":
      add(ds.broken.topics, r.id);
      break;
    case "report":
      add(ds.broken.reports, r.id);
      break;
    default:
  }
}

export function addRecord(ds: Dataset, kind: Kind, file: string, rec: Rec<unknown>) {
  switch (kind) {
    case "settings":
      ds.settings = rec as Dataset["settings"];
      break;
    case "committee":
      ds.committees.push(rec as Dataset["committees"][number]);
      break;
    case "topic":
      ds.topics.push(rec as Dataset["topics"][number]);
      break;
    case "activity":
      ds.activities.push(rec as Dataset["activities"][number]);
      break;
    case "report":
      ds.reports.push(rec as Dataset["reports"][number]);
      break;
    case "calendar":
      ds.calendars.set(Number(path.posix.basename(file, ".yaml")), rec as Rec<never>);
      break;
  }
}
