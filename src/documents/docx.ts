import type * as Docx from "docx";
import { type Block, type Gongwen, leadHeading } from "../domain/gongwen.js";
import { deepText, xmlText } from "../domain/neutralise.js";
import {
  CHAR,
  CHAR_SPACING,
  documentOptions,
  FONT,
  FOOTER_DISTANCE,
  fontOf,
  gridBorders,
  LINE_PITCH,
  type Lib,
  MARGIN,
  mm,
  organSize,
  PAGE,
  pageNumber,
  RED,
  type RunStyle,
  SIZE,
  titleLines,
  width,
} from "./page.js";
import { fixedZip } from "./zip.js";

/**
 * GB/T 9704-2012 laid out in a .docx (docs/documents.md): A4, 天头 37 mm, 订口 28 mm,
 * 版心 156 × 225 mm, 22 lines of 28 characters, fonts and sizes by element, the red
 * 版头, `— N —` page numbers odd right and even left, and the 版记 at the foot of the
 * last page. The docx library is loaded here only, by the commands that write documents.
 */

export async function gongwenDocx(given: Gongwen): Promise<Uint8Array> {
  // every character a record holds that XML forbids is replaced before it reaches a part
  const doc = deepText(given, xmlText);
  const d: Lib = await import("docx");
  const run = (text: string, s: RunStyle = {}) =>
    new d.TextRun({
      text,
      font: fontOf(s.font ?? FONT.body),
      size: s.size ?? SIZE.san,
      color: s.color,
      characterSpacing: CHAR_SPACING,
      language: { eastAsia: "zh-CN" },
      snapToGrid: s.grid,
    });
  const blank = () => new d.Paragraph({ children: [run("")] });
  const indented = (children: Docx.TextRun[]) =>
    new d.Paragraph({
      children,
      indent: { firstLine: 2 * CHAR, firstLineChars: 200 },
      alignment: d.AlignmentType.JUSTIFIED,
      // every page full: 22 lines, no line held back to keep a paragraph's ends together
      widowControl: false,
    });
  const centred = (children: Docx.TextRun[], opts: Partial<Docx.IParagraphOptions> = {}) =>
    new d.Paragraph({ children, alignment: d.AlignmentType.CENTER, ...opts });

  const children: (Docx.Paragraph | Docx.Table | Docx.Textbox)[] = [];
  let firstHeader: Docx.Header | undefined;
  let firstFooter: Docx.Footer | undefined;

  if (doc.format === "document") {
    // 发文机关标志: red, centred, its top 35 mm below the top of the 版心 (§7.2.4)
    children.push(
      centred([run(doc.organ, { font: FONT.title, size: organSize(doc.organ), color: RED })], {
        spacing: { before: mm(35) },
      }),
      blank(),
      // 发文字号 two lines below, centred; the red line 4 mm under it, as wide as the 版心
      centred([run(doc.docNo ?? "")], {
        border: { bottom: { style: d.BorderStyle.SINGLE, size: 12, color: RED, space: 11 } },
      }),
      blank(),
    );
  } else {
    // 信函格式 (§10.1): the 标志 30 mm from the top of the paper, a red double line 4 mm
    // below it, and another 20 mm above the bottom edge, both 170 mm wide; page 1 unnumbered
    const wider = { left: -mm(7), right: -mm(7) };
    firstHeader = new d.Header({
      children: [
        centred([run(doc.organ, { font: FONT.title, size: organSize(doc.organ), color: RED })], {
          indent: wider,
          border: {
            bottom: { style: d.BorderStyle.THICK_THIN_SMALL_GAP, size: 24, color: RED, space: 11 },
          },
        }),
      ],
    });
    firstFooter = new d.Footer({
      children: [
        new d.Paragraph({
          children: [run("")],
          indent: wider,
          border: {
            top: { style: d.BorderStyle.THIN_THICK_SMALL_GAP, size: 24, color: RED, space: 1 },
          },
        }),
      ],
    });
    children.push(
      new d.Paragraph({ children: [run(doc.docNo ?? "")], alignment: d.AlignmentType.RIGHT }),
      blank(),
    );
  }

  // 标题 two lines below, 2号 小标宋, centred (§7.3.1); 主送 one line below it (§7.3.2)
  children.push(
    blank(),
    centred(
      titleLines(doc.title).map(
        (line, i) =>
          new d.TextRun({
            text: line,
            break: i > 0 ? 1 : undefined,
            font: fontOf(FONT.title),
            size: SIZE.er,
            characterSpacing: CHAR_SPACING,
            language: { eastAsia: "zh-CN" },
          }),
      ),
    ),
  );
  if (doc.addressee)
    children.push(blank(), new d.Paragraph({ children: [run(`${doc.addressee}：`)] }));
  else children.push(blank());

  for (const b of doc.blocks) children.push(...blockOf(d, b, run, indented));

  // 署名 one line below the 正文, 右空二字; the date below it, starting two characters right
  // of the 署名's start — or, when the date is the longer, the date 右空二字 (§7.3.5.2)
  if (doc.signature || doc.date) {
    const s = width(doc.signature ?? "");
    const t = width(doc.date ?? "");
    const signStart = t + 2 <= s ? 28 - 2 - s : 28 - 2 - t - 2;
    children.push(blank());
    const at = (text: string, start: number) =>
      new d.Paragraph({ children: [run(text)], indent: { left: Math.round(start * CHAR) } });
    if (doc.signature) children.push(at(doc.signature, signStart));
    if (doc.date) children.push(at(doc.date, signStart + 2));
  }

  if (doc.format === "document") children.push(...banji(d, doc, run));

  const document = new d.Document({
    ...documentOptions(doc.title),
    sections: [
      {
        properties: {
          page: {
            size: {
              width: PAGE.width,
              height: PAGE.height,
              orientation: d.PageOrientation.PORTRAIT,
            },
            margin: {
              ...MARGIN,
              header: doc.format === "letter" ? mm(30) : mm(15),
              footer: FOOTER_DISTANCE,
            },
          },
          grid: { type: d.DocumentGridType.LINES, linePitch: LINE_PITCH },
          titlePage: doc.format === "letter",
        },
        headers: firstHeader ? { first: firstHeader } : undefined,
        footers: {
          default: pageNumber(d, "odd"),
          even: pageNumber(d, "even"),
          ...(firstFooter ? { first: firstFooter } : {}),
        },
        children,
      },
    ],
  });
  return fixedZip(await d.Packer.toBuffer(document), doc.stamp, settleShapes);
}

/** A line of the 版记: 4号 text with room above and below it. */
const BANJI_ROW = mm(8);

/**
 * The 版记's text box as a reader expects it: no outline, no fill, no inner margin, and a
 * fixed id instead of the random one the library gives (same data, same bytes).
 */
function settleShapes(name: string, xml: string): string {
  if (name !== "word/document.xml") return xml;
  let n = 0;
  let pictures = 0;
  return (
    xml
      .replace(
        /<v:shape id="[^"]*"/g,
        () => `<v:shape id="xieshang-shape-${++n}" stroked="f" filled="f"`,
      )
      // the library numbers drawings across a process: numbered here within the document
      .replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++pictures}"`)
      .replace(/<v:textbox /g, '<v:textbox inset="0,0,0,0" ')
  );
}

function blockOf(
  d: Lib,
  b: Block,
  run: (text: string, s?: RunStyle) => Docx.TextRun,
  indented: (children: Docx.TextRun[]) => Docx.Paragraph,
): (Docx.Paragraph | Docx.Table | Docx.Textbox)[] {
  if (b.kind === "heading") {
    // 一、 黑体; （一） 楷体; 1. and （1） 仿宋 — all 3号, no bold (§7.3.3)
    const font = b.level === 1 ? FONT.hei : b.level === 2 ? FONT.kai : FONT.body;
    return [indented([run(b.text, { font })])];
  }
  if (b.kind === "image") {
    // as wide as the 版心 (156 mm at 96 dpi), its caption centred under it
    const w = Math.round((156 / 25.4) * 96);
    return [
      new d.Paragraph({
        alignment: d.AlignmentType.CENTER,
        // the picture stays on the page of its caption
        keepNext: true,
        children: [
          new d.ImageRun({
            type: "png",
            data: b.png,
            transformation: { width: w, height: Math.round((b.height * w) / b.width) },
            altText: { name: b.caption, description: b.caption, title: b.caption },
          }),
        ],
      }),
      new d.Paragraph({
        alignment: d.AlignmentType.CENTER,
        children: [run(b.caption, { size: SIZE.si, font: FONT.hei })],
      }),
    ];
  }
  if (b.kind === "paragraph") {
    const lead = leadHeading(b.text);
    if (!lead) return [indented([run(b.text)])];
    const font = lead.level === 1 ? FONT.hei : FONT.kai;
    return [indented([run(lead.lead, { font }), ...(lead.rest ? [run(lead.rest)] : [])])];
  }
  const columns = Math.max(...b.rows.map((r) => r.length));
  const total = mm(156);
  // each column as wide as its longest cell wants (within bounds), the whole the 版心's width
  const wants = Array.from({ length: columns }, (_, c) =>
    Math.min(Math.max(...b.rows.map((r) => width(r[c] ?? "") + 1), 3), 14),
  );
  const sum = wants.reduce((a, w) => a + w, 0);
  const widths = wants.map((w) => Math.floor((total * w) / sum));
  return [
    new d.Table({
      width: { size: total, type: d.WidthType.DXA },
      columnWidths: widths,
      borders: gridBorders(d),
      rows: b.rows.map(
        (cells, r) =>
          new d.TableRow({
            tableHeader: r === 0,
            // a row is never broken across two pages
            cantSplit: true,
            children: Array.from(
              { length: columns },
              (_, c) =>
                new d.TableCell({
                  children: [
                    new d.Paragraph({
                      alignment: r === 0 ? d.AlignmentType.CENTER : d.AlignmentType.LEFT,
                      children: [
                        run(cells[c] ?? "", {
                          size: SIZE.si,
                          font: r === 0 ? FONT.hei : FONT.body,
                        }),
                      ],
                    }),
                  ],
                }),
            ),
          }),
      ),
    }),
    new d.Paragraph({ children: [run("")] }),
  ];
}

/**
 * 版记 (§7.4): at the foot of the last page, lines as wide as the 版心 — thick first and
 * last, thin between — with 抄报 (4号 仿宋, 左右各空一字, ending with 。) and the 印发机关
 * (左空一字) and 印发日期 (右空一字) on one line.
 */
function banji(
  d: Lib,
  doc: Gongwen,
  run: (text: string, s?: RunStyle) => Docx.TextRun,
): (Docx.Paragraph | Docx.Table | Docx.Textbox)[] {
  const small = (text: string) => run(text, { size: SIZE.si, grid: false });
  const side = 280;
  const lines: { children: Docx.ParagraphChild[]; tab?: boolean }[] = [];
  if (doc.copyTo.length > 0) lines.push({ children: [small(`抄报：${doc.copyTo.join("，")}。`)] });
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
  const inner = mm(156) - 2 * side;
  const table = new d.Table({
    width: { size: mm(156), type: d.WidthType.DXA },
    columnWidths: [mm(156)],
    layout: d.TableLayoutType.FIXED,
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
          height: { value: BANJI_ROW, rule: d.HeightRule.ATLEAST },
          children: [
            new d.TableCell({
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
  // a text box at the foot of the 版心 on the page where the 正文 ends
  const height = (lines.length * BANJI_ROW) / 20;
  return [
    new d.Textbox({
      style: {
        position: "absolute",
        width: "442.2pt",
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
