// reply record / extend / chase decided without a file system (docs/lifecycles.md "Replies").
import { describe, expect, it } from "vitest";
import {
  chaseReply,
  extendReply,
  owingDepartments,
  recordReply,
} from "../../src/domain/reply-lifecycle.js";
import { dataset, ISSUED, refusal, SIGNED, TOPIC } from "../helpers/dataset.js";

const FILE = "reports/2027/2027-jj-r01.yaml";
const REPLIED = {
  ...ISSUED,
  replies: { fgw: { received_on: "2027-07-01", doc_no: "鄂发改函〔2027〕88号" } },
};
const ds = dataset({ topics: [TOPIC], reports: [REPLIED] });

describe("reply record (Art. 14)", () => {
  it("writes the reply under the department, leaving out what was not given", () => {
    const p = recordReply(ds, {
      id: ISSUED.id,
      from: "czj",
      on: "2027-07-05",
      docNo: " 财函〔2027〕5号 ",
    });
    expect(p.edit).toEqual([
      {
        kind: "report",
        file: FILE,
        edits: [
          {
            set: ["replies", "czj"],
            value: {
              received_on: "2027-07-05",
              doc_no: "财函〔2027〕5号",
              summary: undefined,
              category: undefined,
            },
          },
        ],
      },
    ]);
    expect(p.message).toBe("reply record 2027-jj-r01: czj");
  });

  it("refuses a second reply of a department, pointing at the file", () => {
    expect(
      refusal(() => recordReply(ds, { id: ISSUED.id, from: "fgw", on: "2027-07-05" })),
    ).toMatchObject({
      key: "reply.already",
      exit: 1,
    });
  });

  it("refuses a report not yet issued", () => {
    expect(
      refusal(() =>
        recordReply(dataset({ reports: [SIGNED] }), {
          id: SIGNED.id,
          from: "fgw",
          on: "2027-07-05",
        }),
      ),
    ).toMatchObject({ key: "report.not-issued", exit: 1, params: { status: "signed" } });
  });
});

describe("reply extend", () => {
  it("grants a later date than the current due date", () => {
    const p = extendReply(ds, {
      id: ISSUED.id,
      dept: "czj",
      until: "2027-08-15",
      reason: "需会同测算",
      on: "2027-07-05",
    });
    expect(p.edit[0]!.edits).toEqual([
      {
        set: ["extensions", "czj"],
        value: { until: "2027-08-15", granted_on: "2027-07-05", reason: "需会同测算" },
      },
    ]);
  });

  it.each([
    ["not later than the due date", "czj", "2027-07-08", "reply.until-not-later", 2],
    ["for a department that has replied", "fgw", "2027-08-15", "reply.has-replied", 1],
  ])("refuses a date %s", (_, dept, until, key, exit) => {
    expect(
      refusal(() => extendReply(ds, { id: ISSUED.id, dept, until, reason: "r", on: "2027-07-05" })),
    ).toMatchObject({ key, exit });
  });

  it("a second extension must go past the first", () => {
    const extended = dataset({
      reports: [
        {
          ...ISSUED,
          extensions: { czj: { until: "2027-08-15", granted_on: "2027-07-05", reason: "r" } },
        },
      ],
    });
    expect(
      refusal(() =>
        extendReply(extended, {
          id: ISSUED.id,
          dept: "czj",
          until: "2027-08-01",
          reason: "r",
          on: "2027-07-20",
        }),
      ),
    ).toMatchObject({ key: "reply.until-not-later", params: { due: "2027-08-15" } });
  });
});

describe("reply chase", () => {
  it("appends to the chase log", () => {
    const p = chaseReply(ds, {
      id: ISSUED.id,
      dept: "czj",
      method: "letter",
      on: "2027-07-15",
      note: "催办函",
    });
    expect(p.edit[0]!.edits).toEqual([
      {
        append: ["chases"],
        item: { department: "czj", on: "2027-07-15", method: "letter", note: "催办函" },
      },
    ]);
  });

  it("refuses a department that has replied", () => {
    expect(
      refusal(() =>
        chaseReply(ds, { id: ISSUED.id, dept: "fgw", method: "phone", on: "2027-07-15" }),
      ),
    ).toMatchObject({ key: "reply.has-replied", exit: 1 });
  });

  it("the departments still owing a reply are those to chase", () => {
    expect(owingDepartments(REPLIED)).toEqual(["czj"]);
  });
});
