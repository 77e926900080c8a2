import type { Msg } from "./diagnostics.js";
import type { Activity } from "./schemas/activity.js";
import type { Committee } from "./schemas/committee.js";
import type { Report } from "./schemas/report.js";
import type { Topic } from "./schemas/topic.js";

/**
 * What a write command changes, as the domain decides it (docs/architecture.md "Writing").
 * The domain returns a patch, or throws a refusal (a DataError or UsageError); the store
 * turns the patch into file texts and writes them on the one write path.
 */

export type Scalar = string | number | boolean;
export type Value =
  | Scalar
  | Scalar[]
  | { [k: string]: Value | undefined }
  | { [k: string]: Value | undefined }[];

/**
 * A record to create: the store names its file from the kind, the year and the id (a
 * committee by its code), and may put a comment line above it.
 */
export type NewRecord = (
  | { kind: "topic"; year: number; record: Topic }
  | { kind: "activity"; year: number; record: Activity }
  | { kind: "report"; year: number; record: Report }
  | { kind: "committee"; year?: undefined; record: Committee }
) & { comment?: string };

/** The kinds of records a patch edits in place (a calendar gets dates appended). */
export type RecordKind = NewRecord["kind"] | "calendar";

/** One change to an existing record: set the value at a path, or add an item to a list. */
export type FieldEdit = { set: string[]; value: Value } | { append: string[]; item: Value };

/** Changes to one existing record, made in place (every other byte kept). */
export interface RecordEdit {
  kind: RecordKind;
  /** The record's file, relative to the data directory. */
  file: string;
  edits: FieldEdit[];
}

/** A text replaced in a file beside a record (the .md body), if the file has it. */
export interface TextFill {
  file: string;
  find: string;
  replace: string;
}

/** Something to tell the clerk once the write has succeeded (never before). */
export interface Notice {
  message: Msg;
  hints: Msg[];
}

export interface Patch {
  create: NewRecord[];
  edit: RecordEdit[];
  fill: TextFill[];
  /** Whole texts made by the command: a report's .md body, committees imported. */
  texts: { file: string; text: string | Uint8Array; create: boolean }[];
  /** The commit message: the command and the record id, e.g. `topic confirm 2027-jj-03: 关于…`. */
  message: string;
  notices: Notice[];
}

/** A patch with only `parts` given; the rest empty. */
export function patch(parts: Partial<Patch> & { message: string }): Patch {
  return { create: [], edit: [], fill: [], texts: [], notices: [], ...parts };
}

/** Where a record of a kind is kept: its folder and year (README "The data directory"). */
export function recordPath(
  kind: RecordKind,
  year: number | string | undefined,
  id: string,
): string {
  if (kind === "committee") return `committees/${id}.yaml`;
  if (kind === "calendar") return `calendar/${id}.yaml`;
  const folder = kind === "topic" ? "topics" : kind === "activity" ? "activities" : "reports";
  return `${folder}/${year}/${id}.yaml`;
}

/** The id a new record is filed under. */
export function idOf(c: NewRecord): string {
  return c.kind === "committee" ? c.record.code : c.record.id;
}
