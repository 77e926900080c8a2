import { createRequire } from "node:module";
import path from "node:path";
import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../cli/context.js";
import { formatFlag, yearFlag } from "../cli/inputs.js";
import { drawsOn, requireReadable } from "../cli/reading.js";
import { documents } from "../documents/load.js";
import type { Dataset } from "../domain/dataset.js";
import { chineseDate } from "../domain/dates.js";
import { msg } from "../domain/diagnostics.js";
import { printingOffice } from "../domain/documents.js";
import type { Block, Gongwen } from "../domain/gongwen.js";
import { computeReview, type Review } from "../domain/review.js";
import { type ReviewBlock, reviewBlocks, reviewMarkdown } from "../domain/review-text.js";
import { UsageError } from "../errors.js";
import { writeOutput } from "../store/output.js";

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
  const toStdout = !opts.out || opts.out === "-";
  if (format === "docx" && toStdout && ctx.io.stdoutIsTTY)
    throw new UsageError(msg("out.binary-to-terminal", { format }), [
      msg("review.needs-out.hint", { year: String(year), format }),
    ]);
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
  else if (format === "html") data = await reviewHtml(review);
  else data = await reviewDocx(loaded.ds, review);
  if (toStdout) {
    ctx.io.stdout.write(data);
    return;
  }
  const file = path.resolve(ctx.io.cwd, opts.out!);
  writeOutput(file, data, ctx.fs);
  ctx.io.stderr.write(`${ctx.t("remind.wrote", { file })}\n`);
}

async function charts(blocks: ReviewBlock[]) {
  const { barChart } = await documents();
  return new Map(
    blocks.flatMap((b) =>
      b.kind === "figure" ? [[b.chart, barChart({ series: b.series, rows: b.rows }, b.chart)]] : [],
    ),
  );
}

/** The 通报 as a 公文: the charts rasterised (resvg) with their numbers in a table under them. */
async function reviewDocx(ds: Dataset, r: Review): Promise<Uint8Array> {
  const blocks = reviewBlocks(r);
  const drawn = await charts(blocks);
  // a native module, outside the bundle: required from the package's node_modules
  const { Resvg } = createRequire(import.meta.url)(
    "@resvg/resvg-js",
  ) as typeof import("@resvg/resvg-js");
  const body: Block[] = [];
  for (const b of blocks) {
    if (b.kind === "heading") body.push({ kind: "heading", level: 1, text: b.text });
    else if (b.kind === "paragraph") body.push({ kind: "paragraph", text: b.text });
    else {
      const chart = drawn.get(b.chart)!;
      const png = new Resvg(chart.svg, {
        fitTo: { mode: "width", value: chart.width * 2 },
        font: { loadSystemFonts: true, defaultFontFamily: "Noto Sans CJK SC" },
      })
        .render()
        .asPng();
      body.push({
        kind: "image",
        png: new Uint8Array(png),
        width: chart.width,
        height: chart.height,
        caption: b.caption,
      });
      body.push({ kind: "table", rows: b.table });
    }
  }
  const doc: Gongwen = {
    format: "document",
    organ: r.organ,
    docNo: null,
    title: r.title,
    addressee: "各专门委员会",
    blocks: body,
    signature: r.issuer,
    date: chineseDate(r.asOf),
    copyTo: [],
    printer: printingOffice(ds),
    printedOn: `${chineseDate(r.asOf)}印发`,
    stamp: r.asOf,
  };
  const { gongwenDocx } = await documents();
  return gongwenDocx(doc);
}

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** One self-contained page: styles inline, the charts as inline SVG, nothing fetched. */
async function reviewHtml(r: Review): Promise<string> {
  const blocks = reviewBlocks(r);
  const drawn = await charts(blocks);
  const body = blocks
    .map((b) => {
      if (b.kind === "heading") return `<h2>${esc(b.text)}</h2>`;
      if (b.kind === "paragraph")
        return `<p${b.text.startsWith("【") ? ' class="fill-in"' : ""}>${esc(b.text)}</p>`;
      const [head, ...rows] = b.table;
      return [
        `<figure id="chart-${b.chart}">`,
        drawn.get(b.chart)!.svg,
        `<figcaption>${esc(b.caption)}</figcaption>`,
        "</figure>",
        `<table><thead><tr>${head!.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>`,
        ...rows.map(
          (row) =>
            `<tr>${row.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join("")}</tr>`,
        ),
        "</tbody></table>",
      ].join("\n");
    })
    .join("\n");
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(r.title)}</title>
<style>
body { margin: 0; background: #f4f4f4; color: #111; font-family: "FangSong", "仿宋_GB2312", "STFangsong", "Noto Serif CJK SC", serif; }
main { max-width: 860px; margin: 24px auto; background: #fff; padding: 48px 64px; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
.organ { color: #e00; text-align: center; font-size: 34px; font-weight: bold; letter-spacing: 4px; border-bottom: 2px solid #e00; padding-bottom: 12px; }
h1 { text-align: center; font-size: 26px; margin: 32px 0 24px; font-family: "Noto Serif CJK SC", serif; }
h2 { font-size: 20px; font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-weight: normal; margin: 24px 0 8px; text-indent: 2em; }
p { font-size: 18px; line-height: 1.8; text-indent: 2em; margin: 0 0 8px; }
p.fill-in { color: #b00; }
figure { margin: 16px 0 4px; text-align: center; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 15px; margin-top: 4px; }
table { border-collapse: collapse; margin: 8px auto 16px; font-size: 14px; }
th, td { border: 1px solid #444; padding: 3px 8px; text-align: right; }
thead th, tbody th { text-align: left; font-weight: normal; background: #f0f0f0; }
.sign { text-align: right; font-size: 18px; line-height: 1.8; margin-top: 32px; }
@media print { body { background: #fff; } main { box-shadow: none; margin: 0; padding: 0; max-width: none; } }
</style>
</head>
<body>
<main>
<div class="organ">${esc(r.organ)}</div>
<h1>${esc(r.title)}</h1>
<p style="text-indent:0">各专门委员会：</p>
${body}
<div class="sign">${esc(r.issuer)}<br>${esc(chineseDate(r.asOf))}</div>
</main>
</body>
</html>
`;
}
