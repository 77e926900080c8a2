// A record's control characters and escape sequences, printed by the built CLI into a real
// terminal (tmux): nothing of them takes effect — the screen is not cleared, the pane's
// title not set, no row overwritten — and they are shown escaped (README "Output for every
// reader"). Skipped, saying so, where tmux is not installed, except in CI.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { hostileData } from "../helpers/hostile.js";
import { installed } from "../helpers/paths.js";
import { ROOT } from "../helpers/run.js";

const hasTmux = installed("tmux");
if (!hasTmux && !process.env.CI)
  console.warn("hostile.test.ts: skipped — tmux is not installed (apt-get install tmux)");

const tmux = (...args: string[]) => execFileSync("tmux", args, { encoding: "utf8" });

describe.skipIf(!hasTmux && !process.env.CI)("hostile records on a real terminal", () => {
  it.each([
    ["topic list", ["topic", "list"]],
    ["report show", ["report", "show", "2027-jj-r01"]],
    ["plan (Markdown to the terminal)", ["plan", "2027"]],
  ])("%s: the screen shows them escaped, and nothing took effect", async (_, args) => {
    const dir = hostileData();
    const done = path.join(dir, "done");
    const session = `xh${process.pid}${Math.random().toString(36).slice(2, 6)}`;
    const bin = path.join(ROOT, "bin", "xieshang.js");
    const command = `cd '${dir}' && echo BEFORE-MARK && env XIESHANG_LANG=en XIESHANG_TODAY=2027-12-31 '${process.execPath}' '${bin}' ${args.map((a) => `'${a}'`).join(" ")}; echo $? > '${done}'; sleep 30`;
    tmux("new-session", "-d", "-s", session, "-x", "200", "-y", "60", command);
    onTestFinished(() => {
      try {
        tmux("kill-session", "-t", session);
      } catch {
        // already gone
      }
    });
    const end = Date.now() + 10_000;
    while (!existsSync(done) || readFileSync(done, "utf8").trim() === "") {
      if (Date.now() > end) throw new Error("the CLI did not finish");
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(readFileSync(done, "utf8").trim()).toBe("0");
    const screen = tmux("capture-pane", "-p", "-J", "-t", session);
    // ESC [2J would have cleared the line printed before; OSC 0 would have named the pane
    expect(screen).toContain("BEFORE-MARK");
    expect(tmux("display-message", "-p", "-t", session, "#{pane_title}")).not.toContain("pwned");
    expect(screen).toContain("\\x1b[2J清屏");
    expect(screen).toContain("\\x1b]0;pwned\\x07");
    expect(screen).toContain("abc\\u202edef");
  });
});
