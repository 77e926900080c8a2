// The issued .docx kept beside the report is the same bytes in any time zone: the built CLI
// run under two TZ values (docs/documents.md).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { issuedReport } from "../helpers/docx.js";
import { ROOT } from "../helpers/run.js";

describe("report issue keeps the issued document beside the record", () => {
  it("is the .docx of the report as issued, and the same bytes in any time zone", () => {
    const dir = issuedReport();
    const bin = path.join(ROOT, "bin", "xieshang.js");
    const run = (tz: string) =>
      execFileSync(
        process.execPath,
        [bin, "report", "export", "2027-jj-r01", "--out", "-", "--data", dir],
        {
          env: { ...process.env, TZ: tz, XIESHANG_TODAY: "2027-11-27" },
        },
      );
    expect(Buffer.compare(run("Asia/Shanghai"), run("America/Los_Angeles"))).toBe(0);
  });
});
