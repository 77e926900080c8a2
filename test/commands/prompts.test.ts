// Every command's questions, in-process, through a scripted prompter
// (test/helpers/prompter.ts; docs/architecture.md "Prompts"): what is asked, in what
// order, what an answer that does not do is told, and what is written from the answers.
// The same questions on a real terminal are seen in test/e2e/interactive.test.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CANCEL, type ScriptedPrompter, scripted } from "../helpers/prompter.js";
import { BUNDLED_DATA, FIXTURES, runCli, scratch } from "../helpers/run.js";

const VALID = path.join(FIXTURES, "valid");

/** Runs a command on a terminal whose questions `p` answers. */
async function ask(p: ScriptedPrompter, args: string[], dir: string, today?: string) {
  return runCli([...args, "--data", dir], { tty: true, prompter: p, today });
}

describe("topic propose", () => {
  it("asks every value in order, re-asks a bad schedule, confirms a summary and writes it", async () => {
    const dir = scratch(VALID);
    const p = scripted(
      { kind: "input", message: "Topic title", answer: "关于推进数字政府建设的对口协商" },
      { kind: "select", message: "Leading committee", answer: "经济委员会" },
      { kind: "checkbox", message: "Counterpart departments", answer: ["市发改委", "财政局"] },
      { kind: "confirm", message: "Invite departments", answer: false },
      { kind: "select", message: "Source", answer: "department" },
      { kind: "input", message: "Proposed by", answer: "市发改委" },
      { kind: "select", message: "Area", answer: "resources" },
      { kind: "checkbox", message: "Planned forms", answer: ["research"] },
      { kind: "input", message: "Schedule", answer: "next spring" },
      { kind: "input", message: "Schedule", answer: "2027-Q2" },
      { kind: "input", message: "Proposed on", answer: "" },
      { kind: "confirm", message: "Write this record?", answer: true },
    );
    const r = await ask(p, ["topic", "propose", "--year", "2027"], dir);
    expect(r.stderr, p.asked.join("\n")).not.toContain("Error");
    expect(r.code, r.stderr).toBe(0);
    p.done();
    expect(p.rejected).toHaveLength(1);
    expect(r.stderr).toContain("关于推进数字政府建设的对口协商");
    const written = r.stdout.match(/topics\/2027\/(\S+\.yaml)/)?.[1];
    expect(written, r.stdout).toBeDefined();
    const text = readFileSync(path.join(dir, "topics", "2027", written!), "utf8");
    expect(text).toContain("schedule: 2027-Q2");
    expect(text).toContain("departments: [fgw, czj]");
    expect(text).toContain("proposed_on: 2026-11-27");
  });

  it("Ctrl-C at a question, or No at the summary: exit 130, nothing written", async () => {
    for (const last of [
      [{ kind: "input", message: "Topic title", answer: CANCEL }],
      [
        { kind: "input", message: "Topic title", answer: "关于某事的对口协商" },
        { kind: "select", message: "Leading committee", answer: "经济委员会" },
        { kind: "checkbox", message: "Counterpart departments", answer: ["市发改委"] },
        { kind: "confirm", message: "Invite departments", answer: false },
        { kind: "select", message: "Source", answer: "member" },
        { kind: "input", message: "Proposed by", answer: "" },
        { kind: "select", message: "Area", answer: "resources" },
        { kind: "checkbox", message: "Planned forms", answer: [] },
        { kind: "input", message: "Schedule", answer: "" },
        { kind: "input", message: "Proposed on", answer: "" },
        { kind: "confirm", message: "Write this record?", answer: false },
      ],
    ] as const) {
      const dir = scratch(VALID);
      const p = scripted(...(last as never as Parameters<typeof scripted>));
      const r = await ask(p, ["topic", "propose", "--year", "2027"], dir);
      expect(r.code, r.stderr).toBe(130);
      p.done();
      expect(r.stdout).toBe("");
    }
  });

  it("asks only what the flags left out", async () => {
    const dir = scratch(VALID);
    const p = scripted(
      { kind: "confirm", message: "Invite departments", answer: true },
      { kind: "checkbox", message: "Invited departments", answer: ["农牧"] },
      { kind: "select", message: "Source", answer: "member" },
      { kind: "input", message: "Proposed by", answer: "" },
      { kind: "checkbox", message: "Planned forms", answer: [] },
      { kind: "input", message: "Schedule", answer: "" },
      { kind: "input", message: "Proposed on", answer: "2026-10-08" },
      { kind: "confirm", message: "Write this record?", answer: true },
    );
    const r = await ask(
      p,
      [
        "topic",
        "propose",
        "--year",
        "2027",
        "--title",
        "关于某事的对口协商",
        "--committee",
        "jj",
        "--departments",
        "fgw",
        "--category",
        "resources",
      ],
      dir,
    );
    expect(r.code, `${r.stderr}\n${p.asked.join("\n")}`).toBe(0);
    p.done();
  });
});

describe("a long list is picked from by typing", () => {
  it("the 43 departments of 经济委员会: searched one by one until Done", async () => {
    const dir = scratch(BUNDLED_DATA);
    const p = scripted(
      { kind: "input", message: "Topic title", answer: "关于某事的对口协商" },
      { kind: "select", message: "Leading committee", answer: "经济委员会" },
      // nothing picked yet: "Done" is not offered for a list that needs one
      { kind: "search", message: "Counterpart departments", answer: "发改委" },
      { kind: "search", message: "Counterpart departments", answer: "财政局" },
      { kind: "search", message: "Counterpart departments", answer: "done" },
      { kind: "confirm", message: "Invite departments", answer: false },
      { kind: "select", message: "Source", answer: "member" },
      { kind: "input", message: "Proposed by", answer: "" },
      { kind: "select", message: "Area", answer: "resources" },
      { kind: "checkbox", message: "Planned forms", answer: [] },
      { kind: "input", message: "Schedule", answer: "" },
      { kind: "input", message: "Proposed on", answer: "" },
      { kind: "confirm", message: "Write this record?", answer: true },
    );
    const r = await ask(p, ["topic", "propose", "--year", "2027"], dir);
    expect(r.code, `${r.stderr}\n${p.asked.join("\n")}`).toBe(0);
    p.done();
    expect(r.stderr).toMatch(/市发改委、(市)?财政局/);
  });
});

describe("meeting record", () => {
  it("asks the form, committee, topic, title, date, departments, people and opinions", async () => {
    const dir = scratch(VALID);
    const p = scripted(
      { kind: "select", message: "Form of the activity", answer: "consultation" },
      { kind: "select", message: "Leading committee", answer: "经济委员会" },
      { kind: "select", message: "Topic it serves", answer: "2027-jj-01" },
      { kind: "input", message: "Title of the activity", answer: "" },
      { kind: "input", message: "Title of the activity", answer: "营商环境对口协商会" },
      { kind: "input", message: "Date", answer: "2027年5月20日" },
      { kind: "checkbox", message: "Departments taking part", answer: ["市发改委"] },
      { kind: "input", message: "Where", answer: "市政协三楼会议室" },
      { kind: "checkbox", message: "CPPCC leaders present", answer: ["王某某"] },
      { kind: "input", message: "heads", answer: "张某、刘某" },
      { kind: "input", message: "CPPCC members", answer: "" },
      { kind: "input", message: "experts", answer: "" },
      { kind: "input", message: "Opinion 1", answer: "简化审批——张某" },
      { kind: "input", message: "Opinion 2", answer: "" },
      { kind: "confirm", message: "Write this record?", answer: true },
    );
    const r = await ask(p, ["meeting", "record"], dir);
    expect(r.code, `${r.stderr}\n${p.asked.join("\n")}`).toBe(0);
    p.done();
    expect(p.rejected).toEqual(["required"]);
    const file = path.join(dir, "activities", "2027", "2027-05-20-jj-1.yaml");
    const text = readFileSync(file, "utf8");
    expect(text).toContain("cppcc_leaders: [wang-vc]");
    expect(text).toContain("department_heads: [张某, 刘某]");
    expect(text).toContain("简化审批");
  });

  it("with every needed flag, asks only what Art. 12 checks of a consultation meeting", async () => {
    const dir = scratch(VALID);
    const p = scripted(
      { kind: "checkbox", message: "CPPCC leaders present", answer: ["李某某"] },
      { kind: "input", message: "heads", answer: "张某" },
      { kind: "confirm", message: "Write this record?", answer: true },
    );
    const r = await ask(
      p,
      [
        "meeting",
        "record",
        "--type",
        "consultation",
        "--committee",
        "jj",
        "--topic",
        "2027-jj-01",
        "--title",
        "协商会",
        "--date",
        "2027-05-21",
      ],
      dir,
    );
    expect(r.code, `${r.stderr}\n${p.asked.join("\n")}`).toBe(0);
    p.done();
  });
});

describe("report sign", () => {
  it("asks who signs among the leaders", async () => {
    const dir = scratch(VALID, path.join(FIXTURES, "draft"));
    const p = scripted({ kind: "select", message: "Signed by", answer: "周某某" });
    const r = await ask(p, ["report", "sign", "2027-jj-r02"], dir, "2027-06-20");
    expect(r.code, `${r.stderr}\n${p.asked.join("\n")}`).toBe(0);
    p.done();
    const text = readFileSync(path.join(dir, "reports", "2027", "2027-jj-r02.yaml"), "utf8");
    expect(text).toContain("signed_by: zhou-sg");
  });
});

describe("reply record, extend, chase and rate", () => {
  it("reply record asks the department, the day, its doc number, summary and category", async () => {
    const dir = scratch(VALID);
    const p = scripted(
      { kind: "select", message: "Department that replied", answer: "财政局" },
      { kind: "input", message: "Received on", answer: "2027-06-20" },
      { kind: "input", message: "doc", answer: "鄂财函〔2027〕5号" },
      { kind: "input", message: "What it says", answer: "已纳入预算" },
      { kind: "select", message: "Its category", answer: "B" },
      { kind: "confirm", message: "Write this record?", answer: true },
    );
    const r = await ask(p, ["reply", "record", "2027-jj-r01"], dir);
    expect(r.code, `${r.stderr}\n${p.asked.join("\n")}`).toBe(0);
    p.done();
    const text = readFileSync(path.join(dir, "reports", "2027", "2027-jj-r01.yaml"), "utf8");
    expect(text).toContain("鄂财函〔2027〕5号");
  });

  it("reply extend asks the department, the new due date and the reason", async () => {
    const dir = scratch(VALID);
    const p = scripted(
      { kind: "select", message: "Department", answer: "财政局" },
      { kind: "input", message: "New due date", answer: "tomorrow" },
      { kind: "input", message: "New due date", answer: "2027-08-31" },
      { kind: "input", message: "Reason", answer: "需调研" },
    );
    const r = await ask(p, ["reply", "extend", "2027-jj-r01"], dir);
    expect(r.code, `${r.stderr}\n${p.asked.join("\n")}`).toBe(0);
    p.done();
    expect(p.rejected).toHaveLength(1);
  });

  it("reply chase asks the department and how", async () => {
    const dir = scratch(VALID);
    const p = scripted(
      { kind: "select", message: "Department", answer: "财政局" },
      { kind: "select", message: "How it was chased", answer: "phone" },
    );
    const r = await ask(p, ["reply", "chase", "2027-jj-r01"], dir);
    expect(r.code, `${r.stderr}\n${p.asked.join("\n")}`).toBe(0);
    p.done();
  });

  it("reply rate asks which reply and the two verdicts", async () => {
    const dir = scratch(VALID);
    const p = scripted(
      { kind: "select", message: "Which department's reply", answer: "市发改委" },
      { kind: "select", message: "How was it handled", answer: "satisfied" },
      { kind: "select", message: "How is the result", answer: "satisfied" },
    );
    const r = await ask(p, ["reply", "rate", "2027-jj-r01"], dir, "2027-07-20");
    expect(r.code, `${r.stderr}\n${p.asked.join("\n")}`).toBe(0);
    p.done();
  });
});

describe("topic moves", () => {
  it("withdraw asks the reason", async () => {
    const dir = scratch(VALID);
    const p = scripted({ kind: "input", message: "Reason", answer: "并入其他议题" });
    const r = await ask(p, ["topic", "withdraw", "2027-jj-01"], dir, "2027-03-01");
    expect(r.code, `${r.stderr}\n${p.asked.join("\n")}`).toBe(0);
    p.done();
  });
});
