// `topic propose` on a real terminal: tmux gives the built CLI a pseudo-terminal, the
// test answers each prompt as a clerk would, and the file written must equal the one
// the same answers give as flags. Skipped, saying so, where tmux is not installed — except
// in CI (CI=true), where .ci/run installs it and its absence fails the run.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { FIXTURES, ROOT, runCli, scratch } from "./helpers/run.js";

const hasTmux = (() => {
  try {
    execFileSync("tmux", ["-V"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

const BIN = path.join(ROOT, "bin", "xieshang.js");

if (!hasTmux && !process.env.CI)
  console.warn("interactive.test.ts: skipped — tmux is not installed (apt-get install tmux)");

function tmux(...args: string[]) {
  return execFileSync("tmux", args, { encoding: "utf8" });
}

async function waitFor(session: string, text: string | RegExp, ms = 10_000): Promise<string> {
  const end = Date.now() + ms;
  let screen = "";
  while (Date.now() < end) {
    screen = tmux("capture-pane", "-p", "-t", session, "-S", "-60");
    if (typeof text === "string" ? screen.includes(text) : text.test(screen)) return screen;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${text}; screen:\n${screen}`);
}

function keys(session: string, ...k: string[]) {
  tmux("send-keys", "-t", session, ...k);
}

function startSession(dir: string, exitFile: string): string {
  const session = `xs${process.pid}${Math.random().toString(36).slice(2, 6)}`;
  const command = `cd '${dir}' && env XIESHANG_TODAY=2027-01-05 XIESHANG_LANG=en NO_COLOR=1 '${process.execPath}' '${BIN}' topic propose; echo $? > '${exitFile}'`;
  tmux("new-session", "-d", "-s", session, "-x", "160", "-y", "50", command);
  onTestFinished(() => {
    try {
      tmux("kill-session", "-t", session);
    } catch {
      // already gone
    }
  });
  return session;
}

async function exitCode(exitFile: string): Promise<number> {
  const end = Date.now() + 10_000;
  while (!existsSync(exitFile) || readFileSync(exitFile, "utf8").trim() === "") {
    if (Date.now() > end) throw new Error("the CLI did not exit");
    await new Promise((r) => setTimeout(r, 50));
  }
  return Number(readFileSync(exitFile, "utf8").trim());
}

describe.skipIf(!hasTmux && !process.env.CI)("topic propose on a terminal", () => {
  it("asks for each value, and writes the same file as the flags would", async () => {
    const asked = { dir: scratch(path.join(FIXTURES, "valid")) };
    const flagged = { dir: scratch(path.join(FIXTURES, "valid")) };
    const exitFile = path.join(asked.dir, ".exit");
    const s = startSession(asked.dir, exitFile);

    await waitFor(s, "Topic title");
    keys(s, "-l", "关于防范化解债务风险的对口协商");
    keys(s, "Enter");
    await waitFor(s, "Leading committee");
    keys(s, "Down", "Enter"); // bgs, [jj], nm
    await waitFor(s, "Counterpart departments");
    keys(s, "Down", "Space", "Enter"); // fgw, [czj]
    await waitFor(s, "Invite departments outside");
    keys(s, "y", "Enter");
    await waitFor(s, "Invited departments");
    keys(s, "Down", "Space", "Enter"); // swb, [slj], nmcj
    await waitFor(s, "Source of the topic");
    keys(s, "Down", "Down", "Enter"); // leader, department, [member]
    await waitFor(s, "Proposed by");
    keys(s, "-l", "委员甲");
    keys(s, "Enter");
    await waitFor(s, "Area of consultation");
    keys(s, "Down", "Down", "Down", "Enter"); // policy, decision, planning, [resources]
    await waitFor(s, "Planned forms");
    keys(s, "Down", "Down", "Down", "Down", "Space", "Down", "Space", "Enter"); // [research], [consultation]
    await waitFor(s, "Schedule");
    keys(s, "-l", "2027-Q3");
    keys(s, "Enter");
    await waitFor(s, "Date (proposed_on)");
    keys(s, "Enter"); // today, the default
    const screen = await waitFor(s, "Write this record?");
    expect(screen).toContain("departments: 财政局");
    expect(screen).toContain("invited: 市水利局");
    keys(s, "Enter");
    expect(await exitCode(exitFile)).toBe(0);

    const flags = await runCli(
      [
        "topic",
        "propose",
        "--title",
        "关于防范化解债务风险的对口协商",
        "--committee",
        "jj",
        "--departments",
        "czj",
        "--invited",
        "slj",
        "--source",
        "member",
        "--proposer",
        "委员甲",
        "--category",
        "resources",
        "--forms",
        "research,consultation",
        "--schedule",
        "2027-Q3",
        "--data",
        flagged.dir,
      ],
      { today: "2027-01-05" },
    );
    expect(flags.code).toBe(0);
    const file = "topics/2027/2027-jj-02.yaml";
    expect(readFileSync(path.join(asked.dir, file), "utf8")).toBe(
      readFileSync(path.join(flagged.dir, file), "utf8"),
    );
  });

  it("Ctrl-C writes nothing and exits 130", async () => {
    const asked = { dir: scratch(path.join(FIXTURES, "valid")) };
    const exitFile = path.join(asked.dir, ".exit");
    const s = startSession(asked.dir, exitFile);
    await waitFor(s, "Topic title");
    keys(s, "-l", "半途而废");
    keys(s, "C-c");
    expect(await exitCode(exitFile)).toBe(130);
    expect(existsSync(path.join(asked.dir, "topics/2027/2027-jj-02.yaml"))).toBe(false);
  });
});
