import { createRequire } from "node:module";
import { chineseDate } from "../domain/dates.js";
import { type Block, type Gongwen, parseBody } from "../domain/gongwen.js";
import { markupText } from "../domain/neutralise.js";
import type { Review } from "../domain/review.js";
import {
  CHART_LINE,
  type ChartKind,
  type ReviewBlock,
  reviewBlocks,
} from "../domain/review-text.js";
import { barChart } from "./charts.js";
import { gongwenDocx } from "./docx.js";

/**
 * The annual 通报 (Art. 15) as a document (docs/review.md): a 公文 with the charts as
 * pictures and their numbers in tables, or one self-contained html page for a leader's
 * screen. The text and the numbers are the domain's (domain/review*.ts).
 */

/** What the record of the 通报's life gives its document: 文号, 成文日期 and 印发日期. */
export interface ReviewLife {
  docNo: string | null;
  signedOn: string | null;
  issuedOn: string | null;
}

/** The 通报 is 抄送 the offices Art. 15 names. */
const COPY_TO = ["市委办公室", "市政府办公室"];

function charts(blocks: ReviewBlock[]) {
  return new Map(
    blocks.flatMap((b) =>
      b.kind === "figure"
        ? [[b.chart, barChart({ series: b.series, rows: b.rows }, b.chart)] as const]
        : [],
    ),
  );
}

/** A body line `![图1　…](chart:activities)`: the chart and its caption as the clerk left it. */
function chartOf(b: Block): { chart: ChartKind; caption: string } | null {
  if (b.kind !== "paragraph") return null;
  const m = CHART_LINE.exec(b.text);
  return m ? { chart: m[2] as ChartKind, caption: m[1]! } : null;
}

/**
 * The 通报 as a 公文 from its body (the clerk's edited `reviews/<year>.md`, or the one the
 * records give): the charts drawn from the records and rasterised (resvg), the 办公室's
 * 标志, 文号 and 署名, 主送 各专门委员会, 抄送 the 市委办公室 and 市政府办公室 (Art. 15).
 */
export async function reviewDocx(
  r: Review,
  bodyText: string,
  life: ReviewLife,
  printer: string,
): Promise<Uint8Array> {
  const drawn = charts(reviewBlocks(r));
  const parsed = parseBody(bodyText);
  // a native module, outside the bundle: required from the package's node_modules
  const { Resvg } = createRequire(import.meta.url)(
    "@resvg/resvg-js",
  ) as typeof import("@resvg/resvg-js");
  const body: Block[] = [];
  for (const b of parsed.blocks) {
    const c = chartOf(b);
    const chart = c ? drawn.get(c.chart) : undefined;
    if (!c || !chart) {
      body.push(b);
      continue;
    }
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
      caption: c.caption,
    });
  }
  const doc: Gongwen = {
    format: "document",
    organ: r.organ,
    sealed: true,
    docNo: life.docNo,
    title: parsed.title ?? r.title,
    addressee: "各专门委员会",
    blocks: body,
    attachments: parsed.attachments,
    signature: r.issuer,
    date: life.signedOn ? chineseDate(life.signedOn) : parsed.date,
    note: parsed.note,
    copyLabel: "抄送",
    copyTo: COPY_TO,
    printer,
    printedOn: life.issuedOn ? `${chineseDate(life.issuedOn)}印发` : null,
    stamp: life.issuedOn ?? life.signedOn ?? r.asOf,
  };
  return gongwenDocx(doc);
}

const esc = markupText;

/** One self-contained page: styles inline, the charts as inline SVG, nothing fetched. */
export async function reviewHtml(r: Review, bodyText: string, life: ReviewLife): Promise<string> {
  const drawn = charts(reviewBlocks(r));
  const parsed = parseBody(bodyText);
  const body = parsed.blocks
    .map((b) => {
      const c = chartOf(b);
      if (c && drawn.get(c.chart))
        return [
          `<figure id="chart-${c.chart}">`,
          drawn.get(c.chart)!.svg,
          `<figcaption>${esc(c.caption)}</figcaption>`,
          "</figure>",
        ].join("\n");
      if (b.kind === "heading") return `<h2>${esc(b.text)}</h2>`;
      if (b.kind === "paragraph")
        return `<p${b.text.includes("【") ? ' class="fill-in"' : ""}>${esc(b.text)}</p>`;
      if (b.kind === "table") {
        const [head, ...rows] = b.rows;
        return [
          `<table><thead><tr>${head!.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>`,
          ...rows.map(
            (row) =>
              `<tr>${row.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join("")}</tr>`,
          ),
          "</tbody></table>",
        ].join("\n");
      }
      return "";
    })
    .join("\n");
  const date = life.signedOn ? chineseDate(life.signedOn) : (parsed.date ?? "");
  const printed = life.issuedOn ? `${chineseDate(life.issuedOn)}印发` : "";
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(parsed.title ?? r.title)}</title>
<style>
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@page :right { @bottom-right { content: "— " counter(page) " —"; font: 14pt "SimSun", "宋体", serif; margin-right: 1em; } }
@page :left { @bottom-left { content: "— " counter(page) " —"; font: 14pt "SimSun", "宋体", serif; margin-left: 1em; } }
body { margin: 0; background: #f4f4f4; color: #111; font-family: "FangSong", "仿宋_GB2312", "STFangsong", "Noto Serif CJK SC", serif; }
main { max-width: 860px; margin: 24px auto; background: #fff; padding: 48px 64px; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
.organ { color: #e00; text-align: center; font-size: 34px; font-weight: bold; letter-spacing: 4px; }
.docno { text-align: center; font-size: 18px; border-bottom: 2px solid #e00; padding: 8px 0 12px; min-height: 1em; }
h1 { text-align: center; font-size: 26px; margin: 32px 0 24px; font-family: "Noto Serif CJK SC", serif; }
h2 { font-size: 20px; font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-weight: normal; margin: 24px 0 8px; text-indent: 2em; break-after: avoid; }
p { font-size: 18px; line-height: 1.8; text-indent: 2em; margin: 0 0 8px; orphans: 2; widows: 2; }
p.fill-in { color: #b00; }
figure { margin: 16px 0 4px; text-align: center; break-inside: avoid; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 15px; margin-top: 4px; }
table { border-collapse: collapse; margin: 8px auto 16px; font-size: 14px; }
th, td { border: 1px solid #444; padding: 3px 8px; text-align: center; white-space: nowrap; }
thead th, tbody th { font-weight: normal; background: #f0f0f0; }
tr { break-inside: avoid; }
.sign { text-align: right; font-size: 18px; line-height: 1.8; margin-top: 32px; padding-right: 4em; break-before: avoid; }
.banji { margin-top: 48px; border-top: 2px solid #111; border-bottom: 2px solid #111; font-size: 16px; break-inside: avoid; }
.banji div { padding: 6px 1em; display: flex; justify-content: space-between; }
.banji div + div { border-top: 1px solid #111; }
@media print { body { background: #fff; } main { box-shadow: none; margin: 0; padding: 0; max-width: none; } }
</style>
</head>
<body>
<main>
<div class="organ">${esc(r.organ)}</div>
<div class="docno">${esc(life.docNo ?? "")}</div>
<h1>${esc(parsed.title ?? r.title)}</h1>
<p style="text-indent:0">各专门委员会：</p>
${body}
<div class="sign">${esc(r.issuer)}<br>${esc(date)}</div>
<div class="banji"><div><span>抄送：${esc(COPY_TO.join("，"))}。</span></div><div><span>${esc(r.issuer)}</span><span>${esc(printed)}</span></div></div>
</main>
</body>
</html>
`;
}
