// `xieshang init` (docs/commands.md "init"): a new data directory written through the write
// path, all or nothing; what a failed or cut-short init left is no obstacle to the next;
// git and its pre-commit hook for one data directory or several, wherever the folder is.
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { scripted } from "../helpers/prompter.js";
import { runCli } from "../helpers/run.js";

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

/** A temporary folder, removed when the test finishes. */
function place(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "xieshang-init-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** `git commit` with the hooks: its exit status. */
function _commit(cwd: string, message = "一次提交"): number {
  try {
    git(cwd, "commit", "-qm", message);
    return 0;
  } catch (e) {
    return (e as { status: number }).status;
  }
}

describe("a failed or cut-short init is no obstacle to the next", () => {
  it("refused half-way (a file of its own already there): it leaves the folder as it was", async () => {
    const dir = path.join(place(), "d");
    mkdirSync(dir);
    writeFileSync(path.join(dir, ".gitignore"), "secret\n");
    const r = await runCli(["init", dir]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(".gitignore already exists");
    expect(readdirSync(dir)).toEqual([".gitignore"]);
    rmSync(path.join(dir, ".gitignore"));
    expect((await runCli(["init", dir])).code).toBe(0);
    // the settings number letters and the 通报 and say who issues documents (#23)
    const settings = readFileSync(path.join(dir, "xieshang.yaml"), "utf8");
    expect(settings).toContain('letter_number: "鄂政协{doc_code}函〔{year}〕{n}号"');
    expect(settings).toContain('review_number: "鄂政协办发〔{year}〕{n}号"');
    expect(settings).toMatch(/documents:\n {2}issuer: body/);
  });

  it("what a killed init left — its dead lock, temporary files, empty folders — is cleared", async () => {
    const dir = path.join(place(), "d");
    mkdirSync(path.join(dir, "committees"), { recursive: true });
    mkdirSync(path.join(dir, "calendar"));
    writeFileSync(path.join(dir, "committees", ".xs-bgs.yaml.999999.abcdef.tmp"), "half");
    writeFileSync(
      path.join(dir, ".xieshang.lock"),
      JSON.stringify({ pid: 999999, host: "elsewhere-never", boot: "", since: "x", token: "t" }),
    );
    // a lock of another host is never taken over: this one's host is ours, its pid dead
    writeFileSync(
      path.join(dir, ".xieshang.lock"),
      JSON.stringify({ pid: 999999, host: (await import("node:os")).hostname(), since: "x" }),
    );
    const r = await runCli(["init", dir], { env: { XIESHANG_LOCK_WAIT_MS: "3000" } });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(path.join(dir, "committees")).filter((n) => n.startsWith(".xs-"))).toEqual(
      [],
    );
    expect(existsSync(path.join(dir, ".xieshang.lock"))).toBe(false);
  });

  it("a folder holding a file anywhere is not empty; one of empty folders and dot-files is", async () => {
    const root = place();
    mkdirSync(path.join(root, "a", "x", "y"), { recursive: true });
    writeFileSync(path.join(root, "a", "x", ".keep"), "");
    expect((await runCli(["init", path.join(root, "a")])).code).toBe(0);
    mkdirSync(path.join(root, "b", "x"), { recursive: true });
    writeFileSync(path.join(root, "b", "x", "notes.txt"), "mine");
    const r = await runCli(["init", path.join(root, "b")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is not empty");
  });

  it("a data directory whose init stopped before its first commit gets it on the next init", async () => {
    const dir = path.join(place(), "d");
    expect((await runCli(["init", dir])).code).toBe(0);
    rmSync(path.join(dir, ".git"), { recursive: true });
    git(path.dirname(dir), "init", "-q", dir); // the repository made, the commit not
    const r = await runCli(["init", dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("is already a data directory");
    expect(git(dir, "log", "--format=%s").trim()).toBe("初始化数据目录");
    expect(git(dir, "status", "--porcelain")).toBe("");
  });
});

describe("init and git", () => {
  it("the first commit holds init's files, never a file the clerk had in the folder", async () => {
    const dir = path.join(place(), "d");
    mkdirSync(dir);
    writeFileSync(path.join(dir, ".env"), "TOKEN=secret\n");
    expect((await runCli(["init", dir])).code).toBe(0);
    const committed = git(dir, "ls-files").split("\n");
    expect(committed).toContain("xieshang.yaml");
    expect(committed).not.toContain(".env");
    expect(git(dir, "status", "--porcelain")).toBe("?? .env\n");
  });

  it("a pre-commit hook of someone else's is left alone, and the clerk is told", async () => {
    const root = place();
    git(root, "init", "-q");
    const theirs = path.join(root, ".git", "hooks", "pre-commit");
    writeFileSync(theirs, "#!/bin/sh\nexit 0\n", { mode: 0o755 });
    const r = await runCli(["init", "d"], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("is a pre-commit hook of someone else's");
    expect(readFileSync(theirs, "utf8")).toBe("#!/bin/sh\nexit 0\n");
  });
});

describe("git without surprises (issue 25)", () => {
  /** git as on a new machine: no global or system config, so no identity. */
  function newMachine() {
    const saved = { ...process.env };
    process.env.GIT_CONFIG_GLOBAL = path.join(place(), "none");
    process.env.GIT_CONFIG_NOSYSTEM = "1";
    for (const k of [
      "GIT_AUTHOR_NAME",
      "GIT_AUTHOR_EMAIL",
      "GIT_COMMITTER_NAME",
      "GIT_COMMITTER_EMAIL",
      "EMAIL",
    ])
      delete process.env[k];
    onTestFinished(() => {
      process.env = saved;
    });
  }

  it("the data repository shows Chinese paths as they are and pulls by merging", async () => {
    const dir = path.join(place(), "记录");
    expect((await runCli(["init", dir])).code).toBe(0);
    expect(git(dir, "config", "--local", "core.quotepath").trim()).toBe("false");
    expect(git(dir, "config", "--local", "pull.rebase").trim()).toBe("false");
  });

  it("no identity and no terminal: exit 3 with the two lines, nothing made", async () => {
    newMachine();
    const top = place();
    const dir = path.join(top, "记录");
    const r = await runCli(["init", dir], { lang: "zh" });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("git 还不知道您是谁");
    expect(r.stderr).toContain('git config --global user.name "您的姓名"');
    expect(r.stderr).not.toContain("Author identity unknown");
    expect(existsSync(dir)).toBe(false);
  });

  it("no identity on a terminal: asked, kept in the data repository only, and the first commit made", async () => {
    newMachine();
    const dir = path.join(place(), "记录");
    const p = scripted(
      { kind: "input", message: "Your name", answer: "文员" },
      { kind: "input", message: "e-mail", answer: "clerk@example.org" },
    );
    const r = await runCli(["init", dir], { tty: true, prompter: p });
    expect(r.code, r.stderr).toBe(0);
    p.done();
    expect(git(dir, "log", "--format=%an <%ae>").trim()).toBe("文员 <clerk@example.org>");
    expect(git(dir, "config", "--local", "user.name").trim()).toBe("文员");
  });
});
