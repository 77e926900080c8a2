import { deepText, xmlText } from "../domain/neutralise.js";
import {
  CHAR_SPACING,
  documentOptions,
  FONT,
  fontOf,
  gridBorders,
  mm,
  numeric,
  PAGE,
  pageNumber,
  SIZE,
  type TableSize,
  tableSize,
  width,
} from "./page.js";
import { fixedZip } from "./zip.js";

/** The sizes of the landscape table, 4号 to 小五, with narrower cell margins than the 正文's. */
const LANDSCAPE_SIZES: readonly TableSize[] = [
  { size: SIZE.si, char: 275, pad: 120 },
  { size: 24, char: 235, pad: 100 },
  { size: 21, char: 205, pad: 80 },
  { size: 18, char: 175, pad: 80 },
];

/**
 * A table as a 公文 on landscape A4 (GB/T 9704 allows a table to turn with its page): the
 * annual plan for the 主席会议. The 版心 turns with the page — 订口 28 mm at the top,
 * 天头 37 mm on the left — and the title is 2号 小标宋 above the table.
 */
export async function tableDocx(given: {
  title: string;
  head: string[];
  rows: string[][];
  stamp: string;
}): Promise<Uint8Array> {
  // every character a record holds that XML forbids is replaced before it reaches a part
  const doc = deepText(given, xmlText);
  const d = await import("docx");
  const run = (text: string, size: number, name: string = FONT.body) =>
    new d.TextRun({
      text,
      font: fontOf(name),
      size,
      characterSpacing: CHAR_SPACING,
      language: { eastAsia: "zh-CN" },
    });
  const total = mm(225);
  const all = [doc.head, ...doc.rows];
  // the largest size (4号 to 小五) at which no header, number, date or doc number breaks,
  // the columns of text keep room for 12 characters between them, and have three fifths
  // of the room they would take on one line
  const fit = tableSize(all, total, LANDSCAPE_SIZES, { room: 12, share: 0.6 });
  const small = fit.size;
  const widths = fit.widths;
  // a cell's own line breaks (a doc number, then the day it was issued) are kept
  const lines = (text: string, size: number, name: string) =>
    text.split("\n").map(
      (line, i) =>
        new d.TextRun({
          text: line,
          break: i > 0 ? 1 : undefined,
          font: fontOf(name),
          size,
          characterSpacing: CHAR_SPACING,
          language: { eastAsia: "zh-CN" },
        }),
    );
  const cell = (text: string, c: number, head: boolean) =>
    new d.TableCell({
      width: { size: widths[c]!, type: d.WidthType.DXA },
      verticalAlign: d.VerticalAlignTable.CENTER,
      margins: { left: fit.pad / 2, right: fit.pad / 2, top: 40, bottom: 40 },
      children: [
        new d.Paragraph({
          alignment:
            head || c === 0 || numeric(text) || text.length <= 4
              ? d.AlignmentType.CENTER
              : d.AlignmentType.LEFT,
          children: lines(text, small, head ? FONT.hei : FONT.body),
        }),
      ],
    });
  const table = new d.Table({
    width: { size: total, type: d.WidthType.DXA },
    columnWidths: widths,
    layout: d.TableLayoutType.FIXED,
    borders: gridBorders(d),
    rows: [
      new d.TableRow({ tableHeader: true, children: doc.head.map((h, c) => cell(h, c, true)) }),
      ...doc.rows.map(
        (r) =>
          new d.TableRow({
            cantSplit: true,
            children: doc.head.map((_, c) => cell(r[c] ?? "", c, false)),
          }),
      ),
    ],
  });
  const document = new d.Document({
    ...documentOptions(doc.title),
    sections: [
      {
        properties: {
          page: {
            // docx turns the page when told landscape: width and height are given as portrait
            size: { ...PAGE, orientation: d.PageOrientation.LANDSCAPE },
            margin: { top: mm(28), bottom: mm(26), left: mm(37), right: mm(35), footer: mm(14) },
          },
        },
        footers: { default: pageNumber(d, "odd"), even: pageNumber(d, "even") },
        children: [
          new d.Paragraph({
            alignment: d.AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [run(doc.title, SIZE.er, FONT.title)],
          }),
          table,
        ],
      },
    ],
  });
  return fixedZip(await d.Packer.toBuffer(document), doc.stamp);
}

/**
 * The same table as an .xlsx for Excel and WPS users: the columns of the csv, each as
 * wide as its text, the header row bold and frozen. Same data, same bytes.
 */
export async function tableXlsx(given: {
  sheet: string;
  head: string[];
  rows: string[][];
  stamp: string;
}): Promise<Uint8Array> {
  const doc = deepText(given, xmlText);
  const { default: writeXlsxFile } = await import("write-excel-file/node");
  const columns = doc.head.map((h, c) => ({
    width: Math.min(Math.max(width(h), ...doc.rows.map((r) => width(r[c] ?? ""))) * 2 + 2, 60),
  }));
  // 序号 is a number (it sorts and sums as one), the rest text
  const numbered = doc.head.map((h) => h === "序号" || h === "no");
  const data = [
    doc.head.map((h) => ({ value: h, fontWeight: "bold" as const, wrap: true })),
    ...doc.rows.map((r) =>
      r.map((v, c) =>
        numbered[c] && /^\d+$/.test(v)
          ? { value: Number(v), type: Number, align: "center" as const }
          : { value: v, wrap: true },
      ),
    ),
  ];
  const bytes = await writeXlsxFile(data, {
    columns,
    sheet: doc.sheet,
    stickyRowsCount: 1,
    orientation: "landscape",
  }).toBuffer();
  return fixedZip(bytes, doc.stamp, printSetUp);
}

/**
 * Printed as the office prints a table: A4 landscape, one page wide (as many long as it
 * takes), the header row repeated on every page — what the library does not write.
 */
function printSetUp(name: string, xml: string): string {
  if (name === "xl/worksheets/sheet1.xml")
    return xml
      .replace(/(<worksheet[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>')
      .replace(
        /<pageSetup[^>]*\/>/,
        '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
      );
  if (name === "xl/workbook.xml")
    return xml.replace(
      /<definedNames\/>|<\/sheets>(?!<definedNames)/,
      (m) =>
        `${m === "</sheets>" ? m : ""}<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'${sheetName(xml)}'!$1:$1</definedName></definedNames>`,
    );
  return xml;
}

function sheetName(workbook: string): string {
  return (/<sheet [^>]*name="([^"]*)"/.exec(workbook)?.[1] ?? "Sheet1").replace(/'/g, "''");
}
