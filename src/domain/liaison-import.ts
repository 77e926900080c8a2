import type { Dataset } from "./dataset.js";
import { type Msg, msg } from "./diagnostics.js";
import type { TableRow } from "./liaison-table.js";
import { type Patch, patch } from "./patch.js";
import type { Committee, Department } from "./schemas/committee.js";

/**
 * Art. 4 and its appendix: what a 一览表 read from a document adds to the data directory
 * — a committee file for each unit not there yet, the departments a unit lists that it
 * does not have yet. Nothing is ever removed or renamed; departments a unit has that the
 * table does not list are only reported. Ids of the bundled 一览表 are reused for the names
 * it knows; other new ones are `<committee>-<nn>`.
 */

export interface ImportLine {
  kind: "create" | "add" | "kept";
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
    for (const name of row.departments) {
      if (placed.has(name)) continue; // listed under an earlier unit: reported, kept there
      placed.add(name);
      if (known.has(name)) continue; // already in the data directory
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
    const absent = existing.value.departments.filter(
      (d) => !names(d).some((n) => row.departments.includes(n)),
    );
    if (absent.length > 0)
      report.push({
        kind: "kept",
        message: msg("import.kept", { file, names: absent.map((d) => d.name).join("、") }),
      });
  });
  return { patch: result, report };
}
