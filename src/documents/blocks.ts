import type * as Docx from "docx";
import { type Block, leadHeading } from "../domain/gongwen.js";
import { type FlowItem, ink, linesOf } from "./flow.js";
import {
  CHAR,
  FONT,
  gridBorders,
  type Lib,
  mm,
  numeric,
  type RunStyle,
  SIZE,
  type TableSize,
  tableSize,
} from "./page.js";

/**
 * The blocks of the 正文 in a .docx (GB/T 9704 §7.3.3), each with the lines it takes on the
 * page's grid (documents/flow.ts): headings kept with what follows them, paragraphs with
 * widow and orphan control, table rows never split and the head repeated, a picture with
 * its caption.
 */

export type Run = (text: string, s?: RunStyle) => Docx.TextRun;
export type Part = Docx.Paragraph | Docx.Table | Docx.Textbox;

/** A paragraph of the 正文: indented two characters, justified, 22 lines a page. */
export function bodyParagraph(
  d: Lib,
  children: Docx.ParagraphChild[],
  keep: { next?: boolean; lines?: boolean } = {},
): Docx.Paragraph {
  return new d.Paragraph({
    children,
    indent: { firstLine: 2 * CHAR, firstLineChars: 200 },
    alignment: d.AlignmentType.JUSTIFIED,
    // never a line alone at the top or the foot of a page
    widowControl: true,
    keepNext: keep.next,
    keepLines: keep.lines,
  });
}

/** Table sizes, largest first: 4号, 小四, 五号, 小五 (page.ts TableSize). */
const TABLE_SIZES: readonly TableSize[] = [
  { size: 28, char: 275, pad: 2 * 108 },
  { size: 24, char: 235, pad: 2 * 80 },
  { size: 21, char: 205, pad: 2 * 60 },
  { size: 18, char: 175, pad: 2 * 50 },
];

/** The parts of one block and its place in the flow; `keepNext` keeps it with what follows. */
export function blockOf(
  d: Lib,
  b: Block,
  run: Run,
  keepNext = false,
): { parts: Part[]; flow: FlowItem[] } {
  if (b.kind === "heading") {
    // 一、 黑体; （一） 楷体; 1. and （1） 仿宋 — all 3号, no bold (§7.3.3); never at a page's foot
    const font = b.level === 1 ? FONT.hei : b.level === 2 ? FONT.kai : FONT.body;
    return {
      parts: [bodyParagraph(d, [run(b.text, { font })], { next: true, lines: true })],
      flow: [{ lines: linesOf(b.text), keepNext: true }],
    };
  }
  if (b.kind === "image") return image(d, b, run);
  if (b.kind === "paragraph") {
    const lead = leadHeading(b.text);
    const runs = lead
      ? [
          run(lead.lead, { font: lead.level === 1 ? FONT.hei : FONT.kai }),
          ...(lead.rest ? [run(lead.rest)] : []),
        ]
      : [run(b.text)];
    // a heading that is its whole line (no closing stop: 一、基本情况) stays with the next
    // block, as a `##` heading does; a one-sentence item (（一）加强监管。) is a paragraph
    const alone = lead !== null && lead.rest === "" && !/[。！？；]$/.test(b.text);
    const next = keepNext || alone;
    return {
      parts: [bodyParagraph(d, runs, { next, lines: alone })],
      flow: [{ lines: linesOf(b.text), keepNext: next, split: !alone }],
    };
  }
  return table(d, b.rows, run);
}

function image(d: Lib, b: Extract<Block, { kind: "image" }>, run: Run) {
  // as wide as the 版心 (156 mm at 96 dpi), its caption centred under it
  const w = Math.round((156 / 25.4) * 96);
  const h = Math.round((b.height * w) / b.width);
  return {
    parts: [
      new d.Paragraph({
        alignment: d.AlignmentType.CENTER,
        // the picture stays on the page of its caption
        keepNext: true,
        children: [
          new d.ImageRun({
            type: "png",
            data: b.png,
            transformation: { width: w, height: h },
            altText: { name: b.caption, description: b.caption, title: b.caption },
          }),
        ],
      }),
      new d.Paragraph({
        alignment: d.AlignmentType.CENTER,
        keepNext: true,
        children: [run(b.caption, { size: SIZE.si, font: FONT.hei })],
      }),
    ],
    // the picture's height in lines of 10.2 mm (96 dpi pixels), then its caption
    flow: [
      { lines: Math.ceil((h * 25.4) / 96 / 10.2) + 1, keepNext: true },
      { lines: 1, keepNext: true },
    ],
  };
}

/**
 * A table as wide as the 版心, its columns from their content (page.ts columnWidths): a
 * header, number, date or doc number never breaks inside itself; numbers centred; the
 * head row 黑体, repeated on every page; no row split across two pages.
 */
export function table(d: Lib, rows: string[][], run: Run): { parts: Part[]; flow: FlowItem[] } {
  const columns = Math.max(...rows.map((r) => r.length));
  const total = mm(156);
  // the columns of text keep at least six characters between them
  const { size, char, pad, widths } = tableSize(rows, total, TABLE_SIZES, { room: 6 });
  const perLine = widths.map((w) => Math.max(1, Math.floor((w - pad) / char)));
  // a line of a smaller size is not a line of the page's grid: rows as high as their text
  const grid = size === SIZE.si ? undefined : false;
  const lineOf = size === SIZE.si ? 1 : ((size / 2) * 1.3) / 28.95;
  return {
    parts: [
      new d.Table({
        width: { size: total, type: d.WidthType.DXA },
        columnWidths: widths,
        layout: d.TableLayoutType.FIXED,
        borders: gridBorders(d),
        rows: rows.map(
          (cells, r) =>
            new d.TableRow({
              tableHeader: r === 0,
              cantSplit: true,
              children: Array.from(
                { length: columns },
                (_, c) =>
                  new d.TableCell({
                    width: { size: widths[c]!, type: d.WidthType.DXA },
                    margins: { left: pad / 2, right: pad / 2 },
                    verticalAlign: d.VerticalAlignTable.CENTER,
                    children: [
                      new d.Paragraph({
                        // a smaller size in lines of its own height, not the page's grid
                        spacing:
                          grid === false
                            ? { line: Math.round(size * 12), lineRule: d.LineRuleType.EXACT }
                            : undefined,
                        alignment:
                          r === 0 || numeric(cells[c] ?? "")
                            ? d.AlignmentType.CENTER
                            : d.AlignmentType.LEFT,
                        children: [
                          run(cells[c] ?? "", {
                            size,
                            font: r === 0 ? FONT.hei : FONT.body,
                            grid,
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
    ],
    flow: [
      {
        lines: 0,
        rows: rows.map((cells) =>
          Math.max(
            1,
            Math.ceil(
              lineOf * Math.max(1, ...cells.map((t, c) => Math.ceil(ink(t) / perLine[c]!))),
            ),
          ),
        ),
      },
      { lines: 1 },
    ],
  };
}
