import type * as Docx from "docx";
import type { Gongwen } from "../domain/gongwen.js";
import type { Part, Run } from "./blocks.js";
import { type Lib, mm, SIZE } from "./page.js";

/**
 * 版记 (GB/T 9704 §7.4): lines as wide as the 版心 — thick first and last, thin between —
 * with 抄报 or 抄送 (4号 仿宋, 左右各空一字, ending with 。) and the 印发机关 (左空一字)
 * and 印发日期 (右空一字) on one line, in a text box whose last line is the 版心's bottom
 * edge. Where it goes (the page where the 正文 ends, or a page of its own) is docx.ts's.
 */

/** A line of the 版记: 4号 text with room above and below it. */
const BANJI_ROW = mm(8);
/** The 版心's width, which the 版记's lines run. */
const WIDTH = mm(156);
/** Where a table starts inside a text box as LibreOffice lays it out, in twips (1.5 mm). */
const BOX_OFFSET = 85;
/** Room in the box below its rows: the offset and the closing paragraph (2 mm), in points. */
const BOX_SLACK_PT = (2 / 25.4) * 72;
/** The 版心's bottom edge from the top of the paper (37 + 225 mm), in points. */
const BOTTOM_PT = (262 / 25.4) * 72;

/** How many lines of the page's grid the 版记 takes (documents/flow.ts). */
export function banjiLines(doc: Gongwen): number {
  const rows = (doc.copyTo.length > 0 ? 1 : 0) + (doc.printer ? 1 : 0);
  return Math.ceil((rows * 8) / 10.2);
}

export function banji(d: Lib, doc: Gongwen, run: Run): Part[] {
  const small = (text: string) => run(text, { size: SIZE.si, grid: false });
  const side = 280;
  const lines: { children: Docx.ParagraphChild[]; tab?: boolean }[] = [];
  if (doc.copyTo.length > 0)
    lines.push({ children: [small(`${doc.copyLabel}：${doc.copyTo.join("，")}。`)] });
  if (doc.printer)
    lines.push({
      children: [
        small(doc.printer),
        new d.TextRun({ children: [new d.Tab()] }),
        small(doc.printedOn ?? ""),
      ],
      tab: true,
    });
  if (lines.length === 0) return [];
  const thick = { style: d.BorderStyle.SINGLE, size: 8, color: "000000" };
  const thin = { style: d.BorderStyle.SINGLE, size: 6, color: "000000" };
  const none = { style: d.BorderStyle.NONE, size: 0, color: "FFFFFF" };
  const inner = WIDTH - 2 * side;
  const table = new d.Table({
    width: { size: WIDTH, type: d.WidthType.DXA },
    columnWidths: [WIDTH],
    layout: d.TableLayoutType.FIXED,
    // LibreOffice sets a table in a text box 1.5 mm in: taken back, the lines start at the
    // 版心's left edge and run its 156 mm (checked by test/e2e/render.test.ts)
    indent: { size: -BOX_OFFSET, type: d.WidthType.DXA },
    borders: {
      top: thick,
      bottom: thick,
      left: none,
      right: none,
      insideHorizontal: thin,
      insideVertical: none,
    },
    // 左右各空一字: the cell's own margins, so the lines still run the 版心's width
    margins: { left: side, right: side, top: 0, bottom: 0 },
    rows: lines.map(
      (l) =>
        new d.TableRow({
          height: { value: BANJI_ROW, rule: d.HeightRule.EXACT },
          children: [
            new d.TableCell({
              width: { size: WIDTH, type: d.WidthType.DXA },
              verticalAlign: d.VerticalAlignTable.CENTER,
              children: [
                new d.Paragraph({
                  children: l.children,
                  // wrapped 抄报 lines align after the ：
                  indent: l.tab ? undefined : { left: 3 * 280, hanging: 3 * 280 },
                  tabStops: l.tab ? [{ type: d.TabStopType.RIGHT, position: inner }] : undefined,
                }),
              ],
            }),
          ],
        }),
    ),
  });
  // a text box at the foot of the 版心, as wide as it
  const height = (lines.length * BANJI_ROW) / 20;
  return [
    new d.Textbox({
      style: {
        position: "absolute",
        width: "442.25pt",
        height: `${height}pt`,
        positionHorizontal: "center",
        positionHorizontalRelative: "margin",
        positionVertical: "bottom" as "absolute",
        positionVerticalRelative: "margin",
        wrapStyle: "square",
      },
      // a text box ends with a paragraph: a tiny one, so that the table sits on the 版心's edge
      children: [
        table,
        new d.Paragraph({
          children: [run("", { size: 2, grid: false })],
          spacing: { line: 20, lineRule: d.LineRuleType.EXACT },
        }),
      ],
    }),
  ];
}

/**
 * The 版记's text box as a reader expects it: no outline, no fill, no inner margin, of fixed
 * height (LibreOffice never finishes laying out a box that fits its text when it stands
 * alone on its page), placed from the top of the paper so that its last line is the
 * 版心's bottom edge, and with a fixed id instead of the library's random one.
 */
export function settleBanji(xml: string): string {
  let n = 0;
  return xml
    .replace(
      /<v:shape id="[^"]*"/g,
      () => `<v:shape id="xieshang-shape-${++n}" stroked="f" filled="f"`,
    )
    .replace(/<v:textbox style="mso-fit-shape-to-text:t;"/g, "<v:textbox ")
    .replace(/<v:textbox /g, '<v:textbox inset="0,0,0,0" ')
    .replace(
      /height:([\d.]+)pt;(.*?)mso-position-vertical:bottom;mso-position-vertical-relative:margin/g,
      (_m, h: string, mid: string) =>
        `height:${(Number(h) + BOX_SLACK_PT).toFixed(2)}pt;${mid}margin-top:${(BOTTOM_PT - Number(h) - BOX_OFFSET / 20).toFixed(2)}pt;mso-position-vertical-relative:page`,
    );
}
