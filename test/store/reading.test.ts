// Nothing hidden (docs/reliability.md "Reading: nothing hidden"): with one record damaged in any of
// the ways a clerk meets — a typo in a value, a full-width colon, a GBK file, merge-
// conflict markers — every reading command names the file and exits 1, and no document
// is made without it.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, runCli, scratch } from "../helpers/run.js";

const TODAY = "2027-11-27";
const REPORT = "reports/2027/2027-nm-r01.yaml";
const TOPIC = "topics/2027/2027-jj-01.yaml";

/** The ways a record is damaged, each applied to the text of one file. */
const DAMAGES: Record<string, (text: string) => Buffer | string> = {
  "a value not allowed": (t) => t.replace(/^status: (\w+)/m, "status: $1x"),
  "a full-width colon": (t) => t.replace(/^title: /m, "title： "),
  "a GBK file": (t) =>
    Buffer.concat([
      Buffer.from(t.replace(/^title: .*$/m, "title: ")),
      Buffer.from([0xb9, 0xd8, 0xd3, 0xda, 0x0a]), // 关于, in GBK
    ]),
  "merge-conflict markers": (t) =>
    t.replace(
      /^status: (.*)$/m,
      "<<<<<<< HEAD\nstatus: $1\n=======\nstatus: withdrawn\n>>>>>>> origin/main",
    ),
};

function damaged(file: string, how: string): string {
  const dir = scratch(path.join(FIXTURES, "valid"), path.join(FIXTURES, "year"));
  const abs = path.join(dir, file);
  const before = readFileSync(abs, "utf8");
  const after = DAMAGES[how]!(before);
  expect(after.toString(), "the damage applies").not.toBe(before);
  writeFileSync(abs, after);
  return dir;
}

const run = (dir: string, ...args: string[]) =>
  runCli([...args, "--data", dir], { today: TODAY, lang: "en" });

/** The views that read reports: each prints what it could, names the file, exits 1. */
const REPORT_VIEWS: string[][] = [
  ["overdue"],
  ["overdue", "--check"],
  ["overdue", "--json"],
  ["status"],
  ["status", "--json"],
  ["report", "list"],
  ["report", "list", "--json"],
  ["report", "show", "2027-jj-r01"],
];
const TOPIC_VIEWS: string[][] = [
  ["topic", "list"],
  ["topic", "list", "--json"],
  ["department", "show", "fgw"],
  ["status"],
];

describe.each(Object.keys(DAMAGES))("one report damaged: %s", (how) => {
  it.each(REPORT_VIEWS.map((a) => [a.join(" "), a]))("%s names it and exits 1", async (_, args) => {
    const r = await run(damaged(REPORT, how), ...args);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`${REPORT}:`);
    expect(r.stderr).toContain("could not be read and were left out");
    expect(r.stderr).toContain("xieshang validate");
    if (args.includes("--json")) expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it("overdue --check fails even though what it could read has an overdue reply", async () => {
    const r = await run(damaged(REPORT, how), "overdue", "--check");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("2027-jj-r01");
  });

  it("remind and plan --progress make nothing, to stdout or --out", async () => {
    const dir = damaged(REPORT, how);
    for (const args of [["remind"], ["plan", "2027", "--progress"]]) {
      const r = await run(dir, ...args);
      expect(r.code, args.join(" ")).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain("nothing was made: 1 record file(s) it draws on cannot be read");
    }
    const out = path.join(dir, "plan.md");
    expect((await run(dir, "plan", "2027", "--progress", "--out", out)).code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it("the damaged report's id is said to be unreadable, not unknown", async () => {
    const r = await run(damaged(REPORT, how), "report", "show", "2027-nm-r01");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("report 2027-nm-r01 cannot be read: its file has errors");
    expect(r.stderr).not.toContain("unknown");
    const chase = await run(
      damaged(REPORT, how),
      "reply",
      "chase",
      "2027-nm-r01",
      "--dept",
      "nmcj",
      "--method",
      "phone",
    );
    expect(chase.code).toBe(1);
    expect(chase.stderr).toContain("report 2027-nm-r01 cannot be read");
  });
});

describe.each(Object.keys(DAMAGES))("one topic damaged: %s", (how) => {
  it.each(TOPIC_VIEWS.map((a) => [a.join(" "), a]))("%s names it and exits 1", async (_, args) => {
    const r = await run(damaged(TOPIC, how), ...args);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`${TOPIC}:`);
  });

  it("plan of its year makes nothing, in every format; plan of another year is made", async () => {
    const dir = damaged(TOPIC, how);
    for (const format of ["md", "json", "csv"]) {
      const r = await run(dir, "plan", "2027", "--format", format);
      expect(r.code, format).toBe(1);
      expect(r.stdout).toBe("");
    }
    // a plan that does not draw on it is whole: made, and the file is still listed after
    const other = await run(dir, "plan", "2026");
    expect(other.code).toBe(0);
    expect(other.stderr).toContain(`${TOPIC}:`);
  });

  it("report draft of it makes nothing; topic confirm calls it unreadable", async () => {
    const dir = damaged(TOPIC, how);
    const draft = await run(dir, "report", "draft", "2027-nm-01");
    expect(draft.code).toBe(1);
    expect(draft.stderr).toContain("nothing was made");
    expect(existsSync(path.join(dir, "reports/2027/2027-nm-r02.yaml"))).toBe(false);
    const confirm = await run(dir, "topic", "conclude", "2027-jj-01");
    expect(confirm.code).toBe(1);
    expect(confirm.stderr).toContain("topic 2027-jj-01 cannot be read: its file has errors");
  });

  it("a write that does not need it goes ahead, and lists it after", async () => {
    const dir = damaged(TOPIC, how);
    const r = await run(
      dir,
      "reply",
      "chase",
      "2027-nm-r01",
      "--dept",
      "nmcj",
      "--method",
      "phone",
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("updated reports/2027/2027-nm-r01.yaml\n");
    expect(r.stderr).toContain(`${TOPIC}:`);
  });
});

/** The same four ways, on a committee file (which has no status). */
const COMMITTEE_DAMAGES: Record<string, (text: string) => Buffer | string> = {
  "a misspelt field": (t) => t.replace(/^kind: /m, "kidn: "),
  "a full-width colon": (t) => t.replace(/^name: /m, "name： "),
  "a GBK file": (t) =>
    Buffer.concat([
      Buffer.from(t.replace(/^name: .*$/m, "name: ")),
      Buffer.from([0xc5, 0xa9, 0xc4, 0xc1, 0x0a]), // 农牧, in GBK
    ]),
  "merge-conflict markers": (t) =>
    t.replace(
      /^kind: (.*)$/m,
      "<<<<<<< HEAD\nkind: $1\n=======\nkind: office\n>>>>>>> origin/main",
    ),
};

describe.each(Object.keys(COMMITTEE_DAMAGES))("one committee damaged: %s", (how) => {
  const COMMITTEE = "committees/nm.yaml";
  it.each([
    ["committee list"],
    ["committee show jj"],
    ["department list"],
    ["department show fgw"],
    ["status"],
    ["overdue"],
  ])("%s names it and exits 1", async (command) => {
    const dir = scratch(path.join(FIXTURES, "valid"), path.join(FIXTURES, "year"));
    const abs = path.join(dir, COMMITTEE);
    const before = readFileSync(abs, "utf8");
    const after = COMMITTEE_DAMAGES[how]!(before);
    expect(after.toString()).not.toBe(before);
    writeFileSync(abs, after);
    const r = await run(dir, ...command.split(" "));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`${COMMITTEE}:`);
  });
});
