// `completion` and the hidden `complete` it calls at Tab, in-process (README "Completion");
// the script sourced in a real bash is test/e2e/completion.test.ts.
import { describe, expect, it } from "vitest";
import { BUNDLED_DATA, runCli } from "../helpers/run.js";

describe("completion", () => {
  it.each(["bash", "zsh", "fish", "powershell"])(
    "prints the %s script on stdout",
    async (shell) => {
      const r = await runCli(["completion", shell]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/xieshang complete '?--/);
    },
  );

  it("an unknown shell is a usage error naming the shells", async () => {
    const r = await runCli(["completion", "tcsh"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("bash");
    expect(r.stdout).toBe("");
  });

  it("offers commands, flags, committee codes and report ids from the data directory", async () => {
    const complete = async (...words: string[]) =>
      (await runCli(["complete", "--", ...words], { cwd: BUNDLED_DATA })).stdout
        .split("\n")
        .map((l) => l.split("\t")[0]);
    expect(await complete("rep")).toEqual(expect.arrayContaining(["report", "reply"]));
    expect(await complete("topic", "propose", "--comm")).toContain("--committee");
    expect(await complete("topic", "propose", "--committee", "")).toContain("jj");
    expect(await complete("report", "show", "")).toContain("2026-nm-r01");
    // the same in a second run: each run completes from a tree of its own
    expect(await complete("report", "show", "")).toContain("2026-nm-r01");
  });

  it("outside a data directory, still commands and flags", async () => {
    const r = await runCli(["complete", "--", "val"], { cwd: "/" });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("validate");
  });
});
