import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import jsYaml from "js-yaml";
import type * as z from "zod";
import type { Dataset } from "../domain/dataset.js";
import { msg } from "../domain/diagnostics.js";
import { activitySchema } from "../domain/schemas/activity.js";
import { committeeSchema, department } from "../domain/schemas/committee.js";
import { reportSchema } from "../domain/schemas/report.js";
import { type ReviewRecord, reviewRecordSchema } from "../domain/schemas/review.js";
import { topicSchema } from "../domain/schemas/topic.js";
import { DataError, EnvError } from "../errors.js";
import type { EditOptions } from "./edit.js";
import { readKept } from "./kept.js";

/**
 * The names of the files in a record folder (without `.yaml`), read or not; for reports
 * also the names of bodies and documents left without their record (a discarded draft's
 * .md): a new report never takes an id whose body is still there.
 */
export function recordNames(dir: string, folder: string, year: number | string): string[] {
  const ext = folder === "reports" ? /\.(yaml|md|docx)$/ : /\.yaml$/;
  try {
    return readdirSync(path.join(dir, folder, String(year)))
      .filter((n) => ext.test(n) && !n.startsWith("."))
      .map((n) => n.replace(ext, ""));
  } catch {
    return [];
  }
}

/** The text of a file as it is on disk, BOM and line endings included, for in-place edits. */
export function readRecordText(dir: string, file: string): string {
  const text = readKept(dir, file);
  if (text === undefined) throw new EnvError(msg("read.failed", { file, detail: "ENOENT" }));
  return text;
}

function shapeKeys(schema: z.ZodType): string[] {
  return Object.keys((schema as unknown as { shape: Record<string, unknown> }).shape);
}

/**
 * Canonical key order and layout of each record kind: the order of docs/data-format.md.
 * The order is asked of the schema when a record is written (the schemas are built on
 * first use: `lazyModules` in scripts/build.mjs).
 */
export const TOPIC_LAYOUT: EditOptions & { order: string[] } = {
  get order() {
    return shapeKeys(topicSchema);
  },
  keyOrder: (p) => (p.length === 0 ? shapeKeys(topicSchema) : []),
};
export const ACTIVITY_LAYOUT: EditOptions & { order: string[] } = {
  get order() {
    return shapeKeys(activitySchema);
  },
  keyOrder: (p) => (p.length === 0 ? shapeKeys(activitySchema) : []),
  flowMaps: new Set(["documents"]),
};
export const COMMITTEE_LAYOUT: EditOptions & { order: string[] } = {
  get order() {
    return shapeKeys(committeeSchema);
  },
  keyOrder: (p) =>
    p.length === 0
      ? shapeKeys(committeeSchema)
      : p.length === 2 && p[0] === "departments"
        ? shapeKeys(department)
        : [],
  flowMaps: new Set(["liaison", "history"]),
};
export const REPORT_LAYOUT: EditOptions & { order: string[] } = {
  get order() {
    return shapeKeys(reportSchema);
  },
  keyOrder: (p) =>
    p.length === 0
      ? shapeKeys(reportSchema)
      : p[0] === "replies"
        ? ["received_on", "doc_no", "summary", "category", "satisfaction"]
        : p[0] === "reply_due_basis"
          ? ["rule", "calendars", "computed", "moved"]
          : [],
  flowMaps: new Set(["extensions", "chases", "satisfaction", "moved"]),
};

/**
 * The ids of a kind and year that a new record must not take: the files in its folder
 * (read or not) and the ids of the records loaded.
 */
export function takenIds(
  loaded: { dir: string; ds: Dataset },
  kind: "topic" | "activity" | "report",
  year: number | string,
): string[] {
  const folder = kind === "topic" ? "topics" : kind === "activity" ? "activities" : "reports";
  const records =
    kind === "topic"
      ? loaded.ds.topics
      : kind === "activity"
        ? loaded.ds.activities
        : loaded.ds.reports;
  return [...recordNames(loaded.dir, folder, year), ...records.map((r) => r.value.id)];
}

/** Where `init` puts the JSON Schemas of the record kinds, for editors (README "Editors"). */
export const SCHEMAS_FOLDER = "schemas";

/**
 * The first line of a record the tool creates, when the data directory holds the JSON
 * Schemas: VS Code (with the YAML extension) then completes and checks the fields as the
 * clerk types. The path is relative, so it holds in every clone.
 */
export function schemaModeline(dir: string, kind: string, file: string): string {
  const schema = `${SCHEMAS_FOLDER}/${kind}.schema.json`;
  if (!existsSync(path.join(dir, ...schema.split("/")))) return "";
  const up = "../".repeat(file.split("/").length - 1);
  return `# yaml-language-server: $schema=${up}${schema}\n`;
}

/**
 * A report's drafted body (the .md beside its record), when it has one: never read
 * through a link, nor from a FIFO or device (exit 3 naming it, docs/reliability.md "Reliability").
 */
export function readBody(dir: string, id: string): { file: string; text: string } | undefined {
  const file = `reports/${id.slice(0, 4)}/${id}.md`;
  const text = readKept(dir, file);
  return text === undefined ? undefined : { file, text };
}

/** The issued document (.docx) of a report is kept beside its record. */
export function documentKept(dir: string, id: string): boolean {
  return existsSync(path.join(dir, "reports", id.slice(0, 4), `${id}.docx`));
}

/**
 * The year's 通报 as kept (docs/review.md "Its life"): `reviews/<year>.yaml` checked against
 * its schema, and the body `reviews/<year>.md`; each undefined while not there. A record
 * that cannot be read is refused by name (exit 1), never taken for none.
 */
export function readReview(
  dir: string,
  year: number,
): { record?: ReviewRecord; body?: { file: string; text: string } } {
  const file = `reviews/${year}.yaml`;
  const text = readKept(dir, file);
  const bodyText = readKept(dir, `reviews/${year}.md`);
  const body = bodyText === undefined ? undefined : { file: `reviews/${year}.md`, text: bodyText };
  if (text === undefined) return { body };
  let data: unknown;
  try {
    data = jsYaml.load(text.replace(/^\uFEFF/, ""), { schema: jsYaml.CORE_SCHEMA });
  } catch (e) {
    throw new DataError(msg("review.bad-record", { file, problem: (e as Error).message }));
  }
  const parsed = reviewRecordSchema.safeParse(data);
  if (!parsed.success || parsed.data.year !== year)
    throw new DataError(
      msg("review.bad-record", {
        file,
        problem: parsed.success
          ? `year: ${parsed.data.year}`
          : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
      }),
    );
  return { record: parsed.data, body };
}

/** The 文号 of every issued 通报 kept, for the next free one. */
export function reviewNumbers(dir: string): string[] {
  let names: string[] = [];
  try {
    names = readdirSync(path.join(dir, "reviews")).filter((n) => /^\d{4}\.yaml$/.test(n));
  } catch {
    return [];
  }
  return names.flatMap((n) => {
    try {
      const r = readReview(dir, Number(n.slice(0, 4))).record;
      return r?.doc_no ? [r.doc_no] : [];
    } catch {
      return [];
    }
  });
}
