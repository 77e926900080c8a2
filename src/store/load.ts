import type { Dirent } from "node:fs";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import type { Dataset, Source } from "../domain/dataset.js";
import { emptyDataset } from "../domain/dataset.js";
import type { Diagnostic } from "../domain/diagnostics.js";
import { msg, sortDiagnostics } from "../domain/diagnostics.js";
import { DOC_NO_PLACEHOLDER, REPLY_DUE_PLACEHOLDER } from "../domain/placeholders.js";
import { isThere, list } from "./dataset-build.js";
import { MAX_FILE_BYTES, SETTINGS_FILE } from "./find.js";
import { readPlain } from "./kept.js";
import { ParseCache } from "./parse-cache.js";
import { fileProblem, isLinkPath, kindOf, type LoadResult, Reader, Texts } from "./reader.js";

export type { LoadResult } from "./reader.js";
export { MAX_FILE_BYTES };

const YEAR_DIR = /^\d{4}$/;

/** The folders beyond xieshang.yaml and committees/ that a command may need. */
export type Part = "topics" | "activities" | "reports" | "calendar";
export const ALL_PARTS: readonly Part[] = ["topics", "activities", "reports", "calendar"];

let youngGenerationKept = false;

/**
 * Keeps V8's young generation at its first size (a semi-space of 1 MB) instead of letting
 * it grow to 16 MB, once a reading of record folders begins. The records a reading makes
 * live to the end of the command, so a larger young generation only copies them later;
 * and on the virtual machines we measured, the first touch of each page of memory costs
 * about 3 ms a MB: `validate` of a city's ten years ran 15 % faster and 25 MB smaller
 * (docs/architecture.md "Start-up"). The flag is read at each growth of the young
 * generation, so setting it now takes effect; node:v8 is loaded here (about 1 ms), not
 * at start. V8 takes a code cache only under the flags it was made under: the shim
 * (bin/xieshang.js) puts this one back to its default, 2, before it makes one.
 */
function keepYoungGenerationSmall(): void {
  if (youngGenerationKept) return;
  youngGenerationKept = true;
  try {
    setFlagsFromString("--semi-space-growth-factor=1");
  } catch {
    // a runtime without the flag: the default sizing, no less right
  }
}

/** Reads the data directory: every record through its schema; never throws on bad data. */
export function loadDataDir(
  dir: string,
  parts: readonly Part[] = ALL_PARTS,
  env: Record<string, string | undefined> = process.env,
): LoadResult {
  const want = new Set<Part>(parts);
  if (want.has("topics") || want.has("activities") || want.has("reports"))
    keepYoungGenerationSmall();
  const res: LoadResult = { dir, ds: emptyDataset(), problems: [], texts: new Texts(), files: 0 };
  const cache = ParseCache.open(dir, env);
  const reader = new Reader(res, cache);
  const rel = (abs: string) => path.relative(dir, abs).split(path.sep).join("/");
  const isRecordFile = (e: Dirent) => e.isFile() || e.isSymbolicLink();

  const settingsPath = path.join(dir, SETTINGS_FILE);
  reader.fromDisk(settingsPath, SETTINGS_FILE, isLinkPath(settingsPath));

  // a record folder that is a link is named, never read through (docs/reliability.md "Reliability")
  const top = (folder: string): Dirent[] => {
    const abs = path.join(dir, folder);
    if (!isLinkPath(abs)) return list(abs);
    res.files++;
    res.problems.push(
      fileProblem(folder, 1, 1, msg("file.symlink", {}), msg("file.symlink.hint", {})),
    );
    return [];
  };

  for (const e of top("committees")) {
    const abs = path.join(dir, "committees", e.name);
    const file = `committees/${e.name}`;
    if (!isRecordFile(e) || !e.name.endsWith(".yaml")) reader.unexpected(file, "<code>.yaml");
    else reader.fromDisk(abs, file, e.isSymbolicLink());
  }

  // the bodies (.md) and issued documents (.docx) beside the report records
  const beside = new Set<string>();
  const yearFolders = (folder: string) => {
    const base = path.join(dir, folder);
    const expected = folder === "reports" ? "<id>.yaml, <id>.md, <id>.docx" : "<id>.yaml";
    for (const y of top(folder)) {
      const yAbs = path.join(base, y.name);
      if (!y.isDirectory() || !YEAR_DIR.test(y.name)) {
        reader.unexpected(rel(yAbs), "<year>/<id>.yaml");
        continue;
      }
      // names joined by hand: thousands of files, and path.join/relative normalise each
      const prefix = `${folder}/${y.name}/`;
      const absPrefix = yAbs + path.sep;
      for (const e of list(yAbs)) {
        // the body, and the issued document kept beside the record
        if (folder === "reports" && /\.(md|docx)$/.test(e.name) && e.isFile()) {
          beside.add(prefix + e.name);
          continue;
        }
        const file = prefix + e.name;
        if (!isRecordFile(e) || !e.name.endsWith(".yaml")) reader.unexpected(file, expected);
        else reader.fromDisk(absPrefix + e.name, file, e.isSymbolicLink());
      }
    }
  };
  for (const part of ["topics", "activities", "reports"] as const) {
    if (want.has(part)) yearFolders(part);
  }

  if (want.has("reports")) lookBeside(res, beside);
  if (isThere(path.join(dir, JOURNAL_FILE))) res.problems.push(interruptedWrite(dir));

  if (want.has("calendar")) {
    for (const e of top("calendar")) {
      const abs = path.join(dir, "calendar", e.name);
      if (!isRecordFile(e) || !/^\d{4}\.yaml$/.test(e.name))
        reader.unexpected(rel(abs), "<year>.yaml");
      else reader.fromDisk(abs, rel(abs), e.isSymbolicLink());
    }
  }
  cache.save(new Set<string>(parts));
  return res;
}

/** The journal of a write of several files that has not finished (docs/reliability.md "Reliability"). */
export const JOURNAL_FILE = ".xieshang.journal";

function interruptedWrite(dir: string): Diagnostic {
  let message = "?";
  try {
    message = String(JSON.parse(readPlain(path.join(dir, JOURNAL_FILE)) ?? "").message);
  } catch {
    // garbled: cut short while it was written, before any file was placed
  }
  return fileProblem(
    JOURNAL_FILE,
    1,
    1,
    msg("file.interrupted-write", { message }),
    msg("file.interrupted-write.hint", {}),
  );
}

/**
 * Rule `issued-body`'s facts: for each issued report with a drafted body, whether its
 * .docx is kept and — only when it is not — whether the body still holds the issue-time
 * placeholders. A body without a record beside it is named (a draft discarded by half).
 */
function lookBeside(res: LoadResult, beside: Set<string>) {
  const bodies = new Map<string, { docx: boolean; pending: boolean }>();
  const records = new Set<string>();
  for (const r of res.ds.reports) {
    records.add(r.src.file);
    if (r.value.status !== "issued") continue;
    const base = r.src.file.slice(0, -5);
    if (!beside.has(`${base}.md`)) continue;
    const docx = beside.has(`${base}.docx`);
    let pending = false;
    if (!docx) {
      const text = readPlain(path.join(res.dir, ...`${base}.md`.split("/")));
      pending =
        text !== undefined &&
        (text.includes(DOC_NO_PLACEHOLDER) || text.includes(REPLY_DUE_PLACEHOLDER));
    }
    bodies.set(r.src.file, { docx, pending });
  }
  res.ds.bodies = bodies;
  const unread = new Set(res.problems.map((p) => p.file));
  for (const f of beside) {
    const yaml = f.replace(/\.(md|docx)$/, ".yaml");
    if (records.has(yaml) || unread.has(yaml)) continue;
    res.problems.push({
      severity: "warning",
      rule: "file",
      file: f,
      line: 1,
      column: 1,
      message: msg("file.orphan-body", { record: yaml }),
      hint: msg("file.orphan-body.hint", {}),
    });
  }
}

/**
 * The files a reading left out, one problem each (the first, by line): every file that
 * could not be read as a record, or whose record failed its schema. Several readings of
 * one command are merged (docs/reliability.md "Reading: nothing hidden").
 */
export function skippedFiles(results: readonly LoadResult[]): Diagnostic[] {
  const first = new Map<string, Diagnostic>();
  for (const res of results) {
    for (const d of res.problems) {
      // a dot-file (an interrupted write's journal) is no record left out
      if (d.severity !== "error" || d.file.startsWith(".")) continue;
      const had = first.get(d.file);
      if (!had || d.line < had.line) first.set(d.file, d);
    }
  }
  return sortDiagnostics([...first.values()]);
}

/**
 * The dataset as it would be after writing `changes` (path → new text): the records of
 * the other files are reused as loaded, so checking a write costs one file, not all.
 */
export function withChanges(base: LoadResult, changes: ReadonlyMap<string, string>): LoadResult {
  const keep = <T extends { src: Source }>(list: T[]) =>
    list.filter((r) => !changes.has(r.src.file));
  const ds: Dataset = {
    settings:
      base.ds.settings && !changes.has(base.ds.settings.src.file) ? base.ds.settings : undefined,
    committees: keep(base.ds.committees),
    topics: keep(base.ds.topics),
    activities: keep(base.ds.activities),
    reports: keep(base.ds.reports),
    calendars: new Map([...base.ds.calendars].filter(([, r]) => !changes.has(r.src.file))),
    bodies: base.ds.bodies,
    broken: {
      committees: new Set(base.ds.broken.committees),
      departments: new Set(base.ds.broken.departments),
      topics: new Set(base.ds.broken.topics),
      people: new Set(base.ds.broken.people),
      reports: new Set(base.ds.broken.reports),
    },
  };
  const res: LoadResult = {
    dir: base.dir,
    ds,
    problems: base.problems.filter((p) => !changes.has(p.file)),
    texts: base.texts instanceof Texts ? base.texts.copy() : new Map(base.texts),
    files: base.files,
  };
  const reader = new Reader(res);
  for (const [file, text] of changes) {
    if (!base.texts.has(file) && kindOf(file)) res.files++;
    reader.fromText(file, text.startsWith("\uFEFF") ? text.slice(1) : text);
  }
  return res;
}
