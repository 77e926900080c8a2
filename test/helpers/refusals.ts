// Table-driven refusals of a command: each row runs the CLI on a fresh copy of a data
// directory and checks the exit code, what stderr says, and that no file changed.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { isCacheFile } from "../../src/store/parse-cache.js";
import { runCli, scratch } from "./run.js";

export interface Refusal {
  /** What is refused, as the test's name. */
  name: string;
  args: string[];
  code: 1 | 2 | 3;
  /** Every line given must appear in stderr (English messages). */
  says: string[];
  today?: string;
}

/** Every file of a folder with its text, dot-files included (but the parse cache: not data). */
export function treeOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || isCacheFile(e.name)) continue;
    const abs = path.join(e.parentPath, e.name);
    out[path.relative(dir, abs)] = readFileSync(abs, "utf8");
  }
  return out;
}

/** One test per row, on a fresh copy of `sources` (an overlay of data directories). */
export function refusals(sources: string[], rows: Refusal[], today = "2027-06-20") {
  it.each(rows)("$name: exit $code, nothing written", async (row) => {
    const dir = scratch(...sources);
    const before = treeOf(dir);
    const r = await runCli([...row.args, "--data", dir], { today: row.today ?? today, lang: "en" });
    expect(r.code, r.stderr).toBe(row.code);
    for (const line of row.says) expect(r.stderr).toContain(line);
    expect(r.stdout).toBe("");
    expect(treeOf(dir)).toEqual(before);
  });
}
