// Shell completion (README "Completion"): the bash script, sourced in a real bash, offers
// commands and the data directory's ids at Tab; the other shells get their scripts.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BUNDLED_DATA, ROOT, tempData } from "../helpers/run.js";

const BASH_COMPLETION = "/usr/share/bash-completion/bash_completion";
const hasBashCompletion = existsSync(BASH_COMPLETION);
if (!hasBashCompletion && !process.env.CI)
  console.warn(
    `completion.test.ts: bash skipped — ${BASH_COMPLETION} is missing (apt-get install bash-completion)`,
  );

/** A folder with a `xieshang` on it that runs this checkout's bundle, as `npm link` would. */
function binOnPath(): string {
  const tmp = tempData();
  afterAll(tmp.cleanup);
  const bin = path.join(tmp.dir, "bin");
  mkdirSync(bin);
  const shim = path.join(bin, "xieshang");
  writeFileSync(
    shim,
    `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, "bin", "xieshang.js")}" "$@"\n`,
  );
  chmodSync(shim, 0o755);
  return bin;
}

/** What bash offers at Tab after `line`, in the bundled data directory. */
function tab(bin: string, words: string[]): string[] {
  const script = `
source ${BASH_COMPLETION}
source <(xieshang completion bash)
COMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${words.length - 1}
COMP_LINE="${words.join(" ")}"; COMP_POINT=\${#COMP_LINE}
__xieshang_complete 2>/dev/null || true
printf '%s\\n' "\${COMPREPLY[@]}"`;
  return execFileSync("bash", ["-c", script], {
    cwd: BUNDLED_DATA,
    env: { PATH: `${bin}:${process.env.PATH}`, XIESHANG_LANG: "en" },
    encoding: "utf8",
  })
    .split("\n")
    .filter(Boolean);
}

describe.skipIf(!hasBashCompletion && !process.env.CI)("bash completion", () => {
  const bin = binOnPath();

  it("the script loads and registers xieshang", () => {
    const out = execFileSync(
      "bash",
      ["-c", `source ${BASH_COMPLETION}; source <(xieshang completion bash); complete -p xieshang`],
      { env: { PATH: `${bin}:${process.env.PATH}` }, encoding: "utf8" },
    );
    expect(out.trim()).toBe("complete -F __xieshang_complete xieshang");
  });

  it("commands, flags, committee codes, department ids and record ids", () => {
    expect(tab(bin, ["xieshang", "top"])).toEqual(["topic"]);
    expect(tab(bin, ["xieshang", "topic", "con"])).toEqual(["confirm", "conclude"]);
    expect(tab(bin, ["xieshang", "topic", "propose", "--comm"])).toEqual(["--committee"]);
    expect(tab(bin, ["xieshang", "topic", "propose", "--committee", "j"])).toEqual(["jj", "jkwt"]);
    expect(tab(bin, ["xieshang", "reply", "chase", "2026-jj-r01", "--dept", "fg"])).toEqual([
      "fgw",
    ]);
    expect(tab(bin, ["xieshang", "topic", "confirm", "2027-jj"])).toEqual([
      "2027-jj-01",
      "2027-jj-02",
    ]);
    expect(tab(bin, ["xieshang", "report", "show", "2026-nm"])).toEqual(["2026-nm-r01"]);
  });
});
