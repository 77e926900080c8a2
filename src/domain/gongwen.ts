/**
 * The content of a 公文 (GB/T 9704-2012) as xieshang lays it out: what the .docx writer
 * is given. It is built from the clerk's .md body and the record; the layout itself is
 * code (documents/docx.ts). What a body may contain:
 * docs/templates.md "What a body may contain"
 */

/** A block of the 正文. */
export type Block =
  /** `## 一、…` (1, 黑体), `### （一）…` (2, 楷体), `#### 1.…` and deeper (3, 仿宋). */
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; text: string }
  /** A Markdown table: the first row is its head. */
  | { kind: "table"; rows: string[][] }
  /** A picture (a chart, rasterised) with its caption under it; width and height in pixels. */
  | { kind: "image"; png: Uint8Array; width: number; height: number; caption: string };

export interface Gongwen {
  /** `document`: 红头 with separator and 版记 (§7); `letter`: 信函格式 (§10.1). */
  format: "document" | "letter";
  /**
   * 发文机关标志: the issuer's name (red). The 署名 is the same body, always (GB/T 9704
   * §7.3.5): the writer signs with `organ`, whatever the body's last lines say.
   */
  organ: string;
  /**
   * Laid out for the issuer's seal (§7.3.5.1: date 右空四字, 署名 centred over it, room for
   * the seal): every document sent to named recipients. false: §7.3.5.2.
   */
  sealed: boolean;
  /** 发文字号, with 〔〕; null while not numbered. */
  docNo: string | null;
  title: string;
  /** 主送机关, without the closing ：; null when the body has none. */
  addressee: string | null;
  blocks: Block[];
  /** 附件说明 (§7.3.4): the attachments' names, in order; empty without. */
  attachments: string[];
  /** 署名 and 成文日期 (Arabic numerals, no leading zeros); no 署名 without a date. */
  signature: string | null;
  date: string | null;
  /** 附注 (§7.3.6): the line below the date, without its brackets; null without. */
  note: string | null;
  /** 版记 (§7.4): 抄报 (leaders) or 抄送 (offices) and the names, 印发机关 and 印发日期. */
  copyLabel: "抄报" | "抄送";
  copyTo: string[];
  printer: string | null;
  printedOn: string | null;
  /** The date written into the document's properties (same data, same bytes). */
  stamp: string;
}

/** What a Markdown body says, before the record's facts are laid over it. */
export interface ParsedBody {
  title: string | null;
  addressee: string | null;
  blocks: Block[];
  attachments: string[];
  signature: string | null;
  date: string | null;
  /** A bracketed last line after the date: the 附注 (§7.3.6), without its brackets. */
  note: string | null;
}

const DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/;
/** A line the template leaves where the 成文日期 goes until signed. */
const DATE_PLACEHOLDER = /^（成文日期[^）]*）$/;

/**
 * Reads the clerk's Markdown body (docs/templates.md "What a body may contain"): lines
 * before the `# ` title are the 版头 (laid out from the record instead); the first short
 * line after the title ending with ： is the 主送; `##`/`###`/`####` are headings; a table
 * is lines of `| … |`; every other line is a paragraph of its own; the last two lines,
 * when the last is a date, are the 署名 and the 成文日期. HTML comments are dropped.
 */
export function parseBody(md: string): ParsedBody {
  const text = md.replace(/^\uFEFF/, "").replace(/<!--[\s\S]*?-->/g, "");
  let lines = text.split(/\r?\n/).map((l) => l.trim());
  const titleAt = lines.findIndex((l) => /^#\s/.test(l));
  let title: string | null = null;
  if (titleAt >= 0) {
    title = inline(lines[titleAt]!.replace(/^#\s+/, ""));
    lines = lines.slice(titleAt + 1);
  }
  const blocks: Block[] = [];
  let addressee: string | null = null;
  let table: string[][] | null = null;
  const flush = () => {
    if (table) blocks.push({ kind: "table", rows: table });
    table = null;
  };
  for (const line of lines) {
    if (line.startsWith("|")) {
      const cells = line
        .replace(/^\|/, "")
        .replace(/\|$/, "")
        .split("|")
        .map((c) => inline(c.trim()));
      if (cells.every((c) => /^:?-{3,}:?$/.test(c))) continue; // the head's rule
      if (!table) table = [];
      table.push(cells);
      continue;
    }
    flush();
    if (line === "") continue;
    const heading = /^(#{2,6})\s+(.*)$/.exec(line);
    if (heading) {
      const level = Math.min(heading[1]!.length - 1, 3) as 1 | 2 | 3;
      blocks.push({ kind: "heading", level, text: inline(heading[2]!) });
      continue;
    }
    const t = numbered(inline(line));
    if (addressee === null && blocks.length === 0 && isAddressee(t)) {
      addressee = t.replace(/[：:]$/, "");
      continue;
    }
    blocks.push({ kind: "paragraph", text: t });
  }
  flush();
  let signature: string | null = null;
  let date: string | null = null;
  let note: string | null = null;
  const end = blocks.at(-1);
  const dated = (b?: Block) => b?.kind === "paragraph" && DATE.test(b.text);
  if (end?.kind === "paragraph" && /^（[^（）]*）$/.test(end.text) && dated(blocks.at(-2))) {
    note = end.text.slice(1, -1);
    blocks.pop();
  }
  const last = blocks.at(-1);
  const before = blocks.at(-2);
  if (
    last?.kind === "paragraph" &&
    (DATE.test(last.text) || DATE_PLACEHOLDER.test(last.text)) &&
    before?.kind === "paragraph" &&
    before.text.length <= 30 &&
    !/[。；]/.test(before.text)
  ) {
    date = last.text;
    signature = before.text;
    blocks.splice(-2, 2);
  }
  return { title, addressee, blocks, attachments: attachmentsOf(blocks), signature, date, note };
}

const ATTACHMENTS = /^附件[：:]\s*(.*)$/;

/**
 * 附件说明 (GB/T 9704 §7.3.4): the last paragraphs of the 正文 when they start with 附件：
 * — `附件：1.名称` and then `2.名称` … or a single `附件：名称` — taken out of the blocks;
 * their names without closing punctuation and without their numbers.
 */
function attachmentsOf(blocks: Block[]): string[] {
  const at = blocks.findLastIndex((b) => b.kind === "paragraph" && ATTACHMENTS.test(b.text));
  if (at < 0) return [];
  const rest = blocks.slice(at + 1);
  if (!rest.every((b) => b.kind === "paragraph" && /^\d+[.．]/.test(b.text))) return [];
  const first = ATTACHMENTS.exec((blocks[at] as { text: string }).text)![1]!;
  const names = [first, ...rest.map((b) => (b as { text: string }).text)]
    .map((n) =>
      n
        .replace(/^\d+[.．]\s*/, "")
        .replace(/[。；;，,]$/, "")
        .trim(),
    )
    .filter((n) => n !== "");
  if (names.length === 0) return [];
  blocks.splice(at);
  return names;
}

/** `1. 文字` as a 公文 writes it: `1.文字`, no space after the number's point (§7.3.3). */
function numbered(t: string): string {
  return t.replace(/^(\d{1,3}|（\d{1,3}）)([.．])?\s+/, (m, n: string, dot?: string) =>
    dot || n.startsWith("（") ? `${n}${dot ?? ""}` : m,
  );
}

/** 主送: one short line with no sentence in it, ending with a colon. */
function isAddressee(t: string): boolean {
  return /[：:]$/.test(t) && !/[。；]/.test(t) && t.length <= 200;
}

/** Markdown's inline marks are not a 公文's: emphasis and code marks go, the text stays. */
function inline(s: string): string {
  return s
    .replace(/\*\*(.+?)\*\*/g, "$1")
    .replace(/__(.+?)__/g, "$1")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, "$1");
}

/** The heading a paragraph begins with (一、 or （一）), for its font (GB/T 9704 §7.3.3). */
export function leadHeading(text: string): { level: 1 | 2; lead: string; rest: string } | null {
  const m = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/.exec(text);
  if (!m) return null;
  const level = m[1]!.startsWith("（") ? 2 : 1;
  // the heading is the first sentence (a run-in heading), or the whole line
  const stop = text.indexOf("。");
  if (stop < 0 || stop === text.length - 1) return { level, lead: text, rest: "" };
  return { level, lead: text.slice(0, stop + 1), rest: text.slice(stop + 1) };
}
