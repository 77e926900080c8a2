import type * as Docx from "docx";

/**
 * The page of GB/T 9704-2012 (docs/documents.md): its measures, fonts and sizes by
 * element, the page number, the title's lines. Shared by the 公文 (docx.ts) and the
 * landscape tables (table-docx.ts).
 */

/** Twentieths of a point (twips) per millimetre. */
const MM = 1440 / 25.4;
export const mm = (n: number) => Math.round(n * MM);

export const PAGE = { width: 11906, height: 16838 } as const;
/** 天头 37, 订口 28, 版心 156 × 225: right 26, bottom 35 (GB/T 9704 §5.2.1). */
export const MARGIN = { top: mm(37), left: mm(28), right: mm(26), bottom: mm(35) } as const;
/** 22 lines in the 225 mm 版心: a pitch of 579 twips (28.95 pt), which LibreOffice and Word keep. */
export const LINE_PITCH = 579;
/** 28 characters of 3号 (16 pt) in 156 mm: each run tightened by a quarter point. */
export const CHAR_SPACING = -5;
/** One character of the 正文 (16 pt − 0.25 pt), in twips. */
export const CHAR = 315;

/** Font names as GB/T 9704 writes them: office PCs have them (docs/documents.md "Fonts"). */
export const FONT = {
  body: "仿宋_GB2312",
  title: "方正小标宋简体",
  hei: "黑体",
  kai: "楷体_GB2312",
  song: "宋体",
} as const;
export type FontName = (typeof FONT)[keyof typeof FONT];

/** Sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
export const SIZE = { er: 44, san: 32, si: 28 } as const;
export const RED = "FF0000";

export type Lib = typeof Docx;

export interface RunStyle {
  font?: FontName;
  size?: number;
  color?: string;
  /** false: the line is as high as its text, not a line of the page's grid (the 版记). */
  grid?: false;
}

/** The footer's distance from the page's edge that puts `— N —` 7 mm below the 版心 (§7.5). */
export const FOOTER_DISTANCE = mm(22.5);

/** What every document of xieshang says of itself, and its default text: 3号 仿宋. */
export function documentOptions(title: string) {
  return {
    creator: "xieshang",
    lastModifiedBy: "xieshang",
    title,
    revision: 1,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: fontOf(FONT.body), size: SIZE.san, language: { eastAsia: "zh-CN" } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
  };
}

/**
 * `— N —` in 4号 宋体: odd pages right, even pages left, 空一字 (§7.5); `lift` raises it
 * above a footer set lower (the letter's, whose footer is its double line).
 */
export function pageNumber(d: Lib, side: "odd" | "even", lift = 0): Docx.Footer {
  return new d.Footer({
    children: [
      new d.Paragraph({
        spacing: lift ? { after: lift } : undefined,
        alignment: side === "odd" ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
        indent: side === "odd" ? { right: CHAR } : { left: CHAR },
        children: [
          new d.TextRun({
            children: ["— ", d.PageNumber.CURRENT, " —"],
            font: fontOf(FONT.song),
            size: SIZE.si,
          }),
        ],
      }),
    ],
  });
}

/** A table's lines: thin and black, around it and between every row and column. */
export function gridBorders(d: Lib) {
  const line = { style: d.BorderStyle.SINGLE, size: 4, color: "000000" };
  return {
    top: line,
    bottom: line,
    left: line,
    right: line,
    insideHorizontal: line,
    insideVertical: line,
  };
}

export function fontOf(name: string) {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

/** The 标志 is one line across the 版心: as large as 42 pt, smaller for a long name. */
export function organSize(organ: string): number {
  const fit = Math.floor((440 / Math.max(width(organ), 1)) * 0.92);
  return Math.min(84, fit * 2);
}

/** Characters of 2号 (22 pt) in a line of the 版心. */
export const TITLE_LINE = 20;

const words = new Intl.Segmenter("zh", { granularity: "word" });
/** A break after these reads naturally in a 标题 (关于…的…, X和Y, X委员会…). */
const GOOD_BREAK = /(关于|委员会|的|和|与|及|暨|、)$/;

/**
 * A long 标题 in lines that never split a word (GB/T 9704 §7.3.1), as a 梯形: the lines as
 * even as may be, the upper one not the longer (a title is never top-heavy), a break after
 * 关于, 的, 和, 与, 及 or 委员会 preferred; a title of three lines or more in lines of about
 * equal length. Words are found by the runtime's Chinese word breaker.
 */
export function titleLines(title: string): string[] {
  const total = width(title);
  if (total <= TITLE_LINE) return [title];
  const count = Math.ceil(total / TITLE_LINE);
  // the word breaker's boundaries, less those inside a name it does not know as one word
  const inside = new Set<number>();
  for (const m of title.matchAll(/委员会|办公室|对口联系|联系协商|协商意见|社情民意/g))
    for (let k = 1; k < m[0].length; k++) inside.add((m.index ?? 0) + k);
  const cuts = [
    ...new Set([
      ...[...words.segment(title)].map((s) => s.index + s.segment.length),
      ...[...title.matchAll(/(关于|委员会|的|和|与|及|暨|、)/g)].map(
        (m) => (m.index ?? 0) + m[0].length,
      ),
    ]),
  ].filter((at) => !inside.has(at));
  const lines: string[] = [];
  let from = 0;
  for (let k = count; k > 1; k--) {
    const rest = title.slice(from);
    const aim = width(rest) / k;
    let best = -1;
    let score = Number.POSITIVE_INFINITY;
    for (const at of cuts) {
      if (at <= from || at >= title.length) continue;
      const a = width(title.slice(from, at));
      const b = width(title.slice(at));
      if (a > TITLE_LINE || b > TITLE_LINE * (k - 1)) continue;
      const s =
        Math.abs(a - aim) +
        (a > aim ? 1.5 : 0) +
        (GOOD_BREAK.test(title.slice(from, at)) ? 0 : 2.5);
      if (s < score) {
        score = s;
        best = at;
      }
    }
    if (best < 0) best = from + Math.ceil([...rest].length / k);
    lines.push(title.slice(from, best));
    from = best;
  }
  lines.push(title.slice(from));
  return lines;
}

/**
 * Width in characters: a CJK character is one, a half-width one (digits, Latin) `half` of
 * one — 0.5 in the fonts of GB/T 9704, more to leave room for their stand-ins.
 */
export function width(s: string, half = 0.5): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) < 0x2e80 ? half : 1;
  return w;
}

/** A cell that must never break inside itself: a number, a date, a doc number, a short word. */
function whole(text: string): boolean {
  return (
    width(text) <= 4 ||
    /^[\d.,%+-]+$/.test(text) ||
    /^\d{4}年\d{1,2}月(\d{1,2}日)?$/.test(text) ||
    /〔\d{4}〕\d+号$/.test(text) ||
    // the name of a body (经济委员会) or a label of a few words (对口联系部门出题)
    /^[\u4e00-\u9fff]{2,11}(委员会|办公室)$/.test(text) ||
    (wide(text) <= 8 && !/[、，,。；;：:（）()\s]/.test(text))
  );
}

/** A digit of the fonts in use (and of their stand-ins) takes up to 0.75 of a character. */
const wide = (t: string) => width(t, 0.75);

/** Each column's longest text that must not break, in characters. */
function needs(rows: string[][]): number[] {
  const columns = Math.max(...rows.map((r) => r.length));
  return Array.from({ length: columns }, (_, c) =>
    Math.max(
      2,
      // a header of up to five characters stays on one line
      ...rows
        .flatMap((r, i) =>
          i === 0 && wide(r[c] ?? "") <= 5 ? [r[c] ?? ""] : lineItems(r[c] ?? ""),
        )
        .map(wide),
    ),
  );
}

/**
 * The parts of a cell that must stay whole: a number, date, doc number or short word; in a
 * cell of one item a line (a doc number above its day), each short item.
 */
function lineItems(text: string): string[] {
  const lines = text.split("\n");
  return lines.filter((l) => whole(l) || (lines.length > 1 && wide(l) <= 8));
}

const cellWidth = (n: number, char: number, pad: number) => Math.ceil(n * char + pad + char * 0.5);

/** The width each column's text would take on one line (at most 18 characters), summed. */
export function wantedWidth(rows: string[][], char: number, pad: number): number {
  const columns = Math.max(...rows.map((r) => r.length));
  let sum = 0;
  for (let c = 0; c < columns; c++)
    sum += cellWidth(
      Math.min(18, Math.max(2, ...rows.flatMap((r) => (r[c] ?? "").split("\n")).map(wide))),
      char,
      pad,
    );
  return sum;
}

/** The narrowest the table can be with nothing that must stay whole broken, in twips. */
export function minimumWidth(rows: string[][], char: number, pad: number): number {
  return needs(rows).reduce((a, n) => a + cellWidth(n, char, pad), 0);
}

/** A cell read as a number: centred in its column. */
export function numeric(text: string): boolean {
  return /^[\d.,%+-]+$/.test(text) || text === "—";
}

/**
 * Column widths (twips) from the columns' content, summing to `total`: each column at least
 * as wide as its longest cell that must not break (a header, a number, a date, a doc
 * number), the room left shared by the columns of longer text as their text wants it.
 * `char` is a character's width in twips, `pad` a cell's side margins.
 */
export function columnWidths(rows: string[][], total: number, char: number, pad: number): number[] {
  const columns = Math.max(...rows.map((r) => r.length));
  const need = needs(rows);
  const want = Array.from({ length: columns }, (_, c) =>
    Math.max(
      need[c]!,
      Math.min(18, Math.max(...rows.flatMap((r) => (r[c] ?? "").split("\n")).map(wide))),
    ),
  );
  const min = need.map((n) => cellWidth(n, char, pad));
  const room = total - min.reduce((a, w) => a + w, 0);
  if (room <= 0) return min.map((w) => Math.floor((w * total) / (total - room)));
  const extra = want.map((w, c) => Math.max(0, w - need[c]!));
  const sum = extra.reduce((a, w) => a + w, 0);
  if (sum === 0) return min.map((w) => w + Math.floor(room / columns));
  return min.map((w, c) => w + Math.floor((room * extra[c]!) / sum));
}

/** A size a table may be set in: half-points, a character's width and a cell's side margins in twips. */
export interface TableSize {
  size: number;
  char: number;
  pad: number;
}

/**
 * The largest of `sizes` at which no header, number, date or doc number of the table breaks
 * and the columns of text keep `room` characters between them — and, with `share`, have
 * that part of the width they would take on one line; else the smallest. With its widths.
 */
export function tableSize(
  rows: string[][],
  total: number,
  sizes: readonly TableSize[],
  fit: { room: number; share?: number },
): TableSize & { widths: number[] } {
  const t =
    sizes.find(
      (t) =>
        minimumWidth(rows, t.char, t.pad) + fit.room * t.char <= total &&
        (fit.share === undefined || wantedWidth(rows, t.char, t.pad) * fit.share <= total),
    ) ?? sizes[sizes.length - 1]!;
  return { ...t, widths: columnWidths(rows, total, t.char, t.pad) };
}
