import { nextActivityId, nextReportId, nextTopicId } from "./ids.js";

/**
 * Two clerks, one committee (README "Working as a team of clerks"): each numbered a new
 * record the next free id of the committee and year, so after a merge git finds the same
 * file added on both sides. The record that came from the remote keeps its id — it is
 * already shared, others may refer to it — and ours, not yet pushed, takes the next free
 * id; our references to it follow. Decided here from what git holds; the command writes.
 */

export type Folder = "topics" | "activities" | "reports";

/** A file git left in conflict, with the record each side holds (parsed), if any. */
export interface Conflict {
  /** Path relative to the data directory, e.g. topics/2027/2027-jj-01.yaml. */
  file: string;
  /** Whether the merge base had the file: then both sides edited one existing record. */
  inBase: boolean;
  ours: Record<string, unknown> | undefined;
  theirs: Record<string, unknown> | undefined;
}

export interface Rename {
  folder: Folder;
  from: string;
  to: string;
  /** The files: the record, and a report's .md body beside it. */
  fromFile: string;
  toFile: string;
}

/** A reference of ours to rewrite: `field` of the record in `file`, `from` → `to`. */
export interface Rewrite {
  file: string;
  field: "topic";
  from: string;
  to: string;
}

export interface Resolution {
  renames: Rename[];
  rewrites: Rewrite[];
  /** Conflicts this cannot decide, left as they are: both sides edited one record. */
  undecided: { file: string; why: "both-edited" | "not-a-record" | "same-record" }[];
}

const RECORD = /^(topics|activities|reports)\/(\d{4})\/([^/]+)\.yaml$/;

/**
 * The resolution of a merge's conflicts. `taken` are the ids (file names) of each folder
 * and year after the merge, read or not; `ourRecords` the records our side added or
 * changed since the merge base that were merged cleanly, with their references.
 */
export function planResolution(
  conflicts: Conflict[],
  taken: (folder: Folder, year: string) => string[],
  ourRecords: { file: string; topic?: string }[],
): Resolution {
  const renames: Rename[] = [];
  const undecided: Resolution["undecided"] = [];
  const claimed = new Map<string, string[]>(); // ids given out by this resolution
  const take = (folder: Folder, year: string) => {
    const key = `${folder}/${year}`;
    return [...taken(folder, year), ...(claimed.get(key) ?? [])];
  };
  for (const c of [...conflicts].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    const m = RECORD.exec(c.file);
    if (c.file.endsWith(".md") && /^reports\//.test(c.file)) continue; // follows its record
    if (!m || !c.ours || !c.theirs) {
      undecided.push({ file: c.file, why: "not-a-record" });
      continue;
    }
    if (c.inBase) {
      undecided.push({ file: c.file, why: "both-edited" });
      continue;
    }
    if (JSON.stringify(c.ours) === JSON.stringify(c.theirs)) {
      undecided.push({ file: c.file, why: "same-record" });
      continue;
    }
    const folder = m[1] as Folder;
    const year = m[2]!;
    const from = m[3]!;
    const committee = String(c.ours.committee ?? "");
    const existing = take(folder, year);
    const to =
      folder === "topics"
        ? nextTopicId(existing, Number(year), committee)
        : folder === "reports"
          ? nextReportId(existing, Number(year), committee)
          : nextActivityId(existing, String(c.ours.date ?? ""), committee);
    claimed.set(`${folder}/${year}`, [...(claimed.get(`${folder}/${year}`) ?? []), to]);
    renames.push({ folder, from, to, fromFile: c.file, toFile: `${folder}/${year}/${to}.yaml` });
  }
  // our records that named a renamed topic now name its new id — theirs still name theirs
  const topicRenames = new Map(
    renames.filter((r) => r.folder === "topics").map((r) => [r.from, r.to] as const),
  );
  const rewrites: Rewrite[] = [];
  for (const r of ourRecords) {
    const to = r.topic ? topicRenames.get(r.topic) : undefined;
    if (r.topic && to) rewrites.push({ file: r.file, field: "topic", from: r.topic, to });
  }
  for (const c of conflicts) {
    const renamed = renames.find((r) => r.fromFile === c.file);
    const topic = typeof c.ours?.topic === "string" ? c.ours.topic : undefined;
    const to = topic ? topicRenames.get(topic) : undefined;
    if (renamed && topic && to)
      rewrites.push({ file: renamed.toFile, field: "topic", from: topic, to });
  }
  return { renames, rewrites, undecided };
}
