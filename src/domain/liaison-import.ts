import type { Dataset } from "./dataset.js";
import { type Msg, msg } from "./diagnostics.js";
import type { TableRow } from "./liaison-table.js";
import { type Patch, patch } from "./patch.js";
import type { Committee, Department } from "./schemas/committee.js";
import { within } from "./suggest.js";

/**
 * Art. 4 and its appendix: what a 一览表 read from a document adds to the data directory
 * — a committee file for each unit not there yet, the departments a unit lists that it
 * does not have yet. Nothing is ever removed or renamed; departments a unit has that the
 * table does not list are only reported. Ids of the bundled 一览表 are reused for the names
 * it knows; other new ones are `<committee>-<nn>`. A department of the unit missing from a
 * newer table that resembles one of the table's new names is a rename (or, several to one,
 * a merger) proposed with the command that records it, and that name is not added
 * (README "Departments change"); `propose: false` adds every new name.
 */

export interface ImportLine {
  kind: "create" | "add" | "kept" | "propose";
  message: Msg;
}

const names = (d: Department) => [
  d.name,
  ...(d.full_name ? [d.full_name] : []),
  ...(d.aliases ?? []),
];

/** Names the appendix table misspells, corrected wherever they would reach a document. */
const SLIPS = new Set(["九二学社市委"]);

export function planLiaisonImport(
  ds: Dataset,
  bundled: Dataset,
  rows: Pick<TableRow, "line" | "unit" | "departments">[],
  message: string,
  propose = true,
): { patch: Patch; report: ImportLine[] } {
  const usedCodes = new Set(ds.committees.map((c) => c.value.code));
  const usedIds = new Set(ds.committees.flatMap((c) => c.value.departments.map((d) => d.id)));
  const known = new Set(ds.committees.flatMap((c) => c.value.departments.flatMap(names)));
  const bundledIds = new Map<string, string>();
  for (const { value: c } of bundled.committees)
    for (const d of c.departments) for (const n of names(d)) bundledIds.set(n, d.id);
  // the bundled 一览表's corrections: the table's spelling is an alias, the name is right
  const corrected = new Map<string, string>();
  for (const { value: c } of bundled.committees)
    for (const d of c.departments)
      for (const a of d.aliases ?? []) if (SLIPS.has(a)) corrected.set(a, d.name);
  const placed = new Set<string>(); // names already placed by an earlier row
  const result = patch({ message });
  const report: ImportLine[] = [];

  rows.forEach((row, i) => {
    const existing = ds.committees.find(
      (c) => c.value.name === row.unit || c.value.aliases?.includes(row.unit),
    );
    const bundledCode = bundled.committees.find((c) => c.value.name === row.unit)?.value.code;
    let code =
      existing?.value.code ??
      (bundledCode && !usedCodes.has(bundledCode) ? bundledCode : `u${i + 1}`);
    for (let n = 2; !existing && usedCodes.has(code); n++) code = `u${i + 1}x${n}`;
    usedCodes.add(code);
    const fresh: Department[] = [];
    let seq = 0;
    const absent = (existing?.value.departments ?? []).filter(
      (d) => !names(d).some((n) => row.departments.includes(n)),
    );
    const newNames = row.departments.filter((n) => !placed.has(n) && !known.has(n));
    const proposals = propose ? similar(absent, newNames) : [];
    const proposed = new Set(proposals.map((p) => p.to));
    for (const name of row.departments) {
      if (placed.has(name)) continue; // listed under an earlier unit: reported, kept there
      placed.add(name);
      if (known.has(name) || proposed.has(name)) continue; // there, or proposed as a rename
      let id = bundledIds.get(name);
      if (!id || usedIds.has(id)) {
        do id = `${code}-${String(++seq).padStart(2, "0")}`;
        while (usedIds.has(id));
      }
      usedIds.add(id);
      // a known slip of the table (九二学社市委): the right name, the table's spelling kept as an alias
      const right = corrected.get(name);
      fresh.push(right ? { id, name: right, aliases: [name] } : { id, name });
    }
    if (!existing) {
      const committee: Committee = {
        code,
        name: row.unit,
        kind: row.unit.includes("办公室") ? "office" : "committee",
        order: i + 1,
        departments: fresh,
      };
      result.create.push({
        kind: "committee",
        record: committee,
        comment: `由 xieshang import liaison-table 从一览表导入（第 ${row.line} 行）。`,
      });
      report.push({
        kind: "create",
        message: msg("import.create", {
          file: `committees/${code}.yaml`,
          count: String(fresh.length),
        }),
      });
      return;
    }
    const file = existing.src.file;
    if (fresh.length > 0) {
      result.edit.push({
        kind: "committee",
        file,
        edits: fresh.map((d) => ({ append: ["departments"], item: { id: d.id, name: d.name } })),
      });
      report.push({
        kind: "add",
        message: msg("import.add", {
          file,
          count: String(fresh.length),
          names: fresh.map((d) => d.name).join("、"),
        }),
      });
    }
    for (const p of proposals) report.push(proposalLine(file, p));
    const left = absent.filter((d) => !proposals.some((p) => p.from.includes(d)));
    if (left.length > 0)
      report.push({
        kind: "kept",
        message: msg("import.kept", { file, names: left.map((d) => d.name).join("、") }),
      });
  });
  return { patch: result, report };
}

interface Proposal {
  from: Department[];
  to: string;
}

/**
 * A name without the words every name has, for comparing what is its own: the city, the
 * nation, and the kind of office or branch — 人民银行鄂尔多斯市中心支行 and 中国人民银行
 * 鄂尔多斯市分行 are both 人民; 工行鄂尔多斯市分行 (工行) is not like 蒙商银行鄂尔多斯分行 (蒙商).
 */
const bare = (s: string) =>
  s
    .replace(/\s+/g, "")
    .replace(/鄂尔多斯市?|^市|中国|国家|股份有限公司|有限责任公司/g, "")
    .replace(/银行|分行|支行|分局|中心|委员会|办公室|集团|公司/g, "")
    .replace(/[局委办]$/, "");

function bigrams(s: string): string[] {
  const c = [...bare(s)];
  return c.length < 2 ? c : c.slice(1).map((x, i) => c[i]! + x);
}

/** A bank's branch or an office: a name is only like one of its own kind. */
const family = (s: string) => (/(银行|分行|支行)$/.test(s.trim()) ? "bank" : "office");

/**
 * How alike two names are (0…1), each without the words every name has: the Dice
 * coefficient of their two-character pieces, or 0.75 where one is the other with more in
 * it (文化 in 文化和旅游, 农业 in 农牧业); 0 between a bank and an office.
 */
function likeness(a: string, b: string): number {
  if (family(a) !== family(b)) return 0;
  const [p, q] = [bare(a), bare(b)];
  const contained = Math.min([...p].length, [...q].length) >= 2 && (within(p, q) || within(q, p));
  return Math.max(dice(a, b), contained ? 0.75 : 0);
}

/** The Dice coefficient of two names' two-character pieces. */
function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.length + y.length === 0) return 0;
  const left = [...y];
  let common = 0;
  for (const g of x) {
    const i = left.indexOf(g);
    if (i >= 0) {
      common++;
      left.splice(i, 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

/** Below this a name is not taken for another's successor: 扶贫办 and 乡村振兴局 are not alike. */
const ALIKE = 0.5;

/**
 * The table's new names that the missing departments most resemble: each missing one to
 * its closest (by any of its names), one to one a rename, several to one a merger.
 */
function similar(absent: Department[], fresh: string[]): Proposal[] {
  const byName = new Map<string, Department[]>();
  for (const d of absent) {
    let best: { to: string; score: number } | undefined;
    for (const to of fresh) {
      const score = Math.max(...names(d).map((n) => likeness(n, to)));
      if (score >= ALIKE && (!best || score > best.score)) best = { to, score };
    }
    if (best) byName.set(best.to, [...(byName.get(best.to) ?? []), d]);
  }
  return [...byName].map(([to, from]) => ({ from, to }));
}

function proposalLine(file: string, p: Proposal): ImportLine {
  const ids = p.from.map((d) => d.id).join(" ");
  return {
    kind: "propose",
    message:
      p.from.length === 1
        ? msg("import.propose-rename", { file, name: p.from[0]!.name, to: p.to, id: ids })
        : msg("import.propose-merge", {
            file,
            names: p.from.map((d) => d.name).join("、"),
            to: p.to,
            ids,
          }),
  };
}
