import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import { liaisonText, requireDepartment } from "../../cli/refs.js";
import { printJson } from "../../cli/render/json.js";
import { printTable } from "../../cli/render/table.js";
import { buildIndex } from "../../domain/dataset.js";
import { departmentLabel } from "../../domain/department-life.js";
import { terminalText as shown } from "../../domain/neutralise.js";
import type { Department } from "../../domain/schemas/committee.js";
import { ended } from "./list.js";

export function register(parent: Command, env: CommandEnv) {
  parent
    .command("show")
    .description("one department: names, committee, liaison and the topics it is on (部门详情)")
    .argument("<ref>", "department id, name, full name or alias")
    .addHelpText(
      "after",
      `
Examples:
  $ xieshang department show fgw
  $ xieshang department show 市发改委
  $ xieshang department show 鄂尔多斯市发展和改革委员会 --json

An ambiguous name is refused with the candidates listed (exit 2).`,
    )
    .action(async (ref: string, _opts, cmd: Command) => run({ ref }, env.ctx(cmd)));
}

/** The department's life, oldest first (README "Departments change"). */
function history(ctx: Ctx, d: Department, nameOf: (id: string) => string): string[] {
  if (!d.history?.length) return [];
  const { t } = ctx;
  const sep = ctx.lang === "zh" ? "、" : ", ";
  const source = (s: string | undefined) => (s ? (ctx.lang === "zh" ? `（${s}）` : ` (${s})`) : "");
  const lines = [...d.history]
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))
    .map((e) => {
      const base = { on: e.on, source: source(e.source) };
      if (e.event === "renamed") return t("dept.history.renamed", { ...base, from: e.from });
      if (e.event === "merged")
        return t(e.established ? "dept.history.established" : "dept.history.merged", {
          ...base,
          from: e.from.map(nameOf).join(sep),
        });
      if (e.event === "merged-into")
        return t("dept.history.merged-into", { ...base, into: nameOf(e.into) });
      return t("dept.history.abolished", {
        ...base,
        successor: e.successor ? nameOf(e.successor) : "",
      });
    });
  return [`${t("dept.history")}:`, ...lines.map((l) => `  ${shown(l)}`)];
}

export async function run(opts: { ref: string }, ctx: Ctx) {
  const entry = requireDepartment(ctx, opts.ref);
  const d = entry.department;
  const c = entry.committee;
  const { ds } = ctx.load(["topics"]);
  const index = buildIndex(ds);
  const plain = (id: string) => index.departments.get(id)?.department.name ?? id;
  const nameOf = (id: string) => departmentLabel(index, id);
  const topics = ds.topics
    .filter((r) => r.value.departments.includes(d.id) || r.value.invited?.includes(d.id))
    .sort((a, b) => (a.value.id < b.value.id ? -1 : 1));
  if (ctx.json) return printJson(ctx, { ...d, committee: c.code });
  const b = ctx.color.out.bold;
  // a record's values as a terminal may show them (README "Output for every reader")
  const lines = [
    `${b(shown(d.name))} (${d.id})${shown(ended(ctx, d, plain))}`,
    `${ctx.t("h.full-name")}: ${shown(d.full_name ?? ctx.t("none"))}`,
    `${ctx.t("h.aliases")}: ${shown(d.aliases?.join(ctx.lang === "zh" ? "、" : ", ") || ctx.t("none"))}`,
    `${ctx.t("h.committee")}: ${shown(c.name)} (${c.code})`,
    `${ctx.t("h.liaison")}: ${shown(liaisonText(ctx, d.liaison))}`,
    ...history(ctx, d, nameOf),
    "",
    b(ctx.t("department.topics-title", { count: String(topics.length) })),
  ];
  ctx.io.stdout.write(`${lines.join("\n")}\n`);
  if (topics.length === 0) return;
  printTable(
    ctx,
    [ctx.t("h.id"), ctx.t("h.topics"), ctx.t("h.committee")],
    topics.map(({ value: t }) => [
      t.id,
      t.title + (t.invited?.includes(d.id) ? ctx.t("department.invited-suffix") : ""),
      `${t.committee} · ${t.status}`,
    ]),
    { columns: { 1: { wrap: true } } },
  );
}
