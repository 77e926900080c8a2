// The 一览表 read from a document, planned into committees without a file system (Art. 4).
import { describe, expect, it } from "vitest";
import { planLiaisonImport } from "../../src/domain/liaison-import.js";
import type { Committee } from "../../src/domain/schemas/committee.js";
import { dataset, JJ } from "../helpers/dataset.js";

const BUNDLED = dataset({
  committees: [
    { ...JJ, departments: [...JJ.departments, { id: "tjj", name: "统计局" }] },
    {
      code: "nm",
      name: "农牧委员会",
      kind: "committee",
      order: 2,
      departments: [{ id: "slj", name: "水利局" }],
    } as Committee,
  ],
});

describe("planLiaisonImport", () => {
  it("adds what is new, keeps what is there, borrows the bundled ids", () => {
    const { patch, report } = planLiaisonImport(
      dataset(),
      BUNDLED,
      [
        { line: 1, unit: "经济委员会", departments: ["市发改委", "统计局", "审计局"] },
        { line: 2, unit: "农牧委员会", departments: ["水利局", "统计局"] },
      ],
      "import liaison-table t.txt",
    );
    expect(patch.edit).toEqual([
      {
        kind: "committee",
        file: "committees/jj.yaml",
        edits: [
          { append: ["departments"], item: { id: "tjj", name: "统计局" } },
          { append: ["departments"], item: { id: "jj-01", name: "审计局" } },
        ],
      },
    ]);
    // 统计局 was placed under the first unit; the second gets only 水利局
    expect(patch.create).toEqual([
      {
        kind: "committee",
        record: {
          code: "nm",
          name: "农牧委员会",
          kind: "committee",
          order: 2,
          departments: [{ id: "slj", name: "水利局" }],
        },
        comment: "由 xieshang import liaison-table 从一览表导入（第 2 行）。",
      },
    ]);
    expect(report.map((l) => [l.kind, l.message.key])).toEqual([
      ["add", "import.add"],
      ["kept", "import.kept"],
      ["create", "import.create"],
    ]);
    expect(report[1]!.message.params).toEqual({ file: "committees/jj.yaml", names: "财政局" });
  });

  it('proposes a rename and a merger by likeness, and adds neither name (README "Departments change")', () => {
    const banks: Committee = {
      ...JJ,
      departments: [
        { id: "rmyh", name: "人民银行鄂尔多斯市中心支行" },
        {
          id: "ybjfj",
          name: "鄂尔多斯银保监分局",
          full_name: "中国银行保险监督管理委员会鄂尔多斯监管分局",
        },
        { id: "whyh", name: "乌海银行鄂尔多斯分行" },
        { id: "fpb", name: "扶贫办" },
        { id: "nyj", name: "市农业局" },
        { id: "myj", name: "市牧业局" },
      ],
    } as Committee;
    const table = [
      "中国人民银行鄂尔多斯市分行",
      "国家金融监督管理总局鄂尔多斯监管分局",
      "蒙商银行鄂尔多斯分行",
      "乡村振兴局",
      "市农牧业局",
    ];
    const { patch, report } = planLiaisonImport(
      dataset({ committees: [banks] }),
      dataset({ committees: [] }),
      [{ line: 1, unit: "经济委员会", departments: table }],
      "import liaison-table t.txt",
    );
    // 蒙商银行 is not like 乌海银行, 乡村振兴局 not like 扶贫办: added as new
    expect(patch.edit[0]!.edits).toEqual([
      { append: ["departments"], item: { id: "jj-01", name: "蒙商银行鄂尔多斯分行" } },
      { append: ["departments"], item: { id: "jj-02", name: "乡村振兴局" } },
    ]);
    expect(report.filter((l) => l.kind === "propose").map((l) => l.message)).toEqual([
      {
        key: "import.propose-rename",
        params: {
          file: "committees/jj.yaml",
          name: "人民银行鄂尔多斯市中心支行",
          to: "中国人民银行鄂尔多斯市分行",
          id: "rmyh",
        },
      },
      {
        key: "import.propose-rename",
        params: {
          file: "committees/jj.yaml",
          name: "鄂尔多斯银保监分局",
          to: "国家金融监督管理总局鄂尔多斯监管分局",
          id: "ybjfj",
        },
      },
      {
        key: "import.propose-merge",
        params: {
          file: "committees/jj.yaml",
          names: "市农业局、市牧业局",
          to: "市农牧业局",
          ids: "nyj myj",
        },
      },
    ]);
    expect(report.find((l) => l.kind === "kept")!.message.params).toEqual({
      file: "committees/jj.yaml",
      names: "乌海银行鄂尔多斯分行、扶贫办",
    });
    // --no-propose: every new name added
    const all = planLiaisonImport(
      dataset({ committees: [banks] }),
      dataset({ committees: [] }),
      [{ line: 1, unit: "经济委员会", departments: table }],
      "import liaison-table t.txt",
      false,
    );
    expect(all.patch.edit[0]!.edits).toHaveLength(5);
  });
});
