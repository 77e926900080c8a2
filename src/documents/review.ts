import { createRequire } from "node:module";
import { chineseDate } from "../domain/dates.js";
import type { Block, Gongwen } from "../domain/gongwen.js";
import { markupText } from "../domain/neutralise.js";
import type { Review } from "../domain/review.js";
import { type ReviewBlock, reviewBlocks } from "../domain/review-text.js";
import { barChart } from "./charts.js";
import { gongwenDocx } from "./docx.js";

/**
 * The annual 通报 (Art. 15) as a document (docs/review.md): a 公文 with the charts as
 * pictures and their numbers in tables, or one self-contained html page for a leader's
 * screen. The text and the numbers are the domain's (domain/review*.ts).
 */

function charts(blocks: ReviewBlock[]) {
  return new Map(
    blocks.flatMap((b) =>
      b.kind === "figure" ? [[b.chart, barChart({ series: b.series, rows: b.rows }, b.chart)]] : [],
    ),
  );
}

/** The 通报 as a 公文: the charts rasterised (resvg) with their numbers in a table under them. */
export async function reviewDocx(r: Review, printer: string): Promise<Uint8Array> {
  const blocks = reviewBlocks(r);
  const drawn = charts(blocks);
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
    sealed: true,
    docNo: null,
    title: r.title,
    addressee: "各专门委员会",
    blocks: body,
    attachments: [],
    signature: r.issuer,
    date: chineseDate(r.asOf),
    note: null,
    copyLabel: "抄送",
    copyTo: [],
    printer,
    printedOn: `${chineseDate(r.asOf)}印发`,
    stamp: r.asOf,
  };
  return gongwenDocx(doc);
}

const esc = markupText;

/** One self-contained page: styles inline, the charts as inline SVG, nothing fetched. */
export async function reviewHtml(r: Review): Promise<string> {
  const blocks = reviewBlocks(r);
  const drawn = charts(blocks);
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
