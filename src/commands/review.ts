import type { Command } from "commander";
import { applyPatch } from "../cli/apply.js";
import type { CommandEnv, Ctx } from "../cli/context.js";
import { emit, refuseBinaryToTerminal } from "../cli/emit.js";
import { fill } from "../cli/fill.js";
import { formatFlag, onFlag, yearFlag } from "../cli/inputs.js";
import { drawsOn, requireReadable } from "../cli/reading.js";
import { requirePerson } from "../cli/refs.js";
import { documents } from "../documents/load.js";
import { printingOffice } from "../domain/documents.js";
import { computeReview } from "../domain/review.js";
import { draftReview, issueReview, reviewFiles, signReview } from "../domain/review-lifecycle.js";
import { reviewMarkdown } from "../domain/review-text.js";
import { readReview, reviewNumbers } from "../store/records.js";

const FORMATS = ["md", "docx", "html"] as const;

export interface ReviewOptions {
  year: string;
  format?: string;
  out?: string;
}

export function register(program: Command, env: CommandEnv) {
  const review = program
    .command("review")
    .description("the year's 通报 of counterpart consultation, with figures (年度通报, Art. 15)")
    .usage("YEAR [--format md|docx|html] [--out FILE] | draft YEAR | sign YEAR --by P | issue YEAR")
    .addHelpText(
      "after",
      `
《关于YEAR年度市政协专门委员会对口联系协商工作情况的通报》 of the body's 办公室 (its 标志,
文号 and 署名), written from the records as of 31 December of the year: 一、总体情况 (topics
— one confirmed then withdrawn named as such —, activities by form, papers issued by kind,
replies, evaluations, the change from the year before) with two charts; 二、主要成效, facts
from the records; 三、各专门委员会开展情况; 四、存在的问题, each against its article of the
《办法》; 五、下一步工作 for the clerk. It has a life like a report's: review draft writes
reviews/YEAR.md for the clerk to edit; review sign records the 成文日期; review issue gives
it its 文号 (review_number, default 鄂政协办发〔{year}〕{n}号). Once drafted, review YEAR
renders the edited body. 主送 各专门委员会, 抄送 市委办公室、市政府办公室.

Examples:
  $ xieshang review 2026
  $ xieshang review draft 2026
  $ xieshang review sign 2026 --by zhou-sg --on 2027-01-15
  $ xieshang review issue 2026 --on 2027-01-18
  $ xieshang review 2026 --format docx --out 2026年度对口联系协商工作情况通报.docx
  $ xieshang review 2026 --format html --out 通报.html`,
    );
  review
    .command("show <year>", { isDefault: true, hidden: true })
    .description("the 通报 as md, docx or html")
    .option("--format <format>", "md | docx | html (default md)")
    .option("--out <file>", "write to this file instead of stdout")
    .addHelpText("after", "\nExamples:\n  $ xieshang review 2026 --format docx --out 通报.docx")
    .action(async (year: string, opts: Omit<ReviewOptions, "year">, cmd: Command) =>
      run({ year, ...opts }, env.ctx(cmd)),
    );
  registerLife(review, env);
}

/** review draft, sign and issue: the 通报's life (docs/review.md "Its life"). */
function registerLife(review: Command, env: CommandEnv) {
  review
    .command("draft <year>")
    .description("write reviews/YEAR.md, the 通报's body, for the clerk to edit (起草)")
    .option("--on <date>", "date drafted (default today)")
    .addHelpText("after", "\nExamples:\n  $ xieshang review draft 2026")
    .action(async (year: string, opts: { on?: string }, cmd: Command) => {
      const ctx = env.ctx(cmd);
      await draft(ctx, yearFlag("YEAR", year), onFlag(ctx, "--on", opts.on));
    });
  review
    .command("sign <year>")
    .description("record the 通报's 签发: who signed it and when (its 成文日期)")
    .option("--by <person>", "the signer: person id or name of xieshang.yaml")
    .option("--on <date>", "date signed (default today)")
    .addHelpText("after", "\nExamples:\n  $ xieshang review sign 2026 --by zhou-sg --on 2027-01-15")
    .action(async (year: string, opts: { by?: string; on?: string }, cmd: Command) => {
      const ctx = env.ctx(cmd);
      const y = yearFlag("YEAR", year);
      const { by } = await fill<{ by: string }>(
        ctx,
        { by: opts.by === undefined ? undefined : requirePerson(ctx, opts.by).id },
        {
          by: {
            flag: "--by",
            required: true,
            // the 通报 is the 办公室's: the 秘书长 (or a 主席 or 副主席) signs it
            ask: async (_, p) =>
              p.select({
                message: ctx.t("prompt.signer"),
                choices: (ctx.load([]).ds.settings?.value.people ?? []).map((x) => ({
                  value: x.id,
                  name: `${x.name} (${x.id})`,
                })),
              }),
          },
        },
      );
      await sign(ctx, y, by, onFlag(ctx, "--on", opts.on));
    });
  review
    .command("issue <year>")
    .description("issue the signed 通报: its 文号 and 印发日期 (印发)")
    .option("--doc-no <n>", "the 文号 (default the next free one of review_number)")
    .option("--on <date>", "date issued (default today)")
    .addHelpText("after", "\nExamples:\n  $ xieshang review issue 2026 --on 2027-01-18")
    .action(async (year: string, opts: { docNo?: string; on?: string }, cmd: Command) => {
      const ctx = env.ctx(cmd);
      await issue(ctx, yearFlag("YEAR", year), onFlag(ctx, "--on", opts.on), opts.docNo);
    });
}

/** The records of the year (and the year before, for the change) must all be readable. */
function reviewOf(ctx: Ctx, year: number) {
  const loaded = ctx.load(["topics", "activities", "reports", "calendar"]);
  requireReadable(
    ctx,
    (file) =>
      drawsOn(["topics", "activities", "reports"], year)(file) || drawsOn([], year - 1)(file),
  );
  return { loaded, review: computeReview(loaded.ds, year) };
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
  const { loaded, review } = reviewOf(ctx, year);
  if (ctx.today < review.asOf)
    ctx.io.stderr.write(`${ctx.t("review.as-of", { date: review.asOf })}\n`);
  // once drafted, the clerk's body is the 通报; before, the one the records give
  const kept = readReview(loaded.dir, year);
  const body = kept.body?.text ?? reviewMarkdown(review);
  const life = {
    docNo: kept.record?.doc_no ?? null,
    signedOn: kept.record?.signed_on ?? null,
    issuedOn: kept.record?.issued_on ?? null,
  };
  let data: string | Uint8Array;
  if (format === "md") data = body;
  else if (format === "html") data = await (await documents()).reviewHtml(review, body, life);
  else data = await (await documents()).reviewDocx(review, body, life, printingOffice(loaded.ds));
  emit(ctx, data, to);
}

async function draft(ctx: Ctx, year: number, on: string) {
  await applyPatch(
    ctx,
    (loaded) => {
      const review = computeReview(loaded.ds, year);
      const kept = readReview(loaded.dir, year);
      return draftReview(review, on, kept.record, kept.body !== undefined);
    },
    { parts: ["topics", "activities", "reports", "calendar"] },
  );
  ctx.io.stderr.write(`${ctx.t("review.drafted", { file: reviewFiles(year).body })}\n`);
}

async function sign(ctx: Ctx, year: number, by: string, on: string) {
  await applyPatch(
    ctx,
    (loaded) => {
      const kept = readReview(loaded.dir, year);
      return signReview(year, kept.record, kept.body, by, on);
    },
    { parts: [] },
  );
}

async function issue(ctx: Ctx, year: number, on: string, docNo?: string) {
  await applyPatch(
    ctx,
    (loaded) => {
      const kept = readReview(loaded.dir, year);
      const used = reviewNumbers(loaded.dir).filter((n) => n !== kept.record?.doc_no);
      return issueReview(loaded.ds, year, kept.record, kept.body, { on, docNo, used }).patch;
    },
    { parts: [] },
  );
}
