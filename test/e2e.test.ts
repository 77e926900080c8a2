// A few runs of the built bundle as a child process, as the clerk would run it, in a
// temporary copy of the bundled data directory (the bundle is built by global-setup).
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { BUNDLED_DATA, ROOT, tempData } from "./helpers/run.js";

const exec = promisify(execFile);
const BIN = path.join(ROOT, "bin", "xieshang.js");
const tmp = tempData(BUNDLED_DATA);
afterAll(() => tmp.cleanup());

async function xieshang(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, ...args], {
      cwd: tmp.dir,
      env: { PATH: process.env.PATH ?? "", XIESHANG_TODAY: "2026-11-27", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe("the built bundle", () => {
  it("finds the data directory from the current folder and prints the dashboard", async () => {
    const res = await xieshang(["status"]);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain("政协鄂尔多斯市委员会 对口联系协商 2026 年度（截至 2026-11-27）");
    expect(res.stdout).toContain("经济委员会");
  });

  it("validate --json reports no errors on the bundled data", async () => {
    const res = await xieshang(["validate", "--json"]);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ ok: true, errors: 0 });
  });

  it("exits 2 on an unknown command, with no stack trace", async () => {
    const res = await xieshang(["frobnicate"]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain("unknown command");
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 3 outside any data directory", async () => {
    const res = await xieshang(["validate", "--data", ROOT + "/src"]);
    expect(res.code).toBe(3);
  });
});
