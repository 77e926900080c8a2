// References on the command line: id, name, full name or alias (docs/commands.md "department list").
import { describe, expect, it } from "vitest";
import { buildIndex } from "../../src/domain/dataset.js";
import { resolveCommittee, resolveDepartment, resolvePerson } from "../../src/domain/references.js";
import type { Committee } from "../../src/domain/schemas/committee.js";
import { loadDataDir } from "../../src/store/load.js";
import { dataset, JJ } from "../helpers/dataset.js";
import { BUNDLED_DATA } from "../helpers/run.js";

const NM = {
  code: "nm",
  name: "农牧委员会",
  kind: "committee",
  order: 2,
  doc_code: "农牧",
  departments: [
    { id: "slj", name: "市水利局" },
    { id: "czj2", name: "财政局（农牧）" },
  ],
} as Committee;
const index = buildIndex(dataset({ committees: [JJ, NM] }));
const dept = (ref: string) => {
  const r = resolveDepartment(ref, index);
  return r.kind === "found" ? r.value.department.id : r.kind;
};

describe("resolveDepartment", () => {
  it.each([
    ["fgw", "fgw"],
    ["市发改委", "fgw"],
    ["鄂尔多斯市发展和改革委员会", "fgw"],
    ["发改委", "fgw"],
    [" 水利局 ", "slj"],
    ["鄂尔多斯市水利局", "slj"],
    ["财政局（农牧）", "czj2"],
    ["财政局(农牧)", "czj2"],
  ])("%s → %s", (ref, id) => {
    expect(dept(ref)).toBe(id);
  });

  it("a name two departments answer to is ambiguous, with both as candidates", () => {
    const twice = buildIndex(
      dataset({
        committees: [JJ, { ...NM, departments: [{ id: "czj3", name: "市财政局" }] } as Committee],
      }),
    );
    const r = resolveDepartment("市财政局", twice);
    expect(r.kind).toBe("ambiguous");
    if (r.kind === "ambiguous")
      expect(r.candidates.map((c) => c.department.id).sort()).toEqual(["czj", "czj3"]);
  });

  it.each([
    ["发改局", "fgw"],
    ["鄂尔多斯市发改局", "fgw"],
    ["财政厅", "czj"],
    ["水利厅", "slj"],
  ])("%s is not known, but %s is suggested (the same name, another kind of office)", (ref, id) => {
    const r = resolveDepartment(ref, index);
    expect(r.kind).toBe("unknown");
    if (r.kind === "unknown") expect(r.suggestions.map((s) => s.department.id)).toContain(id);
  });

  it("an unknown one suggests those whose names contain it", () => {
    const r = resolveDepartment("水利", index);
    expect(r.kind).toBe("unknown");
    if (r.kind === "unknown") expect(r.suggestions.map((s) => s.department.id)).toEqual(["slj"]);
  });
});

describe("resolveCommittee and resolvePerson", () => {
  const ds = dataset({ committees: [JJ, NM] });
  it("by code or name", () => {
    expect(resolveCommittee("农牧委员会", ds)).toMatchObject({
      kind: "found",
      value: { value: { code: "nm" } },
    });
    expect(resolveCommittee("jj", ds)).toMatchObject({
      kind: "found",
      value: { value: { code: "jj" } },
    });
  });
  it("a person by id or name", () => {
    expect(resolvePerson("王某某", ds)).toMatchObject({ kind: "found", value: { id: "wang-vc" } });
    expect(resolvePerson("nobody", ds)).toMatchObject({
      kind: "unknown",
      suggestions: [{ id: "wang-vc" }, { id: "zhou-sg" }],
    });
  });
});

describe("the bundled 一览表's names and everyday names (issue 25)", () => {
  const { ds } = loadDataDir(BUNDLED_DATA, []);
  const index = buildIndex(ds);

  it("every name, full name and alias of a department finds that department, and only it", () => {
    const wrong: string[] = [];
    for (const { department: d } of index.departments.values())
      for (const n of [d.id, d.name, d.full_name, ...(d.aliases ?? [])].filter(
        Boolean,
      ) as string[]) {
        const r = resolveDepartment(n, index);
        if (r.kind !== "found" || r.value.department.id !== d.id) wrong.push(`${n} → ${r.kind}`);
      }
    expect(wrong).toEqual([]);
  });

  it("every committee answers to its everyday name; none is also a department's", () => {
    for (const [typed, code] of [
      ["经委", "jj"],
      ["社法委", "shfz"],
      ["文史委", "wsxx"],
      ["民宗委", "mzzj"],
      ["教科卫体委", "jkwt"],
      ["农牧委", "nm"],
      ["提案委", "ta"],
    ] as const) {
      const r = resolveCommittee(typed, ds);
      expect(r.kind === "found" && r.value.value.code, typed).toBe(code);
      expect(resolveDepartment(typed, index).kind, typed).not.toBe("found");
    }
  });

  it("the words clerks use: 大数据局, 市监局, 人行; 大数据, 应急局 and 城管局 are suggested", () => {
    const id = (n: string) => {
      const r = resolveDepartment(n, index);
      return r.kind === "found" ? r.value.department.id : r.kind;
    };
    expect([id("大数据局"), id("市监局"), id("人行"), id("工行"), id("组织部")]).toEqual([
      "dsj",
      "scjg",
      "rmyh",
      "icbc",
      "szzb",
    ]);
    const near = (n: string) => {
      const r = resolveDepartment(n, index);
      return r.kind === "unknown" ? r.suggestions.map((e) => e.department.id) : [];
    };
    expect(near("大数据")).toContain("dsj");
    expect(near("应急局")).toContain("yjj");
    expect(near("城管局")).toContain("cgzf");
  });
});
