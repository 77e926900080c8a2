import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { crc32 } from "node:zlib";
import { readPlainBytes } from "./plain.js";

/**
 * The parse cache (docs/architecture.md "Parse cache"): the records a reading validated,
 * each under the SHA-1 of its file's bytes, so that the next reading of an unchanged file
 * skips the YAML parse and the schema check — not the reading of the file, whose bytes
 * are hashed every time. A changed file has other bytes, whatever its size and mtime, so
 * its entry is never used; a damaged cache (its own checksum wrong, its JSON broken, its
 * format or the code's schemas another) is ignored as if absent. It lives in the
 * repository's .git folder when the data directory is in one (git never sees it), else
 * as a dot-file in the data directory, which reading ignores. XIESHANG_NO_CACHE=1 turns
 * it off.
 */

/** Bump with any change to the schemas or to what a record's value holds. */
const FORMAT = 4;

/**
 * The first line of the file: the format, when it was written, and the CRC-32 of the
 * rest. A checksum finds damage; it need not be a cryptographic hash (node:crypto alone
 * costs 5 ms to load, and a cached reading hashes no record).
 */
interface Header {
  format: number;
  /** Milliseconds since the epoch when the cache was written. */
  saved: number;
  sum: string;
}

/** What identifies a file's state without reading it, as git's index does. */
export interface FileStat {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** file → [sha1 of its bytes, its validated value, size, mtime, ctime, inode] */
type Entry = [string, unknown, number, number, number, number];
type Entries = Record<string, Entry>;

/**
 * A file whose last change is this close to the moment its entry was written may have
 * changed again within the same tick of the file system's clock (FAT keeps 2 s): git's
 * "racily clean" entries. Their bytes are read and hashed.
 */
const RACY_MS = 2000;

/** One segment a process and file: several readings of one command share it. */
const opened = new Map<string, Segment>();

/**
 * The segment a record file's entry is kept in: one a folder and year (topics-2027),
 * settings with the committees, the calendars together — so that no reading holds more
 * than one year's entries as text at once.
 */
function segmentOf(file: string): string {
  const [top = "", year = ""] = file.split("/");
  if (top === "xieshang.yaml" || top === "committees") return "base";
  return /^\d{4}$/.test(year) ? `${top}-${year}` : top;
}

/**
 * The cache of a data directory, one file a folder (segment), each read only when a
 * reading needs that folder: a command that reads the topics never parses the entries of
 * the activities and reports.
 */
export class ParseCache {
  private readonly segments = new Map<string, Segment>();

  private constructor(private readonly base: string | undefined) {}

  static open(dir: string, env: Record<string, string | undefined> = process.env): ParseCache {
    return new ParseCache(env.XIESHANG_NO_CACHE === "1" ? undefined : cacheFile(dir));
  }

  static hash(bytes: Uint8Array): string {
    return createHash("sha1").update(bytes).digest("base64");
  }

  private segment(file: string): Segment | undefined {
    if (!this.base) return undefined;
    const name = segmentOf(file);
    let s = this.segments.get(name);
    if (!s) {
      s = Segment.open(segmentFile(this.base, name));
      this.segments.set(name, s);
    }
    return s;
  }

  byStat(file: string, st: FileStat): unknown {
    return this.segment(file)?.byStat(file, st);
  }

  get(file: string, hash: string, st: FileStat): unknown {
    return this.segment(file)?.get(file, hash, st);
  }

  put(file: string, hash: string, value: unknown, st: FileStat): void {
    this.segment(file)?.put(file, hash, value, st);
  }

  /** Writes the segments this reading added to; `complete`: the folders read whole. */
  save(complete: ReadonlySet<string>): void {
    for (const [name, s] of this.segments)
      s.save(name === "base" || complete.has(name.split("-")[0] ?? ""));
  }
}

/** A segment's file: the cache's name with the folder's before `.json`. */
function segmentFile(base: string, segment: string): string {
  return base.replace(/\.json$/, `-${segment}.json`);
}

class Segment {
  private entries: Entries = {};
  private saved = 0;
  /** The mtime of the cache file when it was read (-1: there was none). */
  private stamp = -1;
  private seen = new Set<string>();
  private changed = false;

  private constructor(private readonly file: string | undefined) {}

  static open(file: string): Segment {
    // several readings of one command share the cache, unless the file changed meanwhile
    let stamp = -1;
    try {
      stamp = statSync(file).mtimeMs;
    } catch {
      stamp = -1;
    }
    const open = opened.get(file);
    if (open && open.stamp === stamp) return open;
    const cache = new Segment(file);
    cache.stamp = stamp;
    try {
      // a cache is a regular file of ours: never read through a link, from a FIFO or device
      const bytes = readPlainBytes(file);
      if (!Buffer.isBuffer(bytes)) throw new Error(bytes.why);
      const eol = bytes.indexOf(0x0a);
      const header = JSON.parse(bytes.subarray(0, eol).toString("utf8")) as Header;
      const body = bytes.subarray(eol + 1);
      if (header.format === FORMAT && checksum(body) === header.sum) {
        const entries = JSON.parse(body.toString("utf8")) as unknown;
        if (entries && typeof entries === "object" && !Array.isArray(entries)) {
          cache.entries = entries as Entries;
          cache.saved = Number(header.saved) || 0;
        }
      }
    } catch {
      // no cache yet, or one that cannot be read: every file is parsed
    }
    opened.set(file, cache);
    return cache;
  }

  /**
   * The value of a file not read at all: its size, mtime, ctime and inode are those of
   * the entry, and it has not changed since well before the entry was written.
   */
  byStat(file: string, st: FileStat): unknown {
    const e = this.entries[file];
    if (!Array.isArray(e) || e.length !== 6) return undefined;
    const [, value, size, mtime, ctime, ino] = e;
    if (size !== st.size || mtime !== st.mtimeMs || ctime !== st.ctimeMs || ino !== st.ino)
      return undefined;
    if (Math.max(mtime, ctime) >= this.saved - RACY_MS) return undefined;
    this.seen.add(file);
    return value;
  }

  /** The value validated from exactly these bytes, if the cache has it. */
  get(file: string, hash: string, st: FileStat): unknown {
    this.seen.add(file);
    const e = this.entries[file];
    if (!Array.isArray(e) || e[0] !== hash) return undefined;
    // the same bytes: the entry takes the file's present stat, to be trusted next time
    if (e[2] !== st.size || e[3] !== st.mtimeMs || e[4] !== st.ctimeMs || e[5] !== st.ino) {
      this.entries[file] = [hash, e[1], st.size, st.mtimeMs, st.ctimeMs, st.ino];
      this.changed = true;
    } else if (Math.max(e[3], e[4]) >= this.saved - RACY_MS) this.changed = true;
    return e[1];
  }

  put(file: string, hash: string, value: unknown, st: FileStat): void {
    this.seen.add(file);
    this.entries[file] = [hash, value, st.size, st.mtimeMs, st.ctimeMs, st.ino];
    this.changed = true;
  }

  /**
   * Writes the cache when this reading added to it (temporary file, then rename). After a
   * reading of every folder, entries of files no longer there are dropped.
   */
  save(complete: boolean): void {
    if (!this.file) return;
    if (complete)
      for (const f of Object.keys(this.entries))
        if (!this.seen.has(f)) {
          delete this.entries[f];
          this.changed = true;
        }
    if (!this.changed) return;
    const entries = Buffer.from(JSON.stringify(this.entries), "utf8");
    const header: Header = { format: FORMAT, saved: Date.now(), sum: checksum(entries) };
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      // exclusive: never written through a link planted at the temporary name
      writeFileSync(temp, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), entries]), {
        flag: "wx",
      });
      renameSync(temp, this.file);
      pruneOtherFormats(path.dirname(this.file));
      this.saved = header.saved;
      this.stamp = statSync(this.file).mtimeMs;
      this.changed = false;
    } catch {
      // a read-only place: the next reading parses again, and is no less right
      try {
        unlinkSync(temp);
      } catch {
        // nothing was written
      }
    }
  }
}

function checksum(s: Uint8Array): string {
  return crc32(s).toString(16);
}

/** Inside the repository's .git folder when there is one (git never lists it), else a dot-file. */
export function cacheFile(dir: string): string {
  const abs = path.resolve(dir);
  for (let d = abs; ; d = path.dirname(d)) {
    const git = path.join(d, ".git");
    try {
      if (statSync(git).isDirectory()) {
        const key = crc32(abs).toString(16).padStart(8, "0");
        return path.join(git, "xieshang", `${CACHE_PREFIX}${key}.json`);
      }
    } catch {
      // not here: look further up
    }
    if (path.dirname(d) === d) break;
  }
  return path.join(abs, CACHE_DOTFILE);
}

/**
 * The names of this format's files in .git/xieshang/: a file of another format is never
 * read, and is removed when a cache is next written there.
 */
const CACHE_PREFIX = `parse-cache-v${FORMAT}-`;

/** Removes, once a process, the files of other formats from the cache's folder in .git. */
const pruned = new Set<string>();
function pruneOtherFormats(folder: string): void {
  if (pruned.has(folder)) return;
  pruned.add(folder);
  if (path.basename(path.dirname(folder)) !== ".git") return;
  try {
    for (const name of readdirSync(folder))
      if (name.startsWith("parse-cache-") && !name.startsWith(CACHE_PREFIX))
        unlinkSync(path.join(folder, name));
  } catch {
    // another process removed it first, or a read-only folder: never read in any case
  }
}

/** The cache's name in a data directory outside any repository. */
export const CACHE_DOTFILE = ".xieshang-cache.json";

/** Whether a file name is one of the cache's (its segments, their temporary files). */
export function isCacheFile(name: string): boolean {
  return name.startsWith(".xieshang-cache") || name.startsWith("parse-cache-");
}
