import { type Dirent, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { msg } from "../domain/diagnostics.js";
import { EnvError } from "../errors.js";
import { ParseCache } from "./parse-cache.js";
import { MAX_YAML_BYTES, peekMapping } from "./yaml.js";

export const SETTINGS_FILE = "xieshang.yaml";
/** Rule `file`: a record file is small; anything larger is not read at all. */
export const MAX_FILE_BYTES = MAX_YAML_BYTES;

/** What must be known before loading: the language and the time zone of xieshang.yaml. */
export interface EarlySettings {
  lang?: unknown;
  timezone?: unknown;
}

/**
 * Reads `lang` and `timezone` of a data directory's xieshang.yaml, once, before the
 * loader checks the whole file; a missing, oversized or broken file gives nothing.
 */
export function peekSettings(
  dir: string,
  env: Record<string, string | undefined> = process.env,
): EarlySettings {
  try {
    const file = path.join(dir, SETTINGS_FILE);
    const st = statSync(file);
    if (st.size > MAX_FILE_BYTES || !st.isFile()) return {};
    // the settings a reading validated, when the file has not changed since (the parse
    // cache's test of docs/architecture.md): no YAML parsed at all before the command
    const known = ParseCache.open(dir, env).byStat(SETTINGS_FILE, st);
    if (known !== null && typeof known === "object") {
      const { lang, timezone } = known as EarlySettings;
      return { lang, timezone };
    }
    const { lang, timezone } = peekMapping(readFileSync(file, "utf8"));
    return { lang, timezone };
  } catch {
    return {};
  }
}

function isDataDir(dir: string): boolean {
  try {
    return statSync(path.join(dir, SETTINGS_FILE)).isFile();
  } catch {
    return false;
  }
}

/**
 * docs/data-format.md discovery: `--data DIR`, else `$XIESHANG_DATA`, else the current folder, else
 * `./data`, else the nearest ancestor holding `xieshang.yaml`.
 */
export function findDataDir(opts: { flag?: string; env?: string; cwd: string }): string {
  const given = opts.flag ?? opts.env;
  if (given) {
    const dir = path.resolve(opts.cwd, given);
    if (!isDataDir(dir)) {
      throw new EnvError(msg("err.not-data-dir", { dir }), [msg("err.no-data-dir.hint", {})]);
    }
    return dir;
  }
  const cwd = path.resolve(opts.cwd);
  if (isDataDir(cwd)) return cwd;
  const sub = path.join(cwd, "data");
  if (existsSync(sub) && isDataDir(sub)) return sub;
  let dir = path.dirname(cwd);
  for (;;) {
    if (isDataDir(dir)) return dir;
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new EnvError(msg("err.no-data-dir", { cwd }), [msg("err.no-data-dir.hint", {})]);
}

/**
 * What `init` finds at a folder: a data directory, a folder it may fill, or one it may
 * not. A folder holding only dot-files and folders of nothing else (what an init that
 * failed may leave: the lock, temporary files, its empty folders) may be filled.
 */
export function folderState(dir: string): "data-directory" | "empty" | "not-empty" {
  let settings: ReturnType<typeof statSync> | undefined;
  try {
    settings = statSync(path.join(dir, SETTINGS_FILE));
  } catch {
    settings = undefined;
  }
  if (settings?.isFile()) return "data-directory";
  return holdsSomething(dir) ? "not-empty" : "empty";
}

function holdsSomething(dir: string): boolean {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== "ENOENT"; // a file, or unreadable: not ours
  }
  return entries.some(
    (e) => !e.name.startsWith(".") && (!e.isDirectory() || holdsSomething(path.join(dir, e.name))),
  );
}

/** Whether a data directory has a file (an older one may lack its .gitignore). */
export function hasFile(dir: string, file: string): boolean {
  return existsSync(path.join(dir, file));
}
