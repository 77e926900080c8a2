// Chinese means Chinese: with --lang zh, no English reaches the clerk — in the help of
// every command and in the refusals a clerk meets. What may stay in ASCII: commands,
// flags, placeholders, ids and codes, field and file names, and a few technical words.
import path from "node:path";
import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/app/program.js";
import { testIO } from "../../src/cli/io.js";
import { RULE_IDS } from "../../src/domain/diagnostics.js";
import { FIELD_IDS } from "../../src/i18n/fields.js";
import { HELP_AFTER_ZH } from "../../src/i18n/help-after-zh.js";
import { LABELS } from "../../src/i18n/labels.js";
import { loadDataDir } from "../../src/store/load.js";
import { FIXTURES, runCli, scratch } from "../helpers/run.js";

const zhState = {
  lang: "zh" as const,
  earlyLang: () => "zh" as const,
  look: () => ({ flagUsed: undefined, settings: {} }),
};

/** Every command path of the program, the program itself first. */
function commandPaths(): string[][] {
  const paths: string[][] = [[]];
  const walk = (cmd: Command, prefix: string[]) => {
    for (const sub of cmd.commands) {
      if (sub.name() === "help" || (sub as unknown as { _hidden: boolean })._hidden) continue;
      paths.push([...prefix, sub.name()]);
      walk(sub, [...prefix, sub.name()]);
    }
  };
  walk(buildProgram(testIO(), zhState), []);
  return paths;
}

const TECHNICAL = new Set(
  `xieshang yaml json csv md hbs txt git jq mail cd zh en utf bom crlf html markdown excel wps ci
  json schema schemas nd nwd no_color yyyy gb language server pre gitattributes readme dir ref
  id ids year code file data date list show record draft sign issue extend chase table brief
  annual reminder settings activity calendar committee topic report reply clerk example org
  lang options command help version tab shell bash zsh fish powershell source bashrc
  add pull push merge docx xlsx export mm progress`
    .split(/\s+/)
    .filter(Boolean),
);

/** The ASCII words of a text that are none of the allowed kinds. */
function english(text: string, allowed: Set<string>): string[] {
  const stripped = text
    .replace(/^\s*\$ .*?(?=#|$)/gm, "") // an example's command line
    .replace(/\b[a-z0-9]+(?:[-_][a-z0-9]+)+\b/g, "") // ids, codes, field names
    .replace(/\b[A-Z][A-Z_]*_[A-Z_]+\b/g, "") // environment variables (NO_COLOR)
    .replace(/(^|[\s(（])--?[a-z][a-z-]*/g, "$1") // flags
    .replace(/<[^>]*>|\[[^\]]*\]/g, "") // placeholders
    .replace(/\$[A-Z_]+/g, "") // environment variables
    .replace(/[\w.-]+\/[\w./<>*-]*|[\w-]+\.(yaml|md|hbs|json|csv|txt)\b/g, ""); // paths and files
  return [...stripped.matchAll(/[A-Za-z]{2,}/g)]
    .map((m) => m[0])
    .filter((w) => !allowed.has(w.toLowerCase()));
}

describe("with --lang zh, no English reaches the clerk", () => {
  const paths = commandPaths();
  const allowed = new Set([
    ...TECHNICAL,
    ...FIELD_IDS(),
    ...RULE_IDS,
    // the ids and codes of the data (fgw, jj, wang-vc)
    ...loadDataDir(path.join(FIXTURES, "valid"), []).ds.committees.flatMap((c) => [
      c.value.code,
      ...c.value.departments.map((d) => d.id),
    ]),
    ...paths.flat(),
    ...Object.values(LABELS).flatMap((set) => Object.keys(set)),
  ]);

  it("every command with a paragraph under its help has it in Chinese", () => {
    const keys = paths
      .map((p) => p.join(" "))
      .filter(
        (p) =>
          ![
            "committee",
            "department",
            "topic",
            "meeting",
            "report",
            "reply",
            "import",
            "calendar",
          ].includes(p),
      );
    expect(keys.filter((k) => HELP_AFTER_ZH[k] === undefined)).toEqual([]);
  });

  it.each(paths.map((p) => [p.join(" ") || "xieshang", p]))("%s --help", async (_, p) => {
    const r = await runCli([...p, "--help"], { lang: "zh" });
    expect(r.code).toBe(0);
    expect(english(r.stdout, allowed), r.stdout).toEqual([]);
  });

  it("help [command] and the global help", async () => {
    for (const args of [["help"], ["help", "topic"], ["topic", "help", "propose"]]) {
      const r = await runCli(args, { lang: "zh" });
      expect(english(r.stdout, allowed), args.join(" ")).toEqual([]);
    }
  });

  const REFUSALS: string[][] = [
    ["department", "show", "发改局"],
    ["topic", "propose", "--committee", "jj", "--title", "t"],
    [
      "topic",
      "propose",
      "--committee",
      "jj",
      "--title",
      "t",
      "--departments",
      "fgw",
      "--source",
      "x",
      "--category",
      "policy",
    ],
    [
      "topic",
      "propose",
      "--committee",
      "jj",
      "--title",
      "t",
      "--departments",
      "fgw",
      "--source",
      "member",
      "--category",
      "policy",
      "--schedule",
      "2027年13月",
    ],
    ["topic", "list", "--year", "27"],
    ["topic", "confirm", "2027-jj-01"],
    ["topic", "shortlist", "../x"],
    ["overdue", "--within", "abc"],
    ["report", "draft", "2027-jj-01", "--template", "../x"],
    ["report", "sign", "2027-jj-r01", "--by", "nobody"],
    ["report", "issue", "2027-jj-r01"],
    ["reply", "record", "2027-jj-r01", "--from", "fgw"],
    ["reply", "extend", "2027-jj-r01", "--dept", "czj", "--until", "2027-02-30"],
    ["reply", "chase", "2027-jj-r01", "--dept", "czj", "--method", "fax"],
    ["meeting", "record", "--type", "research", "--committee", "jj", "--title", "t"],
    ["plan", "2027", "--format", "pdf"],
    ["valdate"],
    ["topic", "confirm"],
  ];
  it.each(REFUSALS.map((a) => [a.join(" "), a]))("%s", async (_, args) => {
    const dir = scratch(path.join(FIXTURES, "valid"));
    const r = await runCli([...args, "--data", dir], { lang: "zh", today: "2027-06-20" });
    expect(r.code).not.toBe(0);
    // what the clerk typed is echoed back as typed
    const typed = new Set([...allowed, ...args.flatMap((a) => a.toLowerCase().split(/[^a-z]+/))]);
    expect(english(r.stderr, typed), r.stderr).toEqual([]);
  });

  it("a broken record is said in Chinese (YAML, values, fields)", async () => {
    const dir = scratch(path.join(FIXTURES, "valid"));
    const { writeFileSync } = await import("node:fs");
    writeFileSync(path.join(dir, "topics/2027/2027-jj-01.yaml"), "id: 2027-jj-01\n\ttitle: x\n");
    const r = await runCli(["validate", "--data", dir], { lang: "zh", today: "2027-06-20" });
    expect(r.stdout).toContain("用了 Tab 缩进");
    expect(english(r.stdout, allowed), r.stdout).toEqual([]);
  });
});

describe("帮助 is help (issue 25: a clerk types the word)", () => {
  it("xieshang 帮助 and 帮助 COMMAND print the help, in Chinese", async () => {
    const all = await runCli(["帮助"], { lang: "zh" });
    expect(all.stdout).toContain("用法： xieshang [选项] [命令]");
    const one = await runCli(["帮助", "report", "issue"], { lang: "zh" });
    expect(one.stdout).toContain("用法： xieshang report issue");
  });
});
