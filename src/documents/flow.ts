import { width } from "./page.js";

/**
 * Where a 公文's 正文 ends, estimated on the page's grid (docs/documents.md "Where the 版记
 * goes"): 22 lines of 28 characters, paragraphs kept as the writer keeps them — a heading
 * with the two lines after it, no line alone at a page's top or foot, the 署名 block with
 * the last two lines of the 正文, a table's rows whole. The 版记 must stand on the last
 * side of the sheet (an even page, GB/T 9704 §7.4); the writer puts it on the page where
 * the 正文 ends only when this estimate leaves ample room there, and otherwise on a page of
 * its own after an even-page break, which is right whatever the estimate's error.
 */

/** Lines of the 版心 (§5.2.2). */
export const PAGE_LINES = 22;
/** Characters of a line. */
export const LINE_CHARS = 28;

export interface FlowItem {
  /** Lines of the page's grid it takes. */
  lines: number;
  /** Stays on the page of the next item (with at least its first two lines). */
  keepNext?: boolean;
  /** Lines may go to the next page (a paragraph with widow and orphan control). */
  split?: boolean;
  /** A table: each row's lines (a row is never split), the head's repeated on a new page. */
  rows?: number[];
}

export interface FlowEnd {
  /** The page (from 1) on which the last item ends. */
  page: number;
  /** Lines of that page in use. */
  used: number;
}

/** Ink width in characters of the 正文: a CJK character 1, a digit or Latin letter about 0.6. */
export const ink = (s: string) => width(s, 0.6);

/** Lines of a paragraph of `text` whose first line is indented `indent` characters. */
export function linesOf(text: string, indent = 2, chars = LINE_CHARS): number {
  return Math.max(1, Math.ceil((indent + ink(text)) / chars));
}

/** The estimate: items in order; the first page has `first` lines for them. */
export function flowEnd(items: FlowItem[], first: number): FlowEnd {
  let page = 1;
  let cap = first;
  let used = 0;
  const next = () => {
    page++;
    cap = PAGE_LINES;
    used = 0;
  };
  const put = (n: number) => {
    let left = n;
    while (used + left > cap) {
      left -= cap - used;
      next();
    }
    used += left;
  };
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.rows) {
      const head = it.rows[0] ?? 1;
      it.rows.forEach((r, k) => {
        if (used + r > cap && used > 0) {
          next();
          if (k > 0) used += head;
        }
        put(r);
      });
      continue;
    }
    // a group: this item and those it keeps with, up to the first that does not keep on
    let j = i;
    while (items[j]?.keepNext && j + 1 < items.length) j++;
    const group = items.slice(i, j + 1);
    const last = group.at(-1)!;
    const tail =
      group.slice(1, -1).reduce((a, g) => a + g.lines, 0) +
      (group.length > 1 ? (last.split ? Math.min(2, last.lines) : last.lines) : 0);
    const whole = it.lines + tail;
    if (used + whole <= cap) {
      for (const g of group) put(g.lines);
    } else if (it.split && it.lines >= 4) {
      // widow and orphan control: two lines at least on each side; the group carries the
      // paragraph's last two lines (or more) to the next page
      const here = Math.min(cap - used, it.lines - 2);
      if (here >= 2) {
        used += here;
        next();
        put(it.lines - here);
      } else {
        if (used > 0) next();
        put(it.lines);
      }
      for (const g of group.slice(1)) put(g.lines);
    } else {
      if (used > 0) next();
      for (const g of group) put(g.lines);
    }
    i = j;
  }
  return { page, used };
}
