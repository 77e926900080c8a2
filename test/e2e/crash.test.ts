// Crashes and races (docs/reliability.md "Reliability"): a writer killed with SIGKILL at random
// steps of its writes (placed by its progress, not the clock) leaves every record old or new and a directory that validates; eight clerks
// proposing for one committee at once each get a distinct id or wait and give up (exit 3).
import { execFile, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { WRITER } from "../helpers/paths.js";
import { FIXTURES, ROOT, runCli, scratch } from "../helpers/run.js";

const KILLS = 32;

/** A seeded generator, so that a failure can be run again with the same moments. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const topics = (dir: string) =>
  readdirSync(path.join(dir, "topics", "2027")).filter((n) => n.endsWith(".yaml")).length;
const chases = (dir: string) =>
  (
    readFileSync(path.join(dir, "reports", "2027", "2027-nm-r01.yaml"), "utf8").match(
      /method: phone/g,
    ) ?? []
  ).length;

/**
 * Runs the writer and kills it at its `steps`-th file-system call of the write path (it
 * says each one as it makes it): where the kill lands is placed by the writer's progress,
 * not by the clock, so a slow machine moves nothing. The writes it said were completed.
 */
function writeFor(dir: string, steps: number): Promise<{ topic: number; chase: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, "loop", dir], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    let seen = 0;
    child.stdout.on("data", (d: Buffer) => {
      out += d;
      if (seen >= steps) return;
      seen = out.split("\n").filter((l) => l === "step").length;
      if (seen >= steps) child.kill("SIGKILL");
    });
    child.on("error", reject);
    child.on("exit", () => {
      const done = out.split("\n").filter((l) => l.endsWith(" 0"));
      resolve({
        topic: done.filter((l) => l.startsWith("topic")).length,
        chase: done.filter((l) => l.startsWith("chase")).length,
      });
    });
  });
}

describe("a writer killed at random moments", () => {
  it(`${KILLS} SIGKILLs: every record old or new, the directory valid, nothing lost`, async () => {
    const dir = scratch(path.join(FIXTURES, "valid"), path.join(FIXTURES, "year"));
    const next = random(20261128);
    let completed = { topic: 0, chase: 0 };
    const start = { topic: topics(dir), chase: chases(dir) };
    for (let i = 0; i < KILLS; i++) {
      const done = await writeFor(dir, 1 + Math.floor(next() * 90));
      completed = { topic: completed.topic + done.topic, chase: completed.chase + done.chase };
      const v = await runCli(["validate", "--json", "--data", dir], { today: "2027-11-27" });
      expect(JSON.parse(v.stdout).errors, `after kill ${i + 1}: ${v.stdout}`).toBe(0);
      // every write said to be done is there; at most the one cut short is there unsaid
      const made = { topic: topics(dir) - start.topic, chase: chases(dir) - start.chase };
      expect(made.topic).toBeGreaterThanOrEqual(completed.topic);
      expect(made.topic).toBeLessThanOrEqual(completed.topic + i + 1);
      expect(made.chase).toBeGreaterThanOrEqual(completed.chase);
      expect(made.chase).toBeLessThanOrEqual(completed.chase + i + 1);
    }
    // the kills fell among writes and let some finish (placed by progress: at any load)
    expect(completed.topic + completed.chase, "the writer got to write").toBeGreaterThan(KILLS / 2);
    console.log(
      `crash test: ${KILLS} kills, ${completed.topic} topics and ${completed.chase} chases completed, ${topics(dir) - start.topic} topics and ${chases(dir) - start.chase} chases on disk, 0 errors`,
    );
  }, 120_000);
});

describe("eight clerks proposing for one committee at once", () => {
  it("each gets a distinct id, or waits for the lock and gives up with exit 3; none lost", async () => {
    const dir = scratch(path.join(FIXTURES, "valid"), path.join(FIXTURES, "year"));
    const before = topics(dir);
    const exec = promisify(execFile);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        exec(
          process.execPath,
          [
            path.join(ROOT, "bin", "xieshang.js"),
            "topic",
            "propose",
            "--committee",
            "jj",
            "--departments",
            "fgw",
            "--source",
            "member",
            "--category",
            "policy",
            "--title",
            `同时提出的议题 ${i}`,
            "--data",
            dir,
            "--json",
          ],
          { env: { PATH: process.env.PATH, XIESHANG_TODAY: "2027-01-10", XIESHANG_LANG: "en" } },
        ).then(
          (r) => ({ code: 0, id: JSON.parse(r.stdout).id as string }),
          (e: { code: number }) => ({ code: e.code, id: undefined }),
        ),
      ),
    );
    for (const r of results) expect([0, 3]).toContain(r.code);
    const ids = results.flatMap((r) => (r.id ? [r.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
    expect(topics(dir) - before).toBe(ids.length);
    for (const id of ids)
      expect(readFileSync(path.join(dir, "topics", "2027", `${id}.yaml`), "utf8")).toContain(
        `id: ${id}`,
      );
    const v = await runCli(["validate", "--json", "--data", dir], { today: "2027-11-27" });
    expect(JSON.parse(v.stdout).errors).toBe(0);
  }, 60_000);
});
