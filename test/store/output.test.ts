// --out writes as the shell's `>` would (docs/reliability.md "Reading: nothing hidden"); a failed
// write to stdout ends with one line and exit 3.
import { execFileSync, spawn } from "node:child_process";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, runCli, scratch } from "../helpers/run.js";

const data = () => scratch(path.join(FIXTURES, "valid"), path.join(FIXTURES, "year"));
const plan = (dir: string, out: string) =>
  runCli(["plan", "2027", "--out", out, "--data", dir], { today: "2027-11-27", lang: "en" });

describe("--out FILE", () => {
  it("replaces a regular file atomically: a new inode, no temporary file left", async () => {
    const dir = data();
    const out = path.join(dir, "plan.md");
    writeFileSync(out, "old\n");
    const before = statSync(out).ino;
    const r = await plan(dir, out);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("# 测试市政协2027年度对口协商计划");
    expect(statSync(out).ino).not.toBe(before);
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("follows a symbolic link, and keeps the link", async () => {
    const dir = data();
    mkdirSync(path.join(dir, "out"));
    const target = path.join(dir, "out", "real.md");
    writeFileSync(target, "old\n");
    const link = path.join(dir, "link.md");
    symlinkSync(target, link);
    expect((await plan(dir, link)).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, "utf8")).toContain("2027年度对口协商计划");
  });

  it("a dangling link creates its target", async () => {
    const dir = data();
    const link = path.join(dir, "link.md");
    symlinkSync("made.md", link);
    expect((await plan(dir, link)).code).toBe(0);
    expect(readFileSync(path.join(dir, "made.md"), "utf8")).toContain("年度对口协商计划");
  });

  it("writes a FIFO directly", async () => {
    const dir = data();
    const fifo = path.join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    // a reader on the other end, as `cat pipe` would be
    const reader = new Promise<string>((resolve) => {
      const child = spawn("cat", [fifo]);
      let text = "";
      child.stdout.on("data", (d: Buffer) => {
        text += d;
      });
      child.on("close", () => resolve(text));
    });
    expect((await plan(dir, fifo)).code).toBe(0);
    expect(await reader).toContain("年度对口协商计划");
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it("writes a device directly (/dev/null)", async () => {
    expect((await plan(data(), "/dev/null")).code).toBe(0);
  });

  it("- is stdout", async () => {
    const r = await plan(data(), "-");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("年度对口协商计划");
  });

  it("a folder that does not exist is exit 3, and is not created", async () => {
    const dir = data();
    const r = await plan(dir, path.join(dir, "nope", "plan.md"));
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      `xieshang: the folder ${path.join(dir, "nope")} does not exist; nothing was written\n  create it first (mkdir ${path.join(dir, "nope")}), or give another --out\n`,
    );
    expect(existsSync(path.join(dir, "nope"))).toBe(false);
  });

  it("remind --out DIR into a missing folder: exit 3, not created", async () => {
    const dir = data();
    const r = await runCli(["remind", "--out", path.join(dir, "催办"), "--data", dir], {
      today: "2027-11-27",
      lang: "en",
    });
    expect(r.code).toBe(3);
    expect(existsSync(path.join(dir, "催办"))).toBe(false);
  });
});
