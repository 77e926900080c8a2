import path from "node:path";
import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../cli/context.js";
import { drawsOn, requireReadable } from "../cli/reading.js";
import { buildIndex, committeesInOrder } from "../domain/dataset.js";
import { chineseDate } from "../domain/dates.js";
import { type OverdueItem, owedReplies } from "../domain/overdue.js";
import { departmentView, issuer, settingsView } from "../domain/views.js";
import { label } from "../i18n/labels.js";
import { writeOutput } from "../store/output.js";
import { render } from "../templates/render.js";

export function register(program: Command, env: CommandEnv) {
  program
    .command("remind")
    .description("one 催办 notice per department with overdue replies (催办通知, Art. 14)")
    .option("--out <dir>", "write one file per department (<dept-id>.md) into this folder")
    .addHelpText(
      "after",
      `
Rendered from templates/reminder.md.hbs (the data directory's own copy when it has one):
addressed to the department, listing each overdue report with doc number, issue date,
due date and days overdue, signed by the committee, dated today in Chinese form.
Departments with nothing overdue get no notice.

Examples:
  $ xieshang remind
  $ xieshang remind --out ./催办 --as-of 2026-12-01`,
    )
    .action(async (opts: { out?: string }, cmd: Command) => run(opts, env.ctx(cmd)));
}

export async function run(opts: { out?: string }, ctx: Ctx) {
  const loaded = ctx.load(["reports"]);
  requireReadable(ctx, drawsOn(["reports"]));
  const { ds } = loaded;
  const byDept = new Map<string, OverdueItem[]>();
  for (const item of owedReplies(ds, ctx.today)) {
    byDept.set(item.department, [...(byDept.get(item.department) ?? []), item]);
  }
  const index = buildIndex(ds);
  const body = ds.settings?.value.body ?? "";
  const notices: { dept: string; text: string }[] = [];
  // departments in 一览表 order (committee order, then their place in it), then any others
  const order = committeesInOrder(ds).flatMap((c) => c.value.departments.map((d) => d.id));
  const depts = [...byDept.keys()].sort(
    (a, b) => (order.indexOf(a) + 1 || 1e9) - (order.indexOf(b) + 1 || 1e9) || (a < b ? -1 : 1),
  );
  for (const dept of depts) {
    const items = byDept
      .get(dept)!
      .sort((a, b) =>
        a.due_on < b.due_on ? -1 : a.due_on > b.due_on ? 1 : a.report < b.report ? -1 : 1,
      );
    const codes = [...new Set(items.map((i) => i.committee))];
    const committees = codes.map((code) => {
      const c = index.committees.get(code)?.value;
      return {
        code,
        name: c?.name ?? code,
        issuer: c ? issuer(ds, c) : code,
        liaison: c?.liaison ? { name: c.liaison.name, phone: c.liaison.phone ?? null } : null,
      };
    });
    // the sender: the committee, or the body's office when several committees are owed
    const office = committeesInOrder(ds).find((c) => c.value.kind === "office")?.value;
    const short = ds.settings?.value.short_name ?? body;
    const signer = committees.length === 1 ? committees[0]!.issuer : `${short}办公室`;
    const contact = committees.length === 1 ? committees[0]!.liaison : office?.liaison;
    // the chases of this department already made, said once in the letter (催办)
    const chases = ds.reports
      .flatMap((r) => (items.some((i) => i.report === r.value.id) ? (r.value.chases ?? []) : []))
      .filter((c) => c.department === dept && c.on <= ctx.today)
      .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
    const earlier = chases
      .map((c) => `${chineseDate(c.on)}${label("chaseMethod", c.method, "zh")}`)
      .join("、");
    const text = await render(
      loaded.dir,
      "reminder.md.hbs",
      {
        body: settingsView(ds.settings?.value),
        today: ctx.today,
        department: departmentView(ds, dept),
        items,
        committees,
        signer,
        contact: contact ? { name: contact.name, phone: contact.phone ?? null } : null,
        earlier: earlier || null,
      },
      {
        lang: "zh",
        departmentName: (d) => index.departments.get(d)?.department.name ?? d,
        personName: (p) => p,
      },
    );
    notices.push({ dept, text });
  }
  if (notices.length === 0) {
    ctx.io.stderr.write(`${ctx.t("overdue.none", { today: ctx.today, days: "0" })}\n`);
    return;
  }
  if (opts.out) {
    const dir = path.resolve(ctx.io.cwd, opts.out);
    for (const n of notices) {
      const file = path.join(dir, `${n.dept}.md`);
      writeOutput(file, n.text, ctx.fs);
      ctx.io.stdout.write(`${ctx.t("remind.wrote", { file })}\n`);
    }
    return;
  }
  ctx.io.stdout.write(notices.map((n) => n.text).join("\n---\n\n"));
}
