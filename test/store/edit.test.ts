// In-place edits against many values and files: whatever is set reads back exactly, and
// every other value of the file is unchanged (a seeded, repeatable fuzz).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { appendTo, setIn } from "../../src/store/edit.js";
import { COMMITTEE_LAYOUT, REPORT_LAYOUT, TOPIC_LAYOUT } from "../../src/store/records.js";
import { BUNDLED_DATA } from "../helpers/run.js";

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TRICKY = [
  "普通文字",
  "关于: 冒号",
  "# 井号开头",
  "a #b",
  "'单引号'",
  '"双引号"',
  "- 像列表",
  "[像列表]",
  "{像映射}",
  "0477",
  "yes",
  "null",
  "~",
  "2027-02-30",
  "第一行\n第二行",
  "  前后空格  ",
  "@at",
  "`反引号`",
  "%百分号",
  "tab\tin",
  "鄂政协经〔2027〕3号",
  "a: b: c",
  "*alias",
  "&anchor",
  "!tag",
];

function files(folder: string): string[] {
  const dir = path.join(BUNDLED_DATA, folder);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".yaml"))
    .map((e) => path.join(e.parentPath, e.name));
}

describe("in-place edits, fuzzed", () => {
  it("set any top-level field of a topic to any text, and only that field changes", () => {
    const next = rng(7);
    let runs = 0;
    for (const file of files("topics")) {
      for (const crlf of [false, true, false, true, false, true, false, true]) {
        let text = readFileSync(file, "utf8");
        if (crlf) text = text.replace(/\n/g, "\r\n");
        const key = TOPIC_LAYOUT.order[Math.floor(next() * TOPIC_LAYOUT.order.length)]!;
        const value = TRICKY[Math.floor(next() * TRICKY.length)]!;
        const out = setIn(text, [key], value, TOPIC_LAYOUT);
        expect(parse(out), `${file} ${key}=${JSON.stringify(value)}`).toEqual({
          ...parse(text),
          [key]: value,
        });
        expect(out.includes("\r\n"), file).toBe(crlf);
        if (crlf) expect(out.replace(/\r\n/g, "").includes("\n"), file).toBe(false);
        runs++;
      }
    }
    expect(runs).toBeGreaterThan(20);
  });

  it("add replies, extensions and lists to every report, reading back exactly", () => {
    const next = rng(11);
    for (const file of files("reports")) {
      const text = readFileSync(file, "utf8");
      const before = parse(text);
      const dept = ["fgw", "czj", "slj", "zwfw", "lyj"][Math.floor(next() * 5)]!;
      const reply = {
        received_on: "2026-12-01",
        doc_no: TRICKY[Math.floor(next() * TRICKY.length)]!,
        summary: TRICKY[Math.floor(next() * TRICKY.length)]!,
      };
      let out = setIn(text, ["replies", dept], reply, REPORT_LAYOUT);
      out = setIn(
        out,
        ["extensions", "zz"],
        { until: "2027-01-01", reason: TRICKY[Math.floor(next() * TRICKY.length)]! },
        REPORT_LAYOUT,
      );
      out = setIn(
        out,
        ["to_leaders"],
        ["市长", TRICKY[Math.floor(next() * TRICKY.length)]!],
        REPORT_LAYOUT,
      );
      const after = parse(out);
      expect(after.replies[dept], file).toEqual({ ...(before.replies?.[dept] ?? {}), ...reply });
      expect(after.extensions.zz, file).toMatchObject({ until: "2027-01-01" });
      for (const [k, v] of Object.entries(before.extensions ?? {}))
        expect(after.extensions[k], file).toEqual(v);
      for (const [k, v] of Object.entries(before.replies ?? {}))
        if (k !== dept) expect(after.replies[k], file).toEqual(v);
      const { replies, extensions, to_leaders, ...rest } = after;
      const { replies: r0, extensions: e0, to_leaders: t0, ...rest0 } = before;
      expect(rest, file).toEqual(rest0);
    }
  });
});

describe('edits inside a committee\'s list of departments (README "Departments change")', () => {
  const layout = COMMITTEE_LAYOUT;
  const block = readFileSync(path.join(BUNDLED_DATA, "committees", "nm.yaml"), "utf8");
  // the same committee written as a flow list, on one line
  const flow = `code: zy\nname: 流式\nkind: committee\norder: 10\ndepartments: [{id: ga, name: 甲}, {id: gb, name: 乙, full_name: 全乙}, {id: gc, name: 丙, liaison: {name: 张, phone: "1"}}]\n`;

  for (const [label, text] of [
    ["block", block],
    ["flow", flow],
  ] as const) {
    it(`${label}: a rename and history of any text read back, every other department as it was`, () => {
      const before = parse(text) as { departments: Record<string, unknown>[] };
      for (const tricky of TRICKY) {
        let t = setIn(text, ["departments", "1", "name"], tricky, layout);
        t = appendTo(
          t,
          ["departments", "1", "history"],
          { event: "renamed", on: "2025-01-01", from: `${tricky}, 附件` },
          layout,
        );
        t = appendTo(
          t,
          ["departments", "1", "history"],
          { event: "abolished", on: "2026-01-01", source: `鄂府发〔2024〕1号,` },
          layout,
        );
        const after = parse(t) as { departments: Record<string, unknown>[] };
        expect(after.departments.length, tricky).toBe(before.departments.length);
        expect(after.departments[1]!.name, tricky).toBe(tricky);
        expect(after.departments[1]!.history, tricky).toEqual([
          { event: "renamed", on: "2025-01-01", from: `${tricky}, 附件` },
          { event: "abolished", on: "2026-01-01", source: "鄂府发〔2024〕1号," },
        ]);
        after.departments.forEach((d, i) => {
          if (i !== 1) expect(d, `${tricky} #${i}`).toEqual(before.departments[i]);
        });
      }
    });
  }

  it("a new department appended to a flow list keeps the others", () => {
    const t = appendTo(
      flow,
      ["departments"],
      {
        id: "gx",
        name: "新局",
        history: [{ event: "merged", on: "2025-01-01", from: ["ga"], established: true }],
      },
      layout,
    );
    expect((parse(t) as { departments: { id: string }[] }).departments.map((d) => d.id)).toEqual([
      "ga",
      "gb",
      "gc",
      "gx",
    ]);
  });

  it("a path into a list that names no item is refused, never turned into a map", () => {
    expect(() =>
      setIn(
        flow.replace("[{", "\n  - {").replace(/}, {/g, "}\n  - {").replace("}]", "}"),
        ["departments", "x", "name"],
        "a",
        layout,
      ),
    ).toThrow();
  });
});
