import { isUtf8 } from "node:buffer";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../cli/context.js";
import type { Dataset } from "../domain/dataset.js";
import { msg } from "../domain/diagnostics.js";
import { parseLiaisonTable, type TableProblem } from "../domain/liaison-table.js";
import { patch } from "../domain/patch.js";
import type { Committee, Department } from "../domain/schemas/committee.js";
import { EnvError, UsageError } from "../errors.js";
import { appendTo, recordText } from "../store/edit.js";
import { loadDataDir } from "../store/load.js";
import { packageRoot } from "../store/package-files.js";
import { readRecordText } from "../store/records.js";
import type { Change } from "../store/write.js";
import { applyPatch } from "./apply.js";

export function register(program: Command, env: CommandEnv) {
  const imp = program.command("import").description("bring records in from documents (导入)");
  imp
    .command("liaison-table")
    .description("the 一览表 copied from a document → committees/*.yaml (导入对口联系一览表)")
    .argument("<file>", "a text file: one row per unit, two tab-separated columns")
    .option("--dry-run", "report what would be written, and write nothing")
    .addHelpText(
      "after",
      `
Each row: the unit, a tab, its departments separated by 、 , or ，, perhaps ending with a
declared count such as (10个). HTML tags such as <p> are ignored; a header row is skipped.
Every discrepancy is reported: a declared count that differs from the listed one, a
count that cannot be read, a department listed twice in a row or under two units.

Units and departments already in the data directory keep their ids and fields, and are
never removed; ids of the bundled 一览表 are reused for the names it knows; other new
departments get <committee>-<nn> ids, which you may rename by hand before using them.

Examples:
  $ xieshang import liaison-table 一览表.txt --dry-run
  $ xieshang import liaison-table 一览表.txt --commit`,
    )
    .action(async (file: string, opts: { dryRun?: boolean }, cmd: Command) =>
      run({ file, dryRun: Boolean(opts.dryRun) }, env.ctx(cmd)),
    );
}

function readTable(ctx: Ctx, file: string): string {
  let buf: Buffer;
  try {
    buf = readFileSync(path.resolve(ctx.io.cwd, file));
  } catch (e) {
    throw new EnvError(
      msg("file.unreadable", { detail: `${file}: ${(e as NodeJS.ErrnoException).code ?? e}` }),
    );
  }
  if (!isUtf8(buf))
    throw new UsageError(msg("file.not-utf8", { guess: "" }), [
      msg("file.not-utf8.hint", { file }),
    ]);
  return buf.toString("utf8");
}

function problemText(ctx: Ctx, p: TableProblem): string {
  switch (p.kind) {
    case "count":
      return ctx.t("import.count", {
        line: String(p.line),
        unit: p.unit,
        declared: String(p.declared),
        listed: String(p.listed),
      });
    case "unreadable-count":
      return ctx.t("import.unreadable", { line: String(p.line), unit: p.unit, text: p.text });
    case "repeated":
      return ctx.t("import.repeated", { line: String(p.line), unit: p.unit, name: p.name });
    case "across":
      return ctx.t("import.across", {
        line: String(p.line),
        unit: p.unit,
        name: p.name,
        other: p.other,
      });
    case "no-columns":
      return ctx.t("import.no-columns", { line: String(p.line), text: p.text.slice(0, 40) });
  }
}

const names = (d: Department) => [
  d.name,
  ...(d.full_name ? [d.full_name] : []),
  ...(d.aliases ?? []),
];

/** What the table adds to the data directory: new committee files, departments appended. */
function planImport(
  ctx: Ctx,
  ds: Dataset,
  table: ReturnType<typeof parseLiaisonTable>,
  dir: string,
): { changes: Change[]; report: { kind: "create" | "add" | "kept"; text: string }[] } {
  const bundled = loadDataDir(path.join(packageRoot(), "data"), []).ds;
  const usedCodes = new Set(ds.committees.map((c) => c.value.code));
  const usedIds = new Set(ds.committees.flatMap((c) => c.value.departments.map((d) => d.id)));
  const byName = new Map<string, { id: string; committee: string }>();
  for (const { value: c } of ds.committees)
    for (const d of c.departments)
      for (const n of names(d)) byName.set(n, { id: d.id, committee: c.code });
  const bundledIds = new Map<string, string>();
  for (const { value: c } of bundled.committees)
    for (const d of c.departments) for (const n of names(d)) bundledIds.set(n, d.id);
  const placed = new Set<string>(); // names already placed by an earlier row
  const changes: Change[] = [];
  const report: { kind: "create" | "add" | "kept"; text: string }[] = [];

  table.rows.forEach((row, i) => {
    const existing = ds.committees.find(
      (c) => c.value.name === row.unit || c.value.aliases?.includes(row.unit),
    );
    const known = bundled.committees.find((c) => c.value.name === row.unit)?.value.code;
    let code = existing?.value.code ?? (known && !usedCodes.has(known) ? known : `u${i + 1}`);
    for (let n = 2; !existing && usedCodes.has(code); n++) code = `u${i + 1}x${n}`;
    usedCodes.add(code);
    const fresh: Department[] = [];
    let seq = 0;
    for (const name of row.departments) {
      if (placed.has(name)) continue; // listed under an earlier unit: reported, kept there
      placed.add(name);
      if (byName.has(name)) continue; // already in the data directory
      let id = bundledIds.get(name);
      if (!id || usedIds.has(id)) {
        do id = `${code}-${String(++seq).padStart(2, "0")}`;
        while (usedIds.has(id));
      }
      usedIds.add(id);
      fresh.push({ id, name });
    }
    const file = `committees/${code}.yaml`;
    if (!existing) {
      const committee: Committee = {
        code,
        name: row.unit,
        kind: row.unit.includes("办公室") ? "office" : "committee",
        order: i + 1,
        departments: fresh,
      };
      const note = `# 由 xieshang import liaison-table 从一览表导入（第 ${row.line} 行）。\n`;
      changes.push({
        file,
        text:
          note +
          recordText(committee as unknown as Record<string, unknown>, [
            "code",
            "name",
            "kind",
            "order",
            "doc_code",
            "aliases",
            "vice_chair",
            "liaison",
            "departments",
          ]),
        create: true,
      });
      report.push({
        kind: "create",
        text: ctx.t("import.create", { file, count: String(fresh.length) }),
      });
      return;
    }
    if (fresh.length > 0) {
      let text = readRecordText(dir, existing.src.file);
      for (const d of fresh) text = appendTo(text, ["departments"], { id: d.id, name: d.name });
      changes.push({ file: existing.src.file, text, create: false });
      report.push({
        kind: "add",
        text: ctx.t("import.add", {
          file: existing.src.file,
          count: String(fresh.length),
          names: fresh.map((d) => d.name).join("、"),
        }),
      });
    }
    const absent = existing.value.departments.filter(
      (d) => !names(d).some((n) => row.departments.includes(n)),
    );
    if (absent.length > 0)
      report.push({
        kind: "kept",
        text: ctx.t("import.kept", {
          file: existing.src.file,
          names: absent.map((d) => d.name).join("、"),
        }),
      });
  });
  return { changes, report };
}

export async function run(opts: { file: string; dryRun: boolean }, ctx: Ctx) {
  const table = parseLiaisonTable(readTable(ctx, opts.file));
  for (const p of table.problems) ctx.io.stdout.write(`${problemText(ctx, p)}\n`);
  if (opts.dryRun) {
    const loaded = ctx.load([]);
    const { changes, report } = planImport(ctx, loaded.ds, table, loaded.dir);
    for (const line of report) ctx.io.stdout.write(`${line.text}\n`);
    if (changes.length === 0) ctx.io.stdout.write(`${ctx.t("import.nothing")}\n`);
    ctx.io.stderr.write(`${ctx.t("import.dry-run")}\n`);
    return;
  }
  let report: { kind: string; text: string }[] = [];
  let count = 0;
  await applyPatch(ctx, (loaded) => {
    const planned = planImport(ctx, loaded.ds, table, loaded.dir);
    report = planned.report;
    count = planned.changes.length;
    return patch({
      texts: planned.changes,
      message: `import liaison-table ${path.basename(opts.file)}`,
    });
  });
  // the files written are listed by the write path; what was left as it was, here
  for (const line of report.filter((l) => l.kind === "kept")) ctx.io.stderr.write(`${line.text}\n`);
  if (count === 0) ctx.io.stdout.write(`${ctx.t("import.nothing")}\n`);
}
