import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { msg } from "../domain/diagnostics.js";
import { EnvError } from "../errors.js";

export const SETTINGS_FILE = "xieshang.yaml";

function isDataDir(dir: string): boolean {
  try {
    return statSync(path.join(dir, SETTINGS_FILE)).isFile();
  } catch {
    return false;
  }
}

/**
 * SPEC §2 discovery: `--data DIR`, else `$XIESHANG_DATA`, else the current folder, else
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
