// What a record may hold — a formula, escape sequences, bidi overrides, characters XML
// forbids, a | or a $ — run through every command that prints, exports or sends text, each
// output checked by its own reader (README "Output for every reader"). The terminal as a
// person sees it is test/e2e/hostile.test.ts.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { BODY } from "../helpers/docx.js";
import {
  badParts,
  HOSTILE,
  HOSTILE_TITLE,
  hostileData,
  OBEYED,
  xmlError,
} from "../helpers/hostile.js";
import { runCli, scratch } from "../helpers/run.js";

const TODAY = "2027-12-31";
const cli = (dir: string, args: string[], tty = false) =>
  runCli([...args, "--data", dir], { today: TODAY, tty, columns: 120, cwd: dir });

/** The hostile data with the report's drafted body beside it (for export). */
function withBody(): string {
  const dir = hostileData();
  writeFileSync(path.join(dir, "reports", "2027", "2027-jj-r01.md"), `${BODY}\n${HOSTILE_TITLE}\n`);
  return dir;
}

describe("a terminal and a pipe", () => {
  it.each([
    ["topic list", ["topic", "list"]],
    ["report list", ["report", "list"]],
    ["overdue", ["overdue"]],
    ["committee list", ["committee", "list"]],
    ["department show", ["department", "show", "fgw"]],
    ["report show", ["report", "show", "2027-jj-r01"]],
    ["status", ["status", "--year", "2027"]],
  ])("%s: nothing a terminal would obey, on a terminal or piped", async (_, args) => {
    const dir = hostileData();
    for (const tty of [true, false]) {
      const r = await cli(dir, args, tty);
      expect(r.code, r.stderr).toBeLessThan(2);
      expect(OBEYED.test(r.stdout), JSON.stringify(r.stdout.slice(0, 400))).toBe(false);
      expect(OBEYED.test(r.stderr), JSON.stringify(r.stderr.slice(0, 400))).toBe(false);
    }
    const shown = (await cli(dir, ["topic", "list"], true)).stdout;
    expect(shown).toContain("\\x1b[2J");
    expect(shown).toContain("\\u202e");
  });

  it("a record's own colour codes are escaped on a colour terminal too; ours pass", async () => {
    const dir = hostileData();
    const file = path.join(dir, "topics", "2027", "2027-jj-01.yaml");
    writeFileSync(file, `${readFileSync(file, "utf8")}bogus\u001b[8m: 1\n`);
    for (const args of [
      ["report", "show", "2027-jj-r01"],
      ["committee", "show", "jj"],
      ["department", "show", "fgw"],
      ["validate"],
      ["department", "show", "\u001b[8mx"],
    ]) {
      const r = await runCli([...args, "--data", dir], { today: TODAY, tty: true });
      const all = r.stdout + r.stderr;
      expect(
        all.includes("\u001b[8m"),
        `${args.join(" ")}: ${JSON.stringify(all.slice(0, 300))}`,
      ).toBe(false);
      expect(OBEYED.test(all)).toBe(false);
    }
    // our own colours are still there
    const coloured = (await runCli(["validate", "--data", dir], { today: TODAY, tty: true }))
      .stdout;
    expect(coloured).toContain(`${String.fromCharCode(27)}[`);
  });

  it("--json on a terminal is valid JSON, the same values, nothing obeyed", async () => {
    const dir = hostileData();
    const r = await cli(dir, ["topic", "list", "--json"], true);
    expect(OBEYED.test(r.stdout)).toBe(false);
    const topic = JSON.parse(r.stdout).find((t: { id: string }) => t.id === "2027-jj-01");
    expect(topic.title).toBe(HOSTILE_TITLE);
  });

  it("--out /dev/stdout is stdout: piped, the document goes there; on a terminal, no binary", async () => {
    const dir = hostileData();
    const piped = await cli(dir, ["plan", "2027", "--format", "csv", "--out", "/dev/stdout"]);
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout).toContain("HYPERLINK");
    const tty = await cli(dir, ["plan", "2027", "--format", "docx", "--out", "/dev/stdout"], true);
    expect(tty.code).toBe(2);
  });

  it("history: another clerk's commit message and name are shown escaped", async () => {
    const dir = hostileData();
    const git = (...a: string[]) =>
      execFileSync("git", a, {
        cwd: dir,
        env: { ...process.env, GIT_AUTHOR_NAME: `甲${HOSTILE.clear}` },
      });
    git("init", "-q");
    git("add", ".");
    git("commit", "-qm", `改了标题${HOSTILE.osc}${HOSTILE.reversed}`);
    for (const tty of [true, false]) {
      const r = await cli(dir, ["history", "2027-jj-01"], tty);
      expect(r.code, r.stderr).toBe(0);
      expect(OBEYED.test(r.stdout), JSON.stringify(r.stdout)).toBe(false);
      expect(r.stdout).toContain("\\x1b]0;pwned\\x07");
    }
  });
});

describe("CSV", () => {
  it("piped tables (TSV, which a spreadsheet opens too): no cell starts a formula", async () => {
    const dir = hostileData();
    for (const args of [
      ["topic", "list"],
      ["report", "list"],
      ["committee", "list"],
    ]) {
      const r = await cli(dir, args);
      const cells = r.stdout.split("\n").flatMap((l) => l.split("\t"));
      expect(
        cells.filter((c) => /^[=+\-@]/.test(c)),
        args.join(" "),
      ).toEqual([]);
    }
    expect((await cli(dir, ["topic", "list"])).stdout).toContain(`'=HYPERLINK(`);
  });

  it("plan --format csv: parsed as CSV, no cell starts a formula, every value kept", async () => {
    const dir = hostileData();
    const r = await cli(dir, ["plan", "2027", "--format", "csv"]);
    expect(r.code, r.stderr).toBe(0);
    const rows: string[][] = parseCsv(r.stdout.replace(/^\uFEFF/, ""), {
      relax_column_count: false,
    });
    const cells = rows.flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toContain(`'${HOSTILE_TITLE}`);
    expect(cells).toContain(`'+经济委员会${HOSTILE.soh}`);
  });
});

describe("XML: every part of every document parses", () => {
  it.each([
    ["plan docx", ["plan", "2027", "--format", "docx"]],
    ["plan xlsx", ["plan", "2027", "--format", "xlsx"]],
    ["plan docx with progress", ["plan", "2027", "--format", "docx", "--progress"]],
    ["review docx", ["review", "2027", "--format", "docx"]],
    ["report export", ["report", "export", "2027-jj-r01"]],
  ])("%s", async (_, args) => {
    const dir = withBody();
    const out = path.join(dir, "out.bin");
    const r = await cli(dir, [...args, "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(badParts(readFileSync(out))).toEqual([]);
  });

  it("remind --format docx: every letter", async () => {
    const dir = hostileData();
    const out = path.join(dir, "letters");
    mkdirSync(out);
    const r = await cli(dir, ["remind", "--format", "docx", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const letters = readdirSync(out);
    expect(letters.length).toBeGreaterThan(0);
    for (const f of letters) expect(badParts(readFileSync(path.join(out, f)))).toEqual([]);
  });
});

describe("html and its SVG charts", () => {
  it("review --format html: values escaped, controls shown, every chart parses as XML", async () => {
    const dir = hostileData();
    const r = await cli(dir, ["review", "2027", "--format", "html"]);
    expect(r.code, r.stderr).toBe(0);
    expect(OBEYED.test(r.stdout)).toBe(false);
    expect(r.stdout).not.toContain("\ufffe");
    const svgs = r.stdout.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs.length).toBe(2);
    for (const svg of svgs) expect(xmlError(svg)).toBeUndefined();
  });
});

describe("Markdown", () => {
  it("plan: a | in a title stays in its cell", async () => {
    const dir = hostileData();
    const r = await cli(dir, ["plan", "2027"]);
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout.split("\n").filter((l) => l.startsWith("|"));
    const columns = (row: string) => row.split(/(?<!\\)\|/).length;
    expect(new Set(rows.map(columns)).size).toBe(1);
    expect(r.stdout).toContain("甲\\|乙");
    expect(r.stdout).not.toMatch(/\r(?!\n)/);
  });

  it("a record's line break starts no heading or table of its own", async () => {
    const dir = hostileData(`关于某事\n# 插入的标题\n| a | b |`);
    for (const args of [["review", "2027"], ["plan", "2027"], ["remind"]]) {
      const r = await cli(dir, args);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.split("\n").filter((l) => l.startsWith("# 插入"))).toEqual([]);
    }
  });

  it("review: every row of its tables has as many cells as its head", async () => {
    const dir = hostileData();
    const jj = path.join(dir, "committees", "jj.yaml");
    writeFileSync(
      jj,
      readFileSync(jj, "utf8").replace(/^name: .*$/m, () => "name: 经济|委员会"),
    );
    const r = await cli(dir, ["review", "2027"]);
    expect(r.code, r.stderr).toBe(0);
    const columns = (row: string) => row.split(/(?<!\\)\|/).length;
    for (const table of r.stdout.split(/\n(?!\|)/).filter((t) => t.startsWith("|"))) {
      const rows = table.split("\n").filter((l) => l.startsWith("|"));
      expect(new Set(rows.map(columns)).size, table).toBe(1);
    }
    expect(r.stdout).toContain("经济\\|委员会");
  });
});

describe("no value is a replacement pattern", () => {
  it("a doc number with $` $& $' goes into the drafted body as typed", async () => {
    const dir = scratch(path.join(process.cwd(), "test", "fixtures", "valid"));
    await runCli(["report", "draft", "2027-jj-01", "--on", "2027-06-10", "--data", dir], {
      today: "2027-06-10",
    });
    const md = path.join(dir, "reports", "2027", "2027-jj-r02.md");
    writeFileSync(
      md,
      readFileSync(md, "utf8").replace(/【请填写[^】]*】/g, () => "审批环节仍然偏多。"),
    );
    await runCli(
      ["report", "sign", "2027-jj-r02", "--by", "wang-vc", "--on", "2027-06-11", "--data", dir],
      {
        today: "2027-06-11",
      },
    );
    const docNo = "测政协经〔2027〕$`$&$'9号";
    const r = await runCli(
      ["report", "issue", "2027-jj-r02", "--doc-no", docNo, "--on", "2027-06-12", "--data", dir],
      { today: "2027-06-12" },
    );
    expect(r.code, r.stderr).toBe(0);
    const body = readFileSync(md, "utf8");
    expect(body).toContain(docNo);
    expect(body.split(docNo)).toHaveLength(2);
  });
});

describe("JSON carries the values as they are", () => {
  it("topic list --json", async () => {
    const dir = hostileData();
    const r = await cli(dir, ["topic", "list", "--json"]);
    expect(JSON.parse(r.stdout).find((t: { id: string }) => t.id === "2027-jj-01").title).toBe(
      HOSTILE_TITLE,
    );
  });
});

describe("a title of 10,000 characters", () => {
  it("every output is made; report export's default file name is fitted, the title kept inside", async () => {
    const long = `关于${"长".repeat(10_000)}的协商意见`;
    const dir = hostileData(long);
    writeFileSync(path.join(dir, "reports", "2027", "2027-jj-r01.md"), `${BODY}\n`);
    for (const args of [
      ["topic", "list"],
      ["plan", "2027"],
      ["plan", "2027", "--format", "csv"],
    ]) {
      const r = await cli(dir, args, true);
      expect(r.code, `${args.join(" ")}: ${r.stderr}`).toBe(0);
    }
    const r = await runCli(["report", "export", "2027-jj-r01", "--data", dir], {
      today: TODAY,
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    const [file] = readdirSync(dir).filter((f) => f.endsWith(".docx"));
    expect(Buffer.byteLength(file!)).toBeLessThanOrEqual(255);
    expect(file).toMatch(/…\.docx$/);
    // the default name of a hostile title: nothing a terminal or Windows would read otherwise
    const hostile = withBody();
    expect((await cli(hostile, ["report", "export", "2027-jj-r01"])).code).toBe(0);
    const [named] = readdirSync(hostile).filter((f) => f.endsWith(".docx"));
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
    expect(named).not.toMatch(/[\u0000-\u001f\u202a-\u202e\\/:*?"<>|]/);
  });
});

describe("--out, as the shell's > for every command that has it", () => {
  const COMMANDS: [string, string[], boolean][] = [
    ["plan", ["plan", "2027"], false],
    ["plan docx", ["plan", "2027", "--format", "docx"], true],
    ["plan xlsx", ["plan", "2027", "--format", "xlsx"], true],
    ["review", ["review", "2027"], false],
    ["review docx", ["review", "2027", "--format", "docx"], true],
    ["report export", ["report", "export", "2027-jj-r01"], true],
    ["report export md", ["report", "export", "2027-jj-r01", "--format", "md"], false],
  ];

  it.each(COMMANDS)(
    "%s: a binary document is refused to a terminal (exit 2)",
    async (_, args, binary) => {
      const dir = withBody();
      // report export's default is a file named by its title, not stdout
      for (const out of args[0] === "report" ? [["--out", "-"]] : [[], ["--out", "-"]]) {
        const r = await cli(dir, [...args, ...out], true);
        if (binary) {
          expect(r.code, r.stderr).toBe(2);
          expect(r.stderr).toContain("is not for a terminal");
          expect(r.stdout).toBe("");
        } else expect(r.code, r.stderr).toBe(0);
      }
    },
  );

  it.each(COMMANDS)(
    "%s: replaces a 0600 file keeping its mode, says so on stderr only",
    async (_, args) => {
      const dir = withBody();
      const file = path.join(dir, "secret.out");
      writeFileSync(file, "old");
      chmodSync(file, 0o600);
      const r = await cli(dir, [...args, "--out", file]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(`wrote ${file}`);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(readFileSync(file, "utf8")).not.toBe("old");
    },
  );

  it.each(COMMANDS)(
    "%s: a folder that is not there is an error (exit 3), never made",
    async (_, args) => {
      const dir = withBody();
      const r = await cli(dir, [...args, "--out", path.join(dir, "nowhere", "x.out")]);
      expect(r.code).toBe(3);
      expect(readdirSync(dir)).not.toContain("nowhere");
    },
  );

  it.each([
    ["remind", ["remind"]],
    ["remind docx", ["remind", "--format", "docx"]],
    ["schema", ["schema"]],
  ])(
    "%s --out DIR: every file said on stderr, a 0600 one kept so, no folder made",
    async (_, args) => {
      const dir = hostileData();
      const missing = await cli(dir, [...args, "--out", path.join(dir, "nowhere")]);
      expect(missing.code).toBe(3);
      expect(readdirSync(dir)).not.toContain("nowhere");
      const out = path.join(dir, "out");
      mkdirSync(out);
      const first = await cli(dir, [...args, "--out", out]);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toBe("");
      const files = readdirSync(out);
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) expect(first.stderr).toContain(`wrote ${path.join(out, f)}`);
      chmodSync(path.join(out, files[0]!), 0o600);
      expect((await cli(dir, [...args, "--out", out])).code).toBe(0);
      expect(statSync(path.join(out, files[0]!)).mode & 0o777).toBe(0o600);
    },
  );
});

describe("input edges (docs/commands.md)", () => {
  const notice = (dir: string, body: string) => {
    const file = path.join(dir, "notice.txt");
    writeFileSync(file, `国务院办公厅关于2027年部分节假日安排的通知\n${body}\n`);
    return file;
  };

  it("calendar import: a range beyond the notice's year is a self-check problem, not a crash", async () => {
    const dir = hostileData();
    const r = await cli(dir, [
      "calendar",
      "import",
      notice(dir, "一、元旦：1月1日至2400年12月31日放假调休，共3天。"),
      "--dry-run",
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("2027-01-01 to 2400-12-31 is not a festival's days off");
    expect(r.stderr).not.toContain("internal error");
  });

  it("calendar import: a day that is not one (2月0日) is named, never printed as undefined", async () => {
    const dir = hostileData();
    const r = await cli(dir, [
      "calendar",
      "import",
      notice(dir, "一、春节：2月0日放假，共1天。"),
      "--dry-run",
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("春节: 2月0日 is not a date");
    expect(`${r.stdout}${r.stderr}`).not.toContain("undefined");
  });

  it.each(["2027.3.5", "99999-01-01"])(
    "validate: a bad date (%s) is one error, counted once",
    async (date) => {
      const dir = scratch(path.join(process.cwd(), "test", "fixtures", "valid"));
      const file = path.join(dir, "topics", "2027", "2027-jj-01.yaml");
      writeFileSync(
        file,
        readFileSync(file, "utf8").replace(/^confirmed_on: .*$/m, () => `confirmed_on: ${date}`),
      );
      const v = JSON.parse((await cli(dir, ["validate", "--json"])).stdout);
      expect(v.errors).toBe(1);
      expect(v.problems.filter((p: { severity: string }) => p.severity === "error")).toHaveLength(
        1,
      );
    },
  );

  it("import liaison-table: the common headers are known; one it cannot place is refused", async () => {
    const dir = scratch();
    expect((await runCli(["init", "--empty", dir])).code).toBe(0);
    const table = path.join(dir, "table.txt");
    for (const head of ["单位\t对口部门", "专委会\t联系部门", "专门委员会\t对口联系部门"]) {
      writeFileSync(table, `${head}\n经济委员会\t市发改委、财政局\n`);
      const r = await cli(dir, ["import", "liaison-table", table, "--dry-run"]);
      expect(r.code, `${head}: ${r.stderr}`).toBe(0);
      expect(r.stdout).not.toContain("u1");
    }
    writeFileSync(table, "单位\t名单\n经济委员会\t市发改委、财政局\n");
    const refused = await cli(dir, ["import", "liaison-table", table]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("header could not be placed");
    expect(readdirSync(path.join(dir, "committees")).filter((f) => f.endsWith(".yaml"))).toEqual(
      [],
    );
  });
});
