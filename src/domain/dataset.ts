import type { Pos } from "./diagnostics.js";
import type { Activity } from "./schemas/activity.js";
import type { Calendar } from "./schemas/calendar.js";
import type { Committee, Department } from "./schemas/committee.js";
import type { Report } from "./schemas/report.js";
import type { Settings } from "./schemas/settings.js";
import type { Topic } from "./schemas/topic.js";

export type PathSeg = string | number;

/** Where a record came from, and how to find the line and column of any of its values. */
export interface Source {
  /** Path relative to the data directory, with forward slashes. */
  file: string;
  /** `key` points at the key of the value at `path`; `value` at the value itself. A path
   * that does not exist points at the nearest existing parent. */
  at(path: readonly PathSeg[], mode?: "key" | "value"): Pos;
}

export interface Rec<T> {
  value: T;
  src: Source;
}

/**
 * Everything read from a data directory. Records that failed their schema are left
 * out, but their ids are remembered in `broken`, so that a typo in one file does not
 * turn into a cascade of "unknown reference" errors in others.
 */
export interface Dataset {
  settings: Rec<Settings> | undefined;
  committees: Rec<Committee>[];
  topics: Rec<Topic>[];
  activities: Rec<Activity>[];
  reports: Rec<Report>[];
  calendars: Map<number, Rec<Calendar>>;
  /**
   * What is beside each issued report that has a drafted body (its .md), by the record's
   * file: whether the issued document (.docx) is kept, and whether the body still holds
   * the placeholders `report issue` fills (rule `issued-body`, Art. 13).
   */
  bodies?: Map<string, { docx: boolean; pending: boolean }>;
  broken: {
    committees: Set<string>;
    departments: Set<string>;
    topics: Set<string>;
    people: Set<string>;
    reports: Set<string>;
  };
}

export function emptyDataset(): Dataset {
  return {
    settings: undefined,
    committees: [],
    topics: [],
    activities: [],
    reports: [],
    calendars: new Map(),
    broken: {
      committees: new Set(),
      departments: new Set(),
      topics: new Set(),
      people: new Set(),
      reports: new Set(),
    },
  };
}

export interface DepartmentEntry {
  department: Department;
  committee: Committee;
  /** Index in the committee's `departments` list, for positions. */
  index: number;
  rec: Rec<Committee>;
}

/** Lookup tables built once per dataset; the first entry wins where ids repeat. */
export interface Index {
  committees: Map<string, Rec<Committee>>;
  departments: Map<string, DepartmentEntry>;
  topics: Map<string, Rec<Topic>>;
  people: Map<string, NonNullable<Settings["people"]>[number]>;
}

const indexes = new WeakMap<Dataset, { index: Index; of: unknown[] }>();

/**
 * The dataset's lookups by code and id, built once per dataset: a dataset is not changed
 * once read (a write makes another), and the index is kept only while the arrays and the
 * settings it was built from are the dataset's own.
 */
export function buildIndex(ds: Dataset): Index {
  const of = [ds.committees, ds.topics, ds.settings, ds.committees.length, ds.topics.length];
  const kept = indexes.get(ds);
  if (kept?.of.every((x, i) => x === of[i])) return kept.index;
  const index = indexOf(ds);
  indexes.set(ds, { index, of });
  return index;
}

function indexOf(ds: Dataset): Index {
  const committees = new Map<string, Rec<Committee>>();
  const departments = new Map<string, DepartmentEntry>();
  for (const rec of ds.committees) {
    if (!committees.has(rec.value.code)) committees.set(rec.value.code, rec);
    rec.value.departments.forEach((department, index) => {
      if (!departments.has(department.id)) {
        departments.set(department.id, { department, committee: rec.value, index, rec });
      }
    });
  }
  const topics = new Map<string, Rec<Topic>>();
  for (const rec of ds.topics) if (!topics.has(rec.value.id)) topics.set(rec.value.id, rec);
  const people = new Map<string, NonNullable<Settings["people"]>[number]>();
  for (const p of ds.settings?.value.people ?? []) if (!people.has(p.id)) people.set(p.id, p);
  return { committees, departments, topics, people };
}

/** Committees in 一览表 order (docs/data-format.md `order`), code as tie-break. */
export function committeesInOrder(ds: Dataset): Rec<Committee>[] {
  return [...ds.committees].sort(
    (a, b) => a.value.order - b.value.order || a.value.code.localeCompare(b.value.code),
  );
}

/** Records sorted by id: ids sort as text (2027-jj-03 < 2027-jj-10, zero-padded). */
export function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Activities in the order they took place (then by id, for the same day). */
export function byDate(a: { date: string; id: string }, b: { date: string; id: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : byId(a, b);
}
