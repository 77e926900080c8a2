// A real SIGINT or SIGTERM sent to a writer process during a write (docs/reliability.md "Reliability"):
// heard before anything is placed (nothing written), and after placing began (the write is
// finished first). The writer is the bundled test writer (test/helpers/writer.ts).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { WRITER } from "../helpers/paths.js";
import { BUNDLED_DATA, scratch } from "../helpers/run.js";

const strays = (dir: string) =>
  readdirSync(dir, { recursive: true }).filter((f) =>
    /\.xs-|\.xieshang\.(lock|journal)/.test(String(f)),
  );

describe("SIGINT or SIGTERM sent to a writer process", () => {
  it("a real signal, not only an emitted one: heard before placing and after it", async () => {
    const send = (call: string, signal: string) => {
      const dir = scratch(BUNDLED_DATA);
      const args = ["reply", "chase", "2026-nm-r01", "--dept", "lyj", "--method", "phone"];
      const r = spawnSync(process.execPath, [WRITER, "signal-at", dir, call, signal, ...args], {
        encoding: "utf8",
        env: { ...process.env, XIESHANG_TODAY: "2026-12-07" },
      });
      const text = readFileSync(path.join(dir, "reports", "2026", "2026-nm-r01.yaml"), "utf8");
      return { ...r, chased: text.includes("on: 2026-12-07, method: phone"), strays: strays(dir) };
    };
    const before = send("fsyncSync", "SIGINT");
    expect(before.status, before.stderr).toBe(130);
    expect(before.stderr).toContain("interrupted: nothing was written");
    expect(before.chased).toBe(false);
    expect(before.strays).toEqual([]);
    const during = send("renameSync", "SIGTERM");
    expect(during.status, during.stderr).toBe(130);
    expect(during.stderr).toContain("interrupted: the write above was finished first");
    expect(during.chased).toBe(true);
    expect(during.strays).toEqual([]);
  });
});
