import Table from "cli-table3";
import stringWidth from "string-width";
import type { Ctx } from "../context.js";

/** Breaks a cell into lines of at most `width` columns, measuring CJK characters as two. */
export function wrapCell(text: string, width: number): string {
  const lines: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    for (const ch of para) {
      if (stringWidth(line + ch) > width && line) {
        lines.push(line);
        line = "";
      }
      line += ch;
    }
    lines.push(line);
  }
  return lines.join("\n");
}

export interface TableOptions {
  /** Maximum display width of each column (by index); longer cells wrap. */
  maxWidths?: Record<number, number>;
}

/**
 * A table on a terminal (cli-table3 lines up Chinese text; we wrap long cells ourselves,
 * since its own wrapping splits Chinese by length); tab-separated rows when piped.
 */
export function printTable(
  ctx: Ctx,
  head: string[],
  rows: (string | number)[][],
  opts: TableOptions = {},
) {
  if (!ctx.io.stdoutIsTTY) {
    for (const row of rows)
      ctx.io.stdout.write(`${row.map((c) => String(c).replace(/[\t\n]/g, " ")).join("\t")}\n`);
    return;
  }
  const c = ctx.color.out;
  const table = new Table({
    head: head.map((h) => c.bold(h)),
    style: { head: [], border: [] },
    wordWrap: false,
  });
  for (const row of rows) {
    table.push(
      row.map((cell, i) => {
        const w = opts.maxWidths?.[i];
        return w ? wrapCell(String(cell), w) : String(cell);
      }),
    );
  }
  ctx.io.stdout.write(`${table.toString()}\n`);
}
