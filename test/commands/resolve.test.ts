// Two clerks, one committee (README "Working as a team of clerks"): real git — a bare
// repository, two clones, each proposing a topic and recording a meeting on it, a pull
// that stops on add/add conflicts — then xieshang resolve.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, runCli, scratch } from "../helpers/run.js";

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

/** A bare repository holding the valid data directory, and two clerks' clones of it. */
function office() {
  const root = scratch();
  const seed = path.join(root, "seed");
  cpSync(path.join(FIXTURES, "valid"), seed, { recursive: true });
  git(seed, "init", "-q", "-b", "main");
  git(seed, "add", ".");
  git(seed, "commit", "-qm", "一览表");
  git(root, "clone", "-q", "--bare", seed, "remote.git");
  const clone = (name: string) => {
    git(root, "clone", "-q", "remote.git", name);
    return path.join(root, name);
  };
  return { a: clone("a"), b: clone("b") };
}

const cli = (dir: string, today: string, ...args: string[]) =>
  runCli([...args, "--data", dir], { today, lang: "en" });

async function proposeAndMeet(dir: string, title: string, date: string, heads: string) {
  const p = await cli(
    dir,
    "2026-10-01",
    "topic",
    "propose",
    "--committee",
    "jj",
    "--title",
    title,
    "--departments",
    "fgw",
    "--source",
    "member",
    "--category",
    "policy",
    "--on",
    "2026-10-01",
    "--commit",
  );
  expect(p.code, p.stderr).toBe(0);
  await cli(
    dir,
    "2026-12-10",
    "topic",
    "shortlist",
    "2027-jj-02",
    "--on",
    "2026-12-10",
    "--commit",
  );
  const m = await cli(
    dir,
    date,
    "meeting",
    "record",
    "--type",
    "research",
    "--topic",
    "2027-jj-02",
    "--title",
    `${title}调研`,
    "--date",
    date,
    "--heads",
    heads,
    "--commit",
  );
  expect(m.code, m.stderr).toBe(0);
}

describe("xieshang resolve", () => {
  it("keeps both topics, each meeting pointing at its own, and concludes the merge", async () => {
    const { a, b } = office();
    await proposeAndMeet(a, "关于甲的对口协商", "2027-03-02", "甲");
    await proposeAndMeet(b, "关于乙的对口协商", "2027-03-05", "乙");
    git(b, "push", "-q", "origin", "main");
    // clerk a pulls: both added topics/2027/2027-jj-02.yaml
    let pulled = "";
    try {
      git(a, "pull", "-q", "--no-rebase", "origin", "main");
    } catch (e) {
      pulled =
        String((e as { stdout?: string }).stdout ?? "") +
        String((e as { stderr?: string }).stderr ?? "");
    }
    expect(git(a, "status", "--porcelain")).toContain("AA topics/2027/2027-jj-02.yaml");
    void pulled;
    const v = await cli(a, "2027-03-10", "validate");
    expect(v.stdout).toContain("xieshang resolve keeps both");

    const dry = await cli(a, "2027-03-10", "resolve", "--dry-run");
    expect(dry.stdout).toContain("ours: topics/2027/2027-jj-02.yaml → topics/2027/2027-jj-03.yaml");
    expect(git(a, "status", "--porcelain")).toContain("AA topics/2027/2027-jj-02.yaml");

    const r = await runCli(["resolve", "--commit", "--data", a], {
      today: "2027-03-10",
      lang: "en",
    });
    expect(r.code, r.stderr).toBe(0);
    // nothing stale is told: the files read with conflict markers were written clean
    expect(r.stderr).not.toContain("conflict");
    expect(r.stderr).not.toContain("could not be read");
    expect(r.stderr).toContain("concluded (git commit --no-edit)");
    const read = (f: string) => readFileSync(path.join(a, f), "utf8");
    // the remote's topic keeps the id; ours is the next free one
    expect(read("topics/2027/2027-jj-02.yaml")).toContain("title: 关于乙的对口协商");
    expect(read("topics/2027/2027-jj-03.yaml")).toContain("id: 2027-jj-03\n");
    expect(read("topics/2027/2027-jj-03.yaml")).toContain("title: 关于甲的对口协商");
    // each meeting names its own topic
    expect(read("activities/2027/2027-03-02-jj-1.yaml")).toContain("topic: 2027-jj-03");
    expect(read("activities/2027/2027-03-05-jj-1.yaml")).toContain("topic: 2027-jj-02");
    const after = await cli(a, "2027-03-10", "validate", "--json");
    expect(JSON.parse(after.stdout).errors).toBe(0);
    // the merge is concluded: a merge commit, nothing left unmerged
    expect(git(a, "status", "--porcelain")).toBe("");
    expect(git(a, "log", "-1", "--format=%P").trim().split(" ")).toHaveLength(2);
  });

  it("meetings of the same day and committee collide too: ours is renumbered and names our topic", async () => {
    const { a, b } = office();
    await proposeAndMeet(a, "关于甲的对口协商", "2027-03-02", "甲");
    await proposeAndMeet(b, "关于乙的对口协商", "2027-03-02", "乙");
    git(b, "push", "-q", "origin", "main");
    try {
      git(a, "pull", "-q", "--no-rebase", "origin", "main");
    } catch {
      // add/add on the topic and on the meeting
    }
    expect(git(a, "status", "--porcelain")).toContain("AA activities/2027/2027-03-02-jj-1.yaml");
    const r = await runCli(["resolve", "--commit", "--data", a], {
      today: "2027-03-10",
      lang: "en",
    });
    expect(r.code, r.stderr).toBe(0);
    const read = (f: string) => readFileSync(path.join(a, f), "utf8");
    expect(read("activities/2027/2027-03-02-jj-1.yaml")).toContain("department_heads: [乙]");
    expect(read("activities/2027/2027-03-02-jj-1.yaml")).toContain("topic: 2027-jj-02");
    expect(read("activities/2027/2027-03-02-jj-2.yaml")).toContain("id: 2027-03-02-jj-2\n");
    expect(read("activities/2027/2027-03-02-jj-2.yaml")).toContain("department_heads: [甲]");
    expect(read("activities/2027/2027-03-02-jj-2.yaml")).toContain("topic: 2027-jj-03");
    expect(JSON.parse((await cli(a, "2027-03-10", "validate", "--json")).stdout).errors).toBe(0);
    expect(git(a, "status", "--porcelain")).toBe("");
  });

  it("a record both sides edited is listed with what to do, and left untouched", async () => {
    const { a, b } = office();
    const topic = "topics/2027/2027-jj-01.yaml";
    for (const [dir, title] of [
      [a, "关于甲"],
      [b, "关于乙"],
    ] as const) {
      writeFileSync(
        path.join(dir, topic),
        readFileSync(path.join(dir, topic), "utf8").replace(/^title: .*$/m, `title: ${title}`),
      );
      git(dir, "commit", "-qam", title);
    }
    git(b, "push", "-q", "origin", "main");
    try {
      git(a, "pull", "-q", "--no-rebase", "origin", "main");
    } catch {
      // the conflict is the point
    }
    const before = readFileSync(path.join(a, topic), "utf8");
    const r = await runCli(["resolve", "--commit", "--data", a], {
      today: "2027-03-10",
      lang: "en",
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${topic}: both sides changed this record`);
    expect(r.stderr).toContain("the merge is not concluded");
    expect(readFileSync(path.join(a, topic), "utf8")).toBe(before);
    expect(git(a, "status", "--porcelain")).toContain(`UU ${topic}`);
    expect(existsSync(path.join(a, ".git", "MERGE_HEAD"))).toBe(true);
  });

  it("outside a merge there is nothing to resolve (exit 2)", async () => {
    const { a } = office();
    const r = await runCli(["resolve", "--data", a], { lang: "en" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no unfinished git merge, rebase or cherry-pick");
  });

  it("during a rebase: the remote's record keeps its id, ours is renumbered, and it says how to go on", async () => {
    const { a, b } = office();
    await proposeAndMeet(a, "关于甲的对口协商", "2027-03-02", "甲");
    await proposeAndMeet(b, "关于乙的对口协商", "2027-03-05", "乙");
    git(b, "push", "-q", "origin", "main");
    try {
      git(a, "pull", "-q", "--rebase", "origin", "main");
    } catch {
      // our first commit is replayed onto the remote's: add/add
    }
    expect(git(a, "status", "--porcelain")).toContain("AA topics/2027/2027-jj-02.yaml");
    const dry = await cli(a, "2027-03-10", "resolve");
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain("ours: topics/2027/2027-jj-02.yaml → topics/2027/2027-jj-03.yaml");
    expect(dry.stderr).toContain("then conclude it: git rebase --continue");
    const read = (f: string) => readFileSync(path.join(a, f), "utf8");
    // the remote's (git's "ours" in a rebase) keeps the id
    expect(read("topics/2027/2027-jj-02.yaml")).toContain("title: 关于乙的对口协商");
    expect(read("topics/2027/2027-jj-03.yaml")).toContain("title: 关于甲的对口协商");
  });
});
