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
});
