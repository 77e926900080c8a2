import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import { emit, fitFileName, refuseBinaryToTerminal } from "../../cli/emit.js";
import { formatFlag, idArg } from "../../cli/inputs.js";
import { drawsOn, requireReadable } from "../../cli/reading.js";
import { documents } from "../../documents/load.js";
import { msg } from "../../domain/diagnostics.js";
import { outcomeDocument } from "../../domain/documents.js";
import { bodyFile, findReport } from "../../domain/report-lifecycle.js";
import type { Report } from "../../domain/schemas/report.js";
import { DataError } from "../../errors.js";
import { label } from "../../i18n/labels.js";
import { readBody } from "../../store/records.js";

const FORMATS = ["docx", "md"] as const;

export interface ExportOptions {
  id: string;
  format?: string;
  out?: string;
}

export function register(parent: Command, env: CommandEnv) {
  parent
    .command("export")
    .description("the report as the document that is sent: a GB/T 9704 .docx (公文)")
    .argument("<id>", "report id")
    .option("--format <format>", "docx | md (default docx)")
    .option(
      "--out <file>",
      "where to write it (default: <doc number or id> <title>.docx here; - for stdout)",
    )
    .addHelpText(
      "after",
      `
The .md body as the clerk edited it, laid out per GB/T 9704-2012: A4, 版心 156 × 225 mm,
22 lines of 28 characters, the red 发文机关标志 and separator, 发文字号, 标题, 主送 (the
recipients issued to, by full name), 正文, 署名, 成文日期 (the date signed), page numbers
— N —, and the 版记 (抄报 the leaders, 印发机关 and 印发日期). The same record and body
always give the same bytes. report issue keeps the issued one as reports/<year>/<id>.docx.

Examples:
  $ xieshang report export 2026-jj-r01
  $ xieshang report export 2026-jj-r01 --out 协商意见.docx
  $ xieshang report export 2026-jj-r01 --format md --out -`,
    )
    .action(async (id: string, flags: Omit<ExportOptions, "id">, cmd: Command) =>
      run({ id, ...flags }, env.ctx(cmd)),
    );
}

/** The .docx of a report from its record and its body as they stand. */
export async function reportDocx(
  ds: Parameters<typeof outcomeDocument>[0],
  report: Report,
  bodyText: string,
): Promise<Uint8Array> {
  const { gongwenDocx } = await documents();
  return gongwenDocx(outcomeDocument(ds, report, bodyText));
}

export async function run(opts: ExportOptions, ctx: Ctx) {
  const id = idArg("report", "REPORT-ID", opts.id);
  const format = opts.format === undefined ? "docx" : formatFlag("--format", opts.format, FORMATS);
  const example = `xieshang report export ${id} --out ${id}.${format}`;
  // refused before any reading: a .docx bound for a terminal (the default is a file)
  if (opts.out !== undefined) refuseBinaryToTerminal(ctx, { out: opts.out, format, example });
  const loaded = ctx.load(["topics", "reports"]);
  // the document draws on its own record, the committees and the settings
  requireReadable(
    ctx,
    (file) => drawsOn([])(file) || file.startsWith(`reports/${id.slice(0, 4)}/${id}.`),
  );
  const rec = findReport(loaded.ds, id);
  const r = rec.value;
  const body = readBody(loaded.dir, id);
  if (!body)
    throw new DataError(
      msg("report.no-body", { id, file: bodyFile(r, rec.src.file.split("/")[1] ?? "") }),
      [msg("report.no-body.hint", { id })],
    );
  const to = {
    // by default a file named by its doc number and title, fitted to the file system
    out: opts.out ?? fitFileName(`${r.doc_no ?? r.id} ${r.title}.${format}`),
    format,
    example,
  };
  emit(ctx, format === "md" ? body.text : await reportDocx(loaded.ds, r, body.text), to);
  if (r.status !== "issued")
    ctx.io.stderr.write(
      `${ctx.t("report.export-unissued", { id, status: label("reportStatus", r.status, ctx.lang) })}\n`,
    );
}
