/**
 * The appendix table of the 办法 (一览表) as copied from a document: one row per unit, two
 * tab-separated columns — the unit, and its departments separated by 、 , or ，, ending
 * perhaps with a declared count such as (10个). HTML tags such as <p> are ignored.
 */

export interface TableRow {
  /** 1-based line in the file. */
  line: number;
  unit: string;
  /** Departments as listed, each once, in table order. */
  departments: string[];
  /** How many entries the row lists (a department listed twice counts twice). */
  listed: number;
  declared: number | undefined;
  /** The declared count as written, when it is not a number: (=4个). */
  unreadable: string | undefined;
  /** Names listed more than once in the row. */
  repeated: string[];
}

export type TableProblem =
  | { kind: "count"; line: number; unit: string; declared: number; listed: number }
  | { kind: "unreadable-count"; line: number; unit: string; text: string }
  | { kind: "repeated"; line: number; unit: string; name: string }
  | { kind: "across"; line: number; unit: string; name: string; other: string }
  | { kind: "no-columns"; line: number; text: string }
  | { kind: "header"; line: number; text: string };

/** The header's first column: 单位, 专委会, 专门委员会 (联系单位, 专委会名称, 序号 …). */
const UNIT_HEADER = /^(?:序号\s*)?(?:联系|对口)?(?:单位|专委会|专门委员会|委员会)(?:名称)?$/;
/** Its second: 对口部门, 联系部门, 对口联系部门, 对口联系党政部门（单位） … */
const LIST_HEADER = /^(?:对口)?(?:联系)?(?:党政)?部门(?:[（(]单位[)）])?(?:名单|名称)?$|^对口联系/;

const COUNT = /[（(]\s*([^()（）]*?)\s*个\s*[)）]\s*$/;

export function parseLiaisonTable(text: string): { rows: TableRow[]; problems: TableProblem[] } {
  const rows: TableRow[] = [];
  const problems: TableProblem[] = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.replace(/<[^>]*>/g, "").trim();
    if (!line) return;
    const cols = line
      .split("\t")
      .map((c) => c.trim())
      .filter(Boolean);
    if (cols.length < 2) {
      problems.push({ kind: "no-columns", line: i + 1, text: line });
      return;
    }
    const [unit, list] = [cols[0]!, cols.slice(1).join("、")];
    // the header: known by either column's wording; a first column that reads like one
    // whose second cannot be placed is refused, never made a committee
    if (rows.length === 0 && !/[、,，]/.test(list)) {
      if (LIST_HEADER.test(list)) return;
      if (UNIT_HEADER.test(unit)) {
        problems.push({ kind: "header", line: i + 1, text: line });
        return;
      }
    }
    let body = list;
    let declared: number | undefined;
    let unreadable: string | undefined;
    const m = COUNT.exec(list);
    if (m) {
      body = list.slice(0, m.index);
      if (/^\d+$/.test(m[1]!)) declared = Number(m[1]);
      else unreadable = m[0].trim();
    }
    const entries = body
      .split(/[、,，]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const seen = new Set<string>();
    const repeated: string[] = [];
    for (const e of entries) {
      if (seen.has(e) && !repeated.includes(e)) repeated.push(e);
      seen.add(e);
    }
    rows.push({
      line: i + 1,
      unit,
      departments: [...seen],
      listed: entries.length,
      declared,
      unreadable,
      repeated,
    });
  });
  const owner = new Map<string, TableRow>();
  for (const row of rows) {
    if (row.unreadable)
      problems.push({
        kind: "unreadable-count",
        line: row.line,
        unit: row.unit,
        text: row.unreadable,
      });
    else if (row.declared !== undefined && row.declared !== row.listed) {
      problems.push({
        kind: "count",
        line: row.line,
        unit: row.unit,
        declared: row.declared,
        listed: row.listed,
      });
    }
    for (const name of row.repeated)
      problems.push({ kind: "repeated", line: row.line, unit: row.unit, name });
    for (const name of row.departments) {
      const first = owner.get(name);
      if (first)
        problems.push({ kind: "across", line: row.line, unit: row.unit, name, other: first.unit });
      else owner.set(name, row);
    }
  }
  problems.sort((a, b) => a.line - b.line);
  return { rows, problems };
}
