import { deepText, xmlText } from "../domain/neutralise.js";
import {
  CHAR_SPACING,
  documentOptions,
  FONT,
  fontOf,
  gridBorders,
  mm,
  PAGE,
  pageNumber,
  SIZE,
  width,
} from "./page.js";
import { fixedZip } from "./zip.js";

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
  const small = doc.head.length > 8 ? 24 : SIZE.si; // 小四 for the wide table of 执行情况
  // short columns (序号, 时间安排) as wide as their text; the long ones share the rest
  const longest = doc.head.map((h, c) =>
    Math.max(width(h), ...doc.rows.map((r) => width(r[c] ?? ""))),
  );
  const charTwips = small * 10 + 120 / 6;
  const short = longest.map((w) => w <= 5);
  const fixed = longest.map((w, c) => (short[c] ? Math.ceil((w + 1) * charTwips) : 0));
  const rest = total - fixed.reduce((a, w) => a + w, 0);
  const wants = longest.map((w, c) => (short[c] ? 0 : Math.min(w, 16)));
  const sum = wants.reduce((a, w) => a + w, 0) || 1;
  const widths = longest.map((_, c) =>
    short[c] ? fixed[c]! : Math.floor((rest * wants[c]!) / sum),
  );
  const cell = (text: string, c: number, head: boolean) =>
    new d.TableCell({
      width: { size: widths[c]!, type: d.WidthType.DXA },
      verticalAlign: d.VerticalAlignTable.CENTER,
      margins: { left: 60, right: 60, top: 40, bottom: 40 },
      children: [
        new d.Paragraph({
          alignment: head || c === 0 ? d.AlignmentType.CENTER : d.AlignmentType.LEFT,
          children: [run(text, small, head ? FONT.hei : FONT.body)],
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
