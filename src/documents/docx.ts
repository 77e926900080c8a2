import type * as Docx from "docx";
import type { Gongwen } from "../domain/gongwen.js";
import { deepText, xmlText } from "../domain/neutralise.js";
import { banji, banjiLines, settleBanji } from "./banji.js";
import { blockOf, bodyParagraph, type Part, type Run } from "./blocks.js";
import { type FlowItem, flowEnd, linesOf, PAGE_LINES } from "./flow.js";
import {
  CHAR,
  CHAR_SPACING,
  documentOptions,
  FONT,
  FOOTER_DISTANCE,
  fontOf,
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
 * 版头, `— N —` page numbers odd right and even left, the 署名 block never alone on a page,
 * and the 版记 on the last side of the sheet. The docx library is loaded here only, by the
 * commands that write documents.
 */

/** Lines of page 1 above the 正文 besides the title's and the 主送's (calibrated by render). */
const HEAD_LINES = { document: 11, letter: 5 } as const;
/**
 * Lines kept free above the 版记 on the page of the 正文's end, beyond one blank line: none
 * for text (the estimate errs long, checked by render), two when tables or pictures make it
 * rougher.
 */
const MARGIN_LINES = { text: 0, figures: 2 } as const;

export async function gongwenDocx(given: Gongwen): Promise<Uint8Array> {
  // every character a record holds that XML forbids is replaced before it reaches a part
  const doc = deepText(given, xmlText);
  const d: Lib = await import("docx");
  const run: Run = (text, s: RunStyle = {}) =>
    new d.TextRun({
      text,
      font: fontOf(s.font ?? FONT.body),
      size: s.size ?? SIZE.san,
      color: s.color,
      characterSpacing: CHAR_SPACING,
      language: { eastAsia: "zh-CN" },
      snapToGrid: s.grid,
    });
  const letter = doc.format === "letter";
  const head = letter ? letterHead(d, doc, run) : documentHead(d, doc, run);
  const children: Part[] = [...head.parts];
  const flow: FlowItem[] = [];
  const title = titleLines(doc.title);
  let first = PAGE_LINES - HEAD_LINES[doc.format] - title.length;
  children.push(titleParagraph(d, title));
  if (doc.addressee) {
    children.push(blank(d, run), new d.Paragraph({ children: [run(`${doc.addressee}：`)] }));
    first -= 1 + linesOf(`${doc.addressee}：`, 0);
  } else {
    children.push(blank(d, run));
    first -= 1;
  }

  // the last lines of the 正文 go with the 署名 block: the last paragraph, and the one
  // before it when the last is a single line
  const last = doc.blocks.length - 1;
  const short = doc.blocks[last]?.kind === "paragraph" && linesOf(doc.blocks[last].text) < 2;
  const signs = doc.signature !== null || doc.date !== null || doc.attachments.length > 0;
  doc.blocks.forEach((b, i) => {
    const keep = signs && (i === last || (short && i === last - 1));
    const made = blockOf(d, b, run, keep);
    children.push(...made.parts);
    flow.push(...made.flow);
  });
  const closing = closingOf(d, doc, run);
  children.push(...closing.parts);
  flow.push(...closing.flow);

  const sections: Docx.ISectionOptions[] = [];
  const base = sectionBase(d, letter);
  const numbered = {
    default: pageNumber(d, "odd", letter ? LETTER_LIFT : 0),
    even: pageNumber(d, "even", letter ? LETTER_LIFT : 0),
  };
  const box = letter ? [] : banji(d, doc, run);
  const end = flowEnd(flow, first);
  const rough = doc.blocks.some((b) => b.kind === "table" || b.kind === "image");
  const room = PAGE_LINES - end.used - 1 - MARGIN_LINES[rough ? "figures" : "text"];
  const samePage = box.length === 0 || (end.page % 2 === 0 && room >= banjiLines(doc));
  sections.push({
    ...base,
    headers: head.firstHeader ? { first: head.firstHeader } : undefined,
    footers: { ...numbered, ...(head.firstFooter ? { first: head.firstFooter } : {}) },
    children: samePage ? [...children, ...box] : children,
  });
  if (!samePage) {
    // the 版记 alone on the next even page (a blank page before it when the 正文 ends on
    // an even page): neither numbered (§7.5). Explicit pages, not an even-page section
    // break, whose blank page LibreOffice leaves out of a PDF
    const alone = (children: Part[]) => ({
      properties: { ...base.properties, type: d.SectionType.NEXT_PAGE, titlePage: false },
      footers: { default: new d.Footer({ children: [] }), even: new d.Footer({ children: [] }) },
      children,
    });
    if (end.page % 2 === 0) sections.push(alone([blank(d, run)]));
    sections.push(alone(box));
  }

  const document = new d.Document({ ...documentOptions(doc.title), sections });
  return fixedZip(await d.Packer.toBuffer(document), doc.stamp, settle);
}

/** How far the letter's page numbers sit above its footer (its footer is the double line's). */
const LETTER_LIFT = mm(4.5);

function sectionBase(d: Lib, letter: boolean) {
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: d.PageOrientation.PORTRAIT },
        margin: {
          ...MARGIN,
          header: letter ? mm(30) : mm(15),
          footer: letter ? FOOTER_DISTANCE - LETTER_LIFT : FOOTER_DISTANCE,
        },
      },
      grid: { type: d.DocumentGridType.LINES, linePitch: LINE_PITCH },
      titlePage: letter,
    },
  };
}

const blank = (d: Lib, run: Run, keepNext?: boolean) =>
  new d.Paragraph({ children: [run("")], keepNext });

/** 标题: 2号 小标宋, centred, its lines one grid line apart (§7.3.1). */
function titleParagraph(d: Lib, lines: string[]) {
  return new d.Paragraph({
    alignment: d.AlignmentType.CENTER,
    keepNext: true,
    spacing: { line: LINE_PITCH, lineRule: d.LineRuleType.EXACT },
    children: lines.map(
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
  });
}

interface Head {
  parts: Part[];
  firstHeader?: Docx.Header;
  firstFooter?: Docx.Footer;
}

/** 版头 (§7.2): the 标志 35 mm below the 版心's top, the 发文字号, the red line; then two lines. */
function documentHead(d: Lib, doc: Gongwen, run: Run): Head {
  const organ = run(doc.organ, { font: FONT.title, size: organSize(doc.organ), color: RED });
  return {
    parts: [
      new d.Paragraph({
        alignment: d.AlignmentType.CENTER,
        spacing: { before: mm(35) },
        children: [organ],
      }),
      blank(d, run),
      // 发文字号 two lines below, centred; the red line 4 mm under it, as wide as the 版心
      new d.Paragraph({
        alignment: d.AlignmentType.CENTER,
        children: [run(doc.docNo ?? "")],
        border: { bottom: { style: d.BorderStyle.SINGLE, size: 12, color: RED, space: 11 } },
      }),
      blank(d, run),
      blank(d, run),
    ],
  };
}

/**
 * 信函格式 (§10.1): the 标志 30 mm from the top of the paper, a red double line 4 mm below
 * it (thick over thin) and another 20 mm above the bottom edge (thin over thick), both
 * 170 mm wide; the 发文字号 flush right; page 1 unnumbered.
 */
function letterHead(d: Lib, doc: Gongwen, run: Run): Head {
  const wider = { left: -mm(7), right: -mm(7) };
  const organ = run(doc.organ, { font: FONT.title, size: organSize(doc.organ), color: RED });
  const double = (style: (typeof d.BorderStyle)[keyof typeof d.BorderStyle], space: number) => ({
    style,
    size: 24,
    color: RED,
    space,
  });
  return {
    firstHeader: new d.Header({
      children: [
        new d.Paragraph({
          alignment: d.AlignmentType.CENTER,
          indent: wider,
          children: [organ],
          border: { bottom: double(d.BorderStyle.THICK_THIN_SMALL_GAP, 11) },
        }),
      ],
    }),
    firstFooter: new d.Footer({
      children: [
        new d.Paragraph({
          children: [run("", { size: 2, grid: false })],
          spacing: { line: 20, lineRule: d.LineRuleType.EXACT },
          indent: wider,
          border: { top: double(d.BorderStyle.THICK_THIN_SMALL_GAP, 0) },
        }),
      ],
    }),
    parts: [
      new d.Paragraph({ children: [run(doc.docNo ?? "")], alignment: d.AlignmentType.RIGHT }),
      blank(d, run),
    ],
  };
}

/**
 * What follows the 正文, kept together and with the 正文's last lines: 附件说明 (§7.3.4),
 * the 署名 and 成文日期 — laid out for the seal (§7.3.5.1) or without it (§7.3.5.2) — and
 * the 附注 (§7.3.6); in a letter, its 抄送 last.
 */
function closingOf(d: Lib, doc: Gongwen, run: Run): { parts: Part[]; flow: FlowItem[] } {
  const parts: Part[] = [];
  const flow: FlowItem[] = [];
  const keep = (p: Part, lines = 1, next = true) => {
    parts.push(p);
    flow.push({ lines, keepNext: next });
  };
  const at = (text: string, opts: Partial<Docx.IParagraphOptions>, next = true) =>
    new d.Paragraph({ children: [run(text)], keepNext: next, keepLines: true, ...opts });
  const { attachments: files, signature, date, note } = doc;
  if (files.length > 0) {
    keep(blank(d, run, true));
    files.forEach((name, i) => {
      const label = `${i === 0 ? "附件：" : ""}${files.length > 1 ? `${i + 1}.` : ""}${name}`;
      // 附件：1.×× with the later names under the first (§7.3.4)
      const indent = i === 0 ? { left: 5 * CHAR, hanging: 3 * CHAR } : { left: 5 * CHAR };
      keep(at(label, { indent }), linesOf(label, 5));
    });
  }
  if (signature || date) {
    const sign = width(signature ?? "");
    const day = width(date ?? "");
    if (doc.sealed) {
      // the seal's top within a line of the 正文, the 署名 and date below its centre: two
      // lines for the seal, the date 右空四字, the 署名 centred over the date
      keep(blank(d, run, true));
      keep(blank(d, run, true));
      const centre = 28 - 4 - day / 2;
      const left = Math.max(0, Math.min(2 * centre - 28, 28 - sign - 0.5));
      if (signature)
        keep(at(signature, { alignment: d.AlignmentType.CENTER, indent: { left: left * CHAR } }));
      if (date)
        keep(
          at(date, { alignment: d.AlignmentType.RIGHT, indent: { right: 4 * CHAR } }, !!note),
          1,
          !!note,
        );
    } else {
      // 署名 右空二字; the date two characters right of its start, or 右空二字 if longer
      keep(blank(d, run, true));
      const start = day + 2 <= sign ? 28 - 2 - sign : 28 - 2 - day - 2;
      if (signature) keep(at(signature, { indent: { left: Math.round(start * CHAR) } }));
      if (date)
        keep(at(date, { indent: { left: Math.round((start + 2) * CHAR) } }, !!note), 1, !!note);
    }
  }
  if (note) keep(bodyParagraph(d, [run(`（${note}）`)]), linesOf(`（${note}）`), false);
  if (doc.format === "letter" && doc.copyTo.length > 0) {
    const text = `${doc.copyLabel}：${doc.copyTo.join("，")}。`;
    // as a 版记's line: 4号, 左右各空一字, wrapped lines after the ：(§7.4.2)
    parts.push(
      new d.Paragraph({
        children: [run(text, { size: SIZE.si })],
        indent: { left: 4 * 280, right: 280, hanging: 3 * 280 },
      }),
    );
    flow.push({ lines: linesOf(text, 0) });
  }
  return { parts, flow };
}

/**
 * What the library writes otherwise, settled in `word/document.xml`: the 版记's box
 * (banji.ts), drawings numbered within the document (the library numbers them across a
 * process: same data, same bytes), and a paragraph of exact line height off the page's
 * grid (the library writes no paragraph-level snapToGrid).
 */
function settle(name: string, xml: string): string {
  if (name !== "word/document.xml") return xml;
  let pictures = 0;
  return settleBanji(xml)
    .replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++pictures}"`)
    .replace(
      /<w:spacing w:line="(\d+)" w:lineRule="exact"\/>/g,
      '<w:snapToGrid w:val="false"/><w:spacing w:line="$1" w:lineRule="exact"/>',
    );
}
