import { isUtf8 } from "node:buffer";
import {
  closeSync,
  type Dirent,
  constants as fsConstants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
} from "node:fs";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { isMap, isScalar, visit } from "yaml";
import type { Dataset, Rec, Source } from "../domain/dataset.js";
import { emptyDataset } from "../domain/dataset.js";
import type { Diagnostic, Msg } from "../domain/diagnostics.js";
import { msg, sortDiagnostics } from "../domain/diagnostics.js";
import { DOC_NO_PLACEHOLDER, REPLY_DUE_PLACEHOLDER } from "../domain/placeholders.js";
import { type Kind, RECORD_KINDS } from "../domain/schemas/index.js";
import { schemaDiagnostics } from "../domain/schemas/issues.js";
import { EnvError } from "../errors.js";
import { MAX_FILE_BYTES, SETTINGS_FILE } from "./find.js";

export { MAX_FILE_BYTES };

import { makeSource } from "./locate.js";
import { type FileStat, ParseCache } from "./parse-cache.js";
import { readPlainBytes } from "./plain.js";
import { fastParse, MAX_ALIASES, parseFull } from "./yaml.js";

/** Keys that could reach an object's prototype if copied naively. */
const ODD_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export interface LoadResult {
  dir: string;
  ds: Dataset;
  /** Problems found while reading: rule `file` and rule `schema`. */
  problems: Diagnostic[];
  /** The text of every file read, for code frames (read when asked, for a file the cache spared). */
  texts: Map<string, string>;
  /** How many files were looked at. */
  files: number;
}

const YEAR_DIR = /^\d{4}$/;

/** The folders beyond xieshang.yaml and committees/ that a command may need. */
export type Part = "topics" | "activities" | "reports" | "calendar";
export const ALL_PARTS: readonly Part[] = ["topics", "activities", "reports", "calendar"];

/** Something is at the path, a link or a FIFO too (never followed, never opened). */
function isThere(abs: string): boolean {
  try {
    lstatSync(abs);
    return true;
  } catch {
    return false;
  }
}

function isLinkPath(abs: string): boolean {
  try {
    return lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * The texts of the files a reading looked at: a file the parse cache spared from reading
 * is read when its text is first asked for (a code frame, a position).
 */
class Texts extends Map<string, string> {
  private readonly unread = new Map<string, string>();

  later(file: string, abs: string): void {
    this.unread.set(file, abs);
  }

  override get(file: string): string | undefined {
    const text = super.get(file);
    if (text !== undefined) return text;
    const abs = this.unread.get(file);
    if (abs === undefined) return undefined;
    try {
      const read = utf8.decode(readFileSync(abs));
      this.set(file, read);
      return read;
    } catch {
      return undefined;
    }
  }

  override has(file: string): boolean {
    return super.has(file) || this.unread.has(file);
  }

  copy(): Texts {
    const c = new Texts(this);
    for (const [f, abs] of this.unread) c.unread.set(f, abs);
    return c;
  }
}

/** Positions for a file read by the fast path: the full parse happens only when asked. */
function lazySource(file: string, text: string | (() => string)): Source {
  let src: Source | undefined;
  return {
    file,
    at(path, mode) {
      if (!src) {
        const { doc, lineCounter } = parseFull(typeof text === "string" ? text : text());
        src = makeSource(file, doc, lineCounter);
      }
      return src.at(path, mode);
    },
  };
}

function fileProblem(
  file: string,
  line: number,
  column: number,
  message: Msg,
  hint?: Msg,
): Diagnostic {
  const d: Diagnostic = { severity: "error", rule: "file", file, line, column, message };
  if (hint) d.hint = hint;
  return d;
}

function humanSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MiB`
    : `${Math.ceil(bytes / 1024)} KiB`;
}

/** Offset of the first byte that breaks UTF-8, to name the line a clerk must look at. */
function firstBadUtf8(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    const n =
      b < 0x80
        ? 1
        : b >= 0xc2 && b <= 0xdf
          ? 2
          : b >= 0xe0 && b <= 0xef
            ? 3
            : b >= 0xf0 && b <= 0xf4
              ? 4
              : 0;
    if (n === 0 || i + n > buf.length || !isUtf8(buf.subarray(i, i + n))) return i;
    i += n;
  }
  return buf.length;
}

function lineAt(buf: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (buf[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

function looksLikeGbk(buf: Buffer): boolean {
  try {
    new TextDecoder("gbk", { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

const utf8 = new TextDecoder("utf-8");

/** The record kind a data-directory path holds, from its folder. */
export function kindOf(file: string): Kind | undefined {
  if (file === SETTINGS_FILE) return "settings";
  const top = file.split("/")[0];
  switch (top) {
    case "committees":
      return "committee";
    case "topics":
      return "topic";
    case "activities":
      return "activity";
    case "reports":
      return file.endsWith(".yaml") ? "report" : undefined;
    case "calendar":
      return "calendar";
    default:
      return undefined;
  }
}

/**
 * Reading one record, step by step: bytes → text → YAML → schema. Each step reports its
 * problems into `res` and stops; a record that fails still leaves the ids it would have
 * defined in `broken`, so that one bad file gives one error, not a cascade.
 */
class Reader {
  constructor(
    readonly res: LoadResult,
    private readonly cache?: ParseCache,
  ) {}

  /** From a file on disk: links are refused and large files not read at all. */
  fromDisk(abs: string, file: string, isLink: boolean): void {
    this.res.files++;
    if (isLink) {
      this.fail(file, 1, 1, msg("file.symlink", {}), msg("file.symlink.hint", {}));
      return;
    }
    const kind = kindOf(file);
    let st: FileStat | undefined;
    if (this.cache && kind) {
      // unchanged since the cache saw it (size, mtime, ctime, inode): not even read
      try {
        st = statSync(abs);
      } catch {
        st = undefined;
      }
      const known = st ? this.cache.byStat(file, st) : undefined;
      if (known !== undefined) {
        const texts = this.res.texts as Texts;
        texts.later(file, abs);
        const text = () => texts.get(file) ?? "";
        addRecord(this.res.ds, kind, file, { value: known, src: lazySource(file, text) });
        return;
      }
    }
    let buf: Buffer;
    let fd: number | undefined;
    try {
      // never blocking on a FIFO or device put where a record belongs
      fd = openSync(abs, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
      const fst = fstatSync(fd);
      st = fst;
      if (!fst.isFile()) {
        this.fail(file, 1, 1, msg("file.unreadable", { detail: "not a regular file" }));
        return;
      }
      const size = fst.size;
      if (size > MAX_FILE_BYTES) {
        const m = msg("file.too-large", { size: humanSize(size) });
        this.fail(file, 1, 1, m, msg("file.too-large.hint", {}));
        return;
      }
      buf = readFileSync(fd);
    } catch (e) {
      this.fail(file, 1, 1, msg("file.unreadable", { detail: (e as Error).message }));
      return;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    if (!this.cache || !kind || !st) {
      this.fromBytes(file, buf);
      return;
    }
    // the same bytes were validated before: their record, without parsing them again
    const hash = ParseCache.hash(buf);
    const cached = this.cache.get(file, hash, st);
    if (cached !== undefined) {
      const text = utf8.decode(buf);
      this.res.texts.set(file, text);
      addRecord(this.res.ds, kind, file, { value: cached, src: lazySource(file, text) });
      return;
    }
    this.added = undefined;
    this.fromBytes(file, buf);
    if (this.added !== undefined) this.cache.put(file, hash, this.added, st);
  }

  /** The value of the record the last file gave, when it gave one without a problem. */
  private added: unknown;

  /** Strict UTF-8 (a BOM is dropped); anything else names the first bad line and GBK. */
  fromBytes(file: string, buf: Buffer): void {
    if (!isUtf8(buf)) {
      const { line, column } = lineAt(buf, firstBadUtf8(buf));
      const guess = looksLikeGbk(buf) ? "GBK / GB18030" : "";
      this.salvage(file, utf8.decode(buf));
      this.res.problems.push(
        fileProblem(
          file,
          line,
          column,
          msg("file.not-utf8", { guess }),
          msg("file.not-utf8.hint", { file }),
        ),
      );
      return;
    }
    this.fromText(file, utf8.decode(buf));
  }

  fromText(file: string, text: string): void {
    const kind = kindOf(file);
    if (!kind) return;
    this.res.texts.set(file, text);
    const got = this.parseYaml(file, text);
    if (!got) {
      this.salvage(file, text);
      return;
    }
    const { schema } = RECORD_KINDS[kind];
    const r = schema.safeParse(got.raw);
    if (!r.success) {
      this.res.problems.push(...schemaDiagnostics(r.error.issues, got.raw, got.src, schema));
      markBroken(this.res.ds, kind, got.raw);
      return;
    }
    addRecord(this.res.ds, kind, file, { value: r.data, src: got.src });
    this.added = r.data;
  }

  private parseYaml(file: string, text: string): { raw: unknown; src: Source } | undefined {
    const conflict = /^(?:<{7}(?: |$)|={7}$|>{7}(?: |$))/m.exec(text);
    if (conflict) {
      const line = text.slice(0, conflict.index).split("\n").length;
      const hint = msg("file.merge-conflict.hint", {});
      this.res.problems.push(fileProblem(file, line, 1, msg("file.merge-conflict", {}), hint));
      return undefined;
    }
    const fast = fastParse(text);
    if (fast !== undefined) return { raw: fast, src: lazySource(file, text) };
    const { doc, lineCounter } = parseFull(text);
    if (doc.errors.length > 0) {
      // a key written with a full-width colon (title： …) is the usual cause: say so
      const wide = /^[ \t]*[A-Za-z_][\w-]*[ \t]*：/m.exec(text);
      if (wide) {
        const line = text.slice(0, wide.index).split("\n").length;
        const column = wide[0].indexOf("：") + 1;
        this.res.problems.push(
          fileProblem(
            file,
            line,
            column,
            msg("file.fullwidth-colon", {}),
            msg("file.fullwidth-colon.hint", {}),
          ),
        );
        return undefined;
      }
      for (const err of doc.errors.slice(0, 3)) {
        const lp = lineCounter.linePos(err.pos[0]);
        const m = msg("file.yaml-syntax", { code: err.code, detail: err.message.split("\n")[0]! });
        this.res.problems.push(
          fileProblem(file, lp.line, lp.col, m, msg("file.yaml-syntax.hint", {})),
        );
      }
      return undefined;
    }
    if (!isMap(doc.contents)) {
      this.res.problems.push(fileProblem(file, 1, 1, msg("file.not-mapping", {})));
      return undefined;
    }
    // Keys such as __proto__ are refused where they stand, and never reach an object.
    let odd = false;
    let firstAlias: number | undefined;
    visit(doc, {
      Pair: (_, pair) => {
        if (!isScalar(pair.key) || !ODD_KEYS.has(String(pair.key.value))) return undefined;
        odd = true;
        const lp = lineCounter.linePos(pair.key.range?.[0] ?? 0);
        this.res.problems.push({
          severity: "error",
          rule: "schema",
          file,
          line: lp.line,
          column: lp.col,
          message: msg("schema.odd-key", { key: String(pair.key.value) }),
        });
        return visit.REMOVE;
      },
      Alias: (_, node) => {
        if (firstAlias === undefined) firstAlias = node.range?.[0];
        return undefined;
      },
    });
    let raw: unknown;
    try {
      raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch {
      const lp = firstAlias !== undefined ? lineCounter.linePos(firstAlias) : { line: 1, col: 1 };
      this.res.problems.push(fileProblem(file, lp.line, lp.col, msg("file.alias-bomb", {})));
      return undefined;
    }
    return odd ? undefined : { raw, src: makeSource(file, doc, lineCounter) };
  }

  fail(file: string, line: number, column: number, m: Msg, hint?: Msg): void {
    this.res.problems.push(fileProblem(file, line, column, m, hint));
    this.salvage(file, undefined);
  }

  private salvage(file: string, text: string | undefined) {
    const kind = kindOf(file);
    if (kind) markBroken(this.res.ds, kind, salvage(file, text));
  }

  unexpected(file: string, expected: string) {
    this.res.files++;
    const hint = msg("file.unexpected.hint", { expected });
    this.res.problems.push(fileProblem(file, 1, 1, msg("file.unexpected", {}), hint));
  }
}

function addRecord(ds: Dataset, kind: Kind, file: string, rec: Rec<unknown>) {
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

  // a record folder that is a link is named, never read through (README "Reliability")
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

/** The journal of a write of several files that has not finished (README "Reliability"). */
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
 * A file's text, read only when it is a regular file (never through a link, never
 * blocking on a FIFO or device) and not over the size limit; undefined otherwise.
 */
export function readPlain(abs: string): string | undefined {
  const r = openPlain(abs);
  return typeof r === "string" ? r : undefined;
}

/** The text of a regular file, or why it is not read ("link", "not-a-file", "too-large", an errno). */
export function openPlain(abs: string): string | { why: string } {
  const got = readPlainBytes(abs, MAX_FILE_BYTES);
  return Buffer.isBuffer(got) ? got.toString("utf8") : got;
}

/** A file kept in the data directory, read as a plain file; undefined when there is none. */
export function readKept(dir: string, file: string): string | undefined {
  // no folder on the way is a link either (a templates/ linked elsewhere)
  const parts = file.split("/");
  for (let i = 1; i < parts.length; i++) {
    const folder = parts.slice(0, i).join("/");
    if (isLinkPath(path.join(dir, ...parts.slice(0, i))))
      throw new EnvError(msg("read.not-plain", { file: folder }), [msg("read.not-plain.hint", {})]);
  }
  const got = openPlain(path.join(dir, ...parts));
  if (typeof got === "string") return got;
  if (got.why === "ENOENT") return undefined;
  if (got.why === "link" || got.why === "not-a-file")
    throw new EnvError(msg("read.not-plain", { file }), [msg("read.not-plain.hint", {})]);
  throw new EnvError(msg("read.failed", { file, detail: got.why }));
}

/**
 * The files a reading left out, one problem each (the first, by line): every file that
 * could not be read as a record, or whose record failed its schema. Several readings of
 * one command are merged (README "Reading: nothing hidden").
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

/** Sorted entries of a folder, without dot-files (temporary and lock files). */
function list(dir: string): Dirent[] {
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
function salvage(file: string, text: string | undefined): Record<string, unknown> {
  const name = path.posix.basename(file).replace(/\.yaml$/, "");
  const ids = [...(text ?? "").matchAll(/^\s*-?\s*id:\s*([a-z][a-z0-9-]*)\s*$/gm)].map((m) => ({
    id: m[1],
  }));
  return { id: name, code: name, departments: ids, people: ids };
}

/** Remembers the ids a broken record would have defined, to spare cascading errors. */
function markBroken(ds: Dataset, kind: Kind, raw: unknown) {
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
