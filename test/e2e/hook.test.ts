// The pre-commit hook that init installs, run by git as a clerk's commit runs it: it calls
// the built CLI (docs/commands.md "init"). The hook's text and init's other git work are
// tested in-process (test/commands/init.test.ts); the unit tests commit with hooks off.
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { runCli } from "../helpers/run.js";

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

/** A temporary folder, removed when the test finishes. */
function place(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "xieshang-hook-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** `git commit` with the hooks: its exit status. */
function commit(cwd: string, message = "一次提交"): number {
  try {
    git(cwd, "commit", "-qm", message);
    return 0;
  } catch (e) {
    return (e as { status: number }).status;
  }
}

describe("the pre-commit hook", () => {
  it("the pre-commit hook validates what is staged, not the working tree", async () => {
    const dir = path.join(place(), "d");
    expect((await runCli(["init", dir])).code).toBe(0);
    const file = path.join(dir, "committees", "jj.yaml");
    const good = readFileSync(file, "utf8");
    // staged: a full-width colon; working copy mended afterwards
    writeFileSync(file, good.replace(/^name: /m, "name： "));
    git(dir, "add", "committees/jj.yaml");
    writeFileSync(file, good);
    expect(commit(dir, "改名")).not.toBe(0);
    expect(git(dir, "rev-list", "--count", "HEAD").trim()).toBe("1");
    // and the other way round: a good change staged, a broken working copy not
    writeFileSync(file, good.replace(/^name: 经济委员会/m, "name: 经济委员会 "));
    git(dir, "add", "committees/jj.yaml");
    writeFileSync(file, good.replace(/^name: /m, "name： "));
    expect(commit(dir, "改名")).toBe(0);
    expect(git(dir, "rev-list", "--count", "HEAD").trim()).toBe("2");
  });

  it("through a link to the folder: the hook names the folder as git does, and commits work", async () => {
    const root = place();
    mkdirSync(path.join(root, "real"));
    symlinkSync(path.join(root, "real"), path.join(root, "link"));
    expect((await runCli(["init", path.join(root, "link")])).code).toBe(0);
    writeFileSync(path.join(root, "real", "README.md"), "# 记录\n");
    git(path.join(root, "real"), "add", "README.md");
    expect(commit(path.join(root, "real"))).toBe(0);
  });

  it("a folder's name reaches the hook as a word, never as shell code", async () => {
    const root = place();
    git(root, "init", "-q");
    const name = `rec$(touch ${path.join(root, "PWNED")})'"`;
    expect((await runCli(["init", name], { cwd: root })).code).toBe(0);
    git(root, "add", "--", name);
    expect(commit(root)).toBe(0);
    expect(existsSync(path.join(root, "PWNED"))).toBe(false);
  });

  it("inside another repository: told to add it there; until then its commits are not held up", async () => {
    const root = place();
    git(root, "init", "-q");
    writeFileSync(path.join(root, "c.txt"), "a\n");
    git(root, "add", "c.txt");
    git(root, "commit", "-qm", "c");
    const r = await runCli(["init", "records"], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("add it there (git add records && git commit)");
    writeFileSync(path.join(root, "c.txt"), "b\n");
    git(root, "add", "c.txt");
    expect(commit(root)).toBe(0);
    // once added, it is checked
    git(root, "add", "records");
    writeFileSync(path.join(root, "records", "committees", "jj.yaml"), "name： 经济委员会\n");
    git(root, "add", "records");
    expect(commit(root)).not.toBe(0);
  });

  it("two data directories in one repository: the hook checks both", async () => {
    const root = place();
    git(root, "init", "-q");
    expect((await runCli(["init", "a"], { cwd: root })).code).toBe(0);
    expect((await runCli(["init", "--empty", "b"], { cwd: root })).code).toBe(0);
    git(root, "add", "a", "b");
    expect(commit(root)).toBe(0);
    const hook = readFileSync(path.join(root, ".git", "hooks", "pre-commit"), "utf8");
    expect(hook).toContain('# xieshang data: "a"');
    expect(hook).toContain('# xieshang data: "b"');
    writeFileSync(path.join(root, "a", "xieshang.yaml"), "lang： zh\n");
    git(root, "add", "a");
    expect(commit(root)).not.toBe(0);
  });

  it("XIESHANG_HOOK=off skips the check for one commit", async () => {
    const dir = path.join(place(), "d");
    expect((await runCli(["init", dir])).code).toBe(0);
    writeFileSync(path.join(dir, "committees", "jj.yaml"), "name： 经济委员会\n");
    git(dir, "add", "committees/jj.yaml");
    expect(commit(dir)).not.toBe(0);
    execFileSync("git", ["commit", "-qm", "草稿"], {
      cwd: dir,
      env: { ...process.env, XIESHANG_HOOK: "off" },
    });
    expect(git(dir, "log", "-1", "--format=%s").trim()).toBe("草稿");
  });
});
