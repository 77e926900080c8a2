// The parse cache (docs/architecture.md "Parse cache") never changes what a reading finds:
// `validate --json` over every fixture gives the same output cold (no cache), from the
// cache by content (bytes hashed), from the cache by stat (files not read at all), after a
// file changed under an unchanged size and mtime, and with the cache damaged.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cacheFile } from "../../src/store/parse-cache.js";
import { BUNDLED_DATA, FIXTURES, runCli, scratch } from "../helpers/run.js";

const VALID = path.join(FIXTURES, "valid");
const TODAY = "2027-11-27";
const RULES = readdirSync(path.join(FIXTURES, "rules"));

/** Every data directory of the fixtures: the valid ones, and the valid one with each rule broken. */
const FIXTURE_SETS: [string, string[]][] = [
  ["valid", [VALID]],
  ["valid + year", [VALID, path.join(FIXTURES, "year")]],
  ["review", [path.join(FIXTURES, "review")]],
  ["bundled data", [BUNDLED_DATA]],
  ...RULES.map((r): [string, string[]] => [`rule ${r}`, [VALID, path.join(FIXTURES, "rules", r)]]),
];

const validate = async (dir: string, cache: boolean) =>
  (
    await runCli(["validate", "--json", "--data", dir], {
      today: TODAY,
      env: cache ? {} : { XIESHANG_NO_CACHE: "1" },
    })
  ).stdout;

/** The cache's files: one a folder (segment). */
function segments(dir: string): string[] {
  const base = cacheFile(dir);
  const prefix = path.basename(base, ".json");
  return readdirSync(path.dirname(base))
    .filter((n) => n.startsWith(`${prefix}-`) && n.endsWith(".json"))
    .map((n) => path.join(path.dirname(base), n));
}

/** The cache as if written long after its files changed: every entry trusted by its stat. */
function trustByStat(dir: string) {
  for (const file of segments(dir)) {
    const text = readFileSync(file, "utf8");
    const eol = text.indexOf("\n");
    const header = JSON.parse(text.slice(0, eol));
    writeFileSync(
      file,
      `${JSON.stringify({ ...header, saved: Date.now() + 60_000 })}${text.slice(eol)}`,
    );
  }
}

/** A record file of the directory whose value can change without changing its length. */
function someRecord(dir: string): string {
  for (const folder of ["topics", "activities", "committees"]) {
    const base = path.join(dir, folder);
    const walk = (d: string): string | undefined => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) {
          const found = walk(p);
          if (found) return found;
        } else if (e.name.endsWith(".yaml") && /title: |name: /.test(readFileSync(p, "utf8")))
          return p;
      }
      return undefined;
    };
    try {
      const found = walk(base);
      if (found) return found;
    } catch {
      // no such folder
    }
  }
  throw new Error(`no record in ${dir}`);
}

describe("validate --json through every reading path gives the same output", () => {
  it.each(FIXTURE_SETS)("%s", async (_, sources) => {
    const dir = scratch(...sources);
    // the file changed below, on a whole second (a time the file system keeps exactly)
    const file = someRecord(dir);
    const T = new Date("2020-01-01T00:00:00Z");
    utimesSync(file, T, T);
    const cold = await validate(dir, false);
    // the first reading fills the cache; the second takes each file by its bytes' hash
    expect(await validate(dir, true)).toBe(cold);
    expect(await validate(dir, true)).toBe(cold);
    // files not read at all: their size, mtime, ctime and inode vouch for them
    trustByStat(dir);
    expect(await validate(dir, true)).toBe(cold);

    // a file changed under the same size and mtime — a key misspelt (title → titel), which
    // the schema refuses — with its times put back: only its ctime and its bytes tell
    const before = statSync(file);
    const text = readFileSync(file, "utf8");
    const changed = /^\s*title: /m.test(text)
      ? text.replace(/^(\s*)title: /m, "$1titel: ")
      : text.replace(/^(\s*)name: /m, "$1nane: ");
    expect(Buffer.byteLength(changed)).toBe(before.size);
    writeFileSync(file, changed);
    utimesSync(file, T, T);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    trustByStat(dir);
    const changedCold = await validate(dir, false);
    expect(changedCold).not.toBe(cold);
    expect(await validate(dir, true)).toBe(changedCold);

    // a damaged cache is not trusted: the changed file's old entry made to match its new
    // stat, without its checksum — trusted, it would hide the misspelt key
    const rel = path.relative(dir, file).split(path.sep).join("/");
    const now = statSync(file);
    const segment = segments(dir).find((f) => readFileSync(f, "utf8").includes(`"${rel}"`))!;
    const text2 = readFileSync(segment, "utf8");
    const eol = text2.indexOf("\n");
    const entries = JSON.parse(text2.slice(eol + 1));
    const [hash, value] = entries[rel];
    entries[rel] = [hash, value, now.size, now.mtimeMs, now.ctimeMs, now.ino];
    const header = JSON.parse(text2.slice(0, eol));
    const damaged = `${JSON.stringify({ ...header, saved: Date.now() + 60_000 })}\n${JSON.stringify(entries)}`;
    writeFileSync(segment, damaged);
    expect(await validate(dir, true)).toBe(changedCold);
    // nor is one cut short
    writeFileSync(segment, damaged.slice(0, damaged.length / 2));
    expect(await validate(dir, true)).toBe(changedCold);
  });
});

describe("where the cache lives", () => {
  it("in the repository's .git folder when the data directory is in one, else a dot-file reading ignores", () => {
    expect(cacheFile(path.join(FIXTURES, "valid"))).toMatch(
      /[/\\]\.git[/\\]xieshang[/\\]parse-cache-v\d+-[0-9a-f]{8}\.json$/,
    );
    const dir = scratch(VALID);
    expect(cacheFile(dir)).toBe(path.join(dir, ".xieshang-cache.json"));
  });

  it("removes the files of other formats from .git/xieshang when it writes there", async () => {
    const dir = scratch(VALID);
    mkdirSync(path.join(dir, ".git", "xieshang"), { recursive: true });
    const folder = path.dirname(cacheFile(dir));
    const old = path.join(folder, "parse-cache-3f0fb4d52b68-topics-2027.json");
    writeFileSync(old, "{}\n{}");
    await validate(dir, true);
    expect(existsSync(old)).toBe(false);
    expect(readdirSync(folder).length).toBeGreaterThan(0);
    expect(readdirSync(folder).every((n) => /^parse-cache-v\d+-/.test(n))).toBe(true);
  });

  it("gives the early look (the language of help) from the cache while xieshang.yaml is unchanged, and from the file once it changed", async () => {
    const dir = scratch(VALID);
    const settings = path.join(dir, "xieshang.yaml");
    const help = async () =>
      (await runCli(["status", "--help", "--data", dir], { env: { XIESHANG_LANG: undefined } }))
        .stdout;
    // English in the settings (Chinese is what the system would not give here)
    writeFileSync(settings, readFileSync(settings, "utf8").replace(/^lang: zh$/m, "lang: en"));
    await validate(dir, true);
    trustByStat(dir);
    expect(await help()).toContain("Usage:");
    // Chinese, the same size but a new change time: the cached settings are not used
    writeFileSync(settings, readFileSync(settings, "utf8").replace(/^lang: en$/m, "lang: zh"));
    expect(await help()).toContain("用法：");
    // and the changed file cached again by a reading, then trusted by its stat
    await validate(dir, true);
    trustByStat(dir);
    expect(await help()).toContain("用法：");
  });
});
