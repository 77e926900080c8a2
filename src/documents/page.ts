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

/** `— N —` in 4号 宋体: odd pages right, even pages left, 空一字 (§7.5). */
export function pageNumber(d: Lib, side: "odd" | "even"): Docx.Footer {
  return new d.Footer({
    children: [
      new d.Paragraph({
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

/**
 * A long 标题 in lines that never split a word (GB/T 9704 §7.3.1): broken after 委员会,
 * 的, 和, 与 or 及, the first line the longer (a trapezoid), the two as even as may be.
 */
export function titleLines(title: string): string[] {
  if (width(title) <= TITLE_LINE) return [title];
  let best: [string, string] | undefined;
  let score = Number.POSITIVE_INFINITY;
  for (const m of title.matchAll(/委员会|的|和|与|及/g)) {
    const at = (m.index ?? 0) + m[0].length;
    const a = title.slice(0, at);
    const b = title.slice(at);
    if (!b || width(a) > TITLE_LINE || width(b) > TITLE_LINE) continue;
    const s = Math.abs(width(a) - width(b)) + (width(a) < width(b) ? 3 : 0);
    if (s < score) {
      score = s;
      best = [a, b];
    }
  }
  if (best) return best;
  const half = Math.ceil([...title].length / 2);
  return [[...title].slice(0, half).join(""), [...title].slice(half).join("")];
}

/** Width in characters: a half-width character (digits, Latin) is half of one. */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1;
  return w;
}
