import { isUtf8 } from "node:buffer";
import {
  closeSync,
  constants as fsConstants,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  statSync,
} from "node:fs";
import { isMap, isScalar, visit } from "yaml";
import type { Dataset, Source } from "../domain/dataset.js";
import type { Diagnostic, Msg } from "../domain/diagnostics.js";
import { msg } from "../domain/diagnostics.js";
import { type Kind, RECORD_KINDS } from "../domain/schemas/index.js";
import { schemaDiagnostics } from "../domain/schemas/issues.js";
import { firstBadUtf8, humanSize, lineAt, looksLikeGbk, utf8 } from "./bytes.js";
import { addRecord, markBroken, salvage } from "./dataset-build.js";
import { MAX_FILE_BYTES, SETTINGS_FILE } from "./find.js";
import { makeSource } from "./locate.js";
import { type FileStat, ParseCache } from "./parse-cache.js";
import { fastParse, MAX_ALIASES, parseFull } from "./yaml.js";

/**
 * Reading one file of the data directory into the dataset (docs/architecture.md
 * "Reading"): bytes, text, YAML, schema, each step's problems reported; store/load.ts
 * walks the folders and hands each file to a Reader.
 */

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

export function isLinkPath(abs: string): boolean {
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
export class Texts extends Map<string, string> {
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
export function lazySource(file: string, text: string | (() => string)): Source {
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

export function fileProblem(
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
export class Reader {
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
