// The last step of `npm test`: the built CLI, run as a clerk would, on the bundled data.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = (...args) =>
  execFileSync(process.execPath, ["bin/xieshang.js", ...args], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });

// the bundle is ASCII (scripts/build.mjs finishBundle): V8 holds it at a byte a character
const bundle = readFileSync(new URL("../dist/xieshang.cjs", import.meta.url));
const wide = bundle.findIndex((b) => b > 0x7f);
if (wide >= 0) throw new Error(`dist/xieshang.cjs has a non-ASCII byte at ${wide}`);

const report = JSON.parse(cli("validate", "--json", "--data", "data"));
if (report.errors !== 0) {
  console.error(report.problems.filter((p) => p.severity === "error"));
  throw new Error(`the bundled data has ${report.errors} error(s)`);
}
const committees = JSON.parse(cli("committee", "list", "--json"));
if (committees.length !== 8) throw new Error(`expected 8 committees, got ${committees.length}`);
cli("status");
// the commands that load Handlebars lazily, through the bundle as installed
const plan = cli("plan", "2026");
if (!plan.includes("年度对口协商计划")) throw new Error("plan 2026 printed no plan");
const remind = cli("remind", "--as-of", "2026-11-27");
if (!remind.includes("催办对口协商成果书面答复的函")) throw new Error("remind printed no notice");
const overdue = JSON.parse(cli("overdue", "--json", "--as-of", "2026-11-27"));
cli("report", "show", overdue[0].report);
console.log(
  `smoke: bundled data valid (${report.warnings} warnings), 8 committees; status, plan, remind, overdue (${overdue.length}) and report show run`,
);
