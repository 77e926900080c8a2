import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../cli/context.js";
import { emit, refuseBinaryToTerminal } from "../cli/emit.js";
import { formatFlag, yearFlag } from "../cli/inputs.js";
import { drawsOn, requireReadable } from "../cli/reading.js";
import { documents } from "../documents/load.js";
import { printingOffice } from "../domain/documents.js";
import { computeReview } from "../domain/review.js";
import { reviewMarkdown } from "../domain/review-text.js";

const FORMATS = ["md", "docx", "html"] as const;

export interface ReviewOptions {
  year: string;
  format?: string;
  out?: string;
}

export function register(program: Command, env: CommandEnv) {
  program
    .command("review")
    .description("the year's 通报 of counterpart consultation, with figures (年度通报, Art. 15)")
    .argument("<year>", "the year")
    .option("--format <format>", "md | docx | html (default md)")
    .option("--out <file>", "write to this file instead of stdout")
    .addHelpText(
      "after",
      `
《关于YEAR年度市政协专门委员会对口联系协商工作情况的通报》 from the body's 办公室, written
from the records alone, as of 31 December of the year: 一、总体情况 (topics, activities by
form, reports issued, replies on time / late / overdue / pending, the committees'
evaluations, and the change from the year before when it has records), with two charts;
二、各专门委员会开展情况, one paragraph per committee in 一览表 order; 三、存在的问题, each
with its article (Art. 4, 6, 12, 14, 16); 四、下一步工作, left for the clerk to write.
docx is a 公文 (GB/T 9704) with the charts as pictures; html is one page with nothing to
fetch, for a leader's screen. The same data gives the same bytes whatever the day.

Examples:
  $ xieshang review 2026
  $ xieshang review 2026 --format docx --out 2026年度对口联系协商工作情况通报.docx
  $ xieshang review 2026 --format html --out 通报.html`,
    )
    .action(async (year: string, opts: Omit<ReviewOptions, "year">, cmd: Command) =>
      run({ year, ...opts }, env.ctx(cmd)),
    );
}

export async function run(opts: ReviewOptions, ctx: Ctx) {
  const year = yearFlag("YEAR", opts.year);
  const format = opts.format === undefined ? "md" : formatFlag("--format", opts.format, FORMATS);
  const to = {
    out: opts.out,
    format,
    example: `xieshang review ${year} --format ${format} --out ${ctx.lang === "zh" ? `${year}年度对口联系协商工作情况通报` : `review-${year}`}.${format}`,
  };
  refuseBinaryToTerminal(ctx, to);
  const loaded = ctx.load(["topics", "activities", "reports"]);
  // the 通报 draws on every record of the year before and of the year
  requireReadable(
    ctx,
    (file) =>
      drawsOn(["topics", "activities", "reports"], year)(file) || drawsOn([], year - 1)(file),
  );
  const review = computeReview(loaded.ds, year);
  if (ctx.today < review.asOf)
    ctx.io.stderr.write(`${ctx.t("review.as-of", { date: review.asOf })}\n`);
  let data: string | Uint8Array;
  if (format === "md") data = reviewMarkdown(review);
  else if (format === "html") data = await (await documents()).reviewHtml(review);
  else data = await (await documents()).reviewDocx(review, printingOffice(loaded.ds));
  emit(ctx, data, to);
}
