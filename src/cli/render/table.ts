import Table from "cli-table3";
import { terminalText, tsvCell } from "../../domain/neutralise.js";
import type { Ctx } from "../context.js";
import { displayWidth } from "./width.js";

/** How a column gives way when the table is wider than the terminal. */
export interface ColumnSpec {
  /** Its cells may wrap onto more lines (at 、 and spaces first). */
  wrap?: boolean;
  /** It may be left out when wrapping is not enough: the highest number goes first. */
  drop?: number;
  /** The narrowest it wraps to (default 8, or its heading). */
  min?: number;
}

export interface TableOptions {
  columns?: Record<number, ColumnSpec>;
}

const NO_BORDERS = {
  top: "",
  "top-mid": "",
  "top-left": "",
  "top-right": "",
  bottom: "",
  "bottom-mid": "",
  "bottom-left": "",
  "bottom-right": "",
  left: "",
  "left-mid": "",
  mid: "",
  "mid-mid": "",
  right: "",
  "right-mid": "",
  middle: " ".repeat(2),
};

const widthOf = (text: string) => Math.max(0, ...text.split("\n").map((l) => displayWidth(l)));

/**
 * A cell of a terminal's table holds at most this many characters (a pasted title of ten
 * thousand is cut, with …): the table stays quick to lay out and readable; piped rows and
 * --json keep every character.
 */
const LONGEST_CELL = 600;
const clip = (s: string) => {
  const chars = [...s];
  return chars.length > LONGEST_CELL ? `${chars.slice(0, LONGEST_CELL - 1).join("")}…` : s;
};

/** Pieces a cell may break between: after a list separator or a space, before 〔. */
function pieces(para: string): string[] {
  return para.split(/(?<=[、，,；;\s])|(?=〔)/);
}

/**
 * Breaks a cell into lines of at most `width` columns, measuring CJK characters as two:
 * between names (after 、，; or a space) where it can, inside a name only when one name
 * alone is wider than the column.
 */
export function wrapCell(text: string, width: number): string {
  const lines: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    for (const piece of pieces(para)) {
      if (displayWidth(line + piece.trimEnd()) <= width) {
        line += piece;
        continue;
      }
      if (line) lines.push(line.trimEnd());
      line = "";
      for (const ch of piece) {
        if (displayWidth(line + ch) > width && line.trim()) {
          lines.push(line.trimEnd());
          line = "";
        }
        line += ch;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines.join("\n");
}

/** The narrowest a wrapping column becomes: its heading, and never below eight columns. */
const MIN_WRAP = 8;

/** Columns are separated by two spaces; there are no borders (as in `gh` or `kubectl`). */
const GAP = 2;

/**
 * Which columns to show and how wide, so that the table fits `columns` terminal columns:
 * the widest wrapping column gives way first, then the columns that may be dropped, in
 * order.
 */
export function layout(
  head: string[],
  rows: string[][],
  columns: number,
  specs: Record<number, ColumnSpec> = {},
): { keep: number[]; widths: Map<number, number> } {
  const cellsWidth = head.map((_, i) => Math.max(0, ...rows.map((r) => widthOf(r[i] ?? ""))));
  const natural = head.map((h, i) => Math.max(widthOf(h), cellsWidth[i]!));
  // a heading wraps between its words (Days / overdue), a Chinese one onto two lines
  // (无活动 / 部门); cells only where they may
  const headWord = head.map((h) =>
    /\s/.test(h.trim())
      ? Math.max(0, ...pieces(h).map((w) => displayWidth(w.trim())))
      : Math.ceil(displayWidth(h) / 4) * 2,
  );
  const least = head.map((_, i) =>
    Math.max(
      headWord[i]!,
      specs[i]?.wrap ? Math.min(cellsWidth[i]!, specs[i]?.min ?? MIN_WRAP) : cellsWidth[i]!,
    ),
  );
  let keep = head.map((_, i) => i);
  for (;;) {
    const widths = new Map(keep.map((i) => [i, natural[i]!]));
    let excess =
      [...widths.values()].reduce((a, b) => a + b, 0) + GAP * (keep.length - 1) - columns;
    // first the headings wrap (their cells untouched), then the widest wrapping column
    for (const floor of [
      (i: number) => Math.max(least[i]!, cellsWidth[i]!),
      (i: number) => least[i]!,
    ])
      while (excess > 0) {
        const widest = keep
          .filter((i) => widths.get(i)! > floor(i))
          .sort((a, b) => widths.get(b)! - widths.get(a)!)[0];
        if (widest === undefined) break;
        widths.set(widest, widths.get(widest)! - 1);
        excess--;
      }
    const droppable = keep
      .filter((i) => specs[i]?.drop)
      .sort((a, b) => specs[b]!.drop! - specs[a]!.drop!);
    if (excess <= 0 || droppable.length === 0) return { keep, widths };
    keep = keep.filter((i) => i !== droppable[0]);
  }
}

/**
 * A table on a terminal, laid out to fit its width (cli-table3 lines up Chinese text; we
 * wrap long cells ourselves, since its own wrapping splits Chinese by length);
 * tab-separated rows when piped, every column, for scripts.
 */
export function printTable(
  ctx: Ctx,
  head: string[],
  rows: (string | number)[][],
  opts: TableOptions = {},
) {
  const cells = rows.map((r) =>
    r.map((c) => (ctx.io.stdoutIsTTY ? clip(terminalText(String(c))) : String(c))),
  );
  if (!ctx.io.stdoutIsTTY) {
    for (const row of cells) ctx.io.stdout.write(`${row.map(tsvCell).join("\t")}\n`);
    return;
  }
  const { keep, widths } = layout(head, cells, ctx.io.columns ?? 80, opts.columns);
  const c = ctx.color.out;
  const table = new Table({
    chars: NO_BORDERS,
    style: { head: [], border: [], "padding-left": 0, "padding-right": 0 },
    wordWrap: false,
  });
  table.push(keep.map((i) => c.bold(wrapCell(head[i] ?? "", widths.get(i)!))));
  table.push(keep.map((i) => "─".repeat(widths.get(i)!)));
  const wrapped = cells.map((row) => keep.map((i) => wrapCell(row[i] ?? "", widths.get(i)!)));
  // rows of several lines are told apart by a blank line
  const tall = wrapped.some((row) => row.some((cell) => cell.includes("\n")));
  wrapped.forEach((row, n) => {
    if (tall && n > 0) table.push(keep.map(() => ""));
    table.push(row);
  });
  ctx.io.stdout.write(`${table.toString().replace(/ +$/gm, "")}\n`);
}

/**
 * Prose for a terminal (a legend, a list of names), wrapped to its width at name
 * boundaries, each line after the first indented by `indent` columns.
 */
export function wrapProse(ctx: Ctx, text: string, indent = 0): string {
  if (!ctx.io.stdoutIsTTY) return text;
  const width = Math.max(20, (ctx.io.columns ?? 80) - indent);
  return wrapCell(text, width)
    .split("\n")
    .map((l, i) => (i === 0 ? l : " ".repeat(indent) + l))
    .join("\n");
}
