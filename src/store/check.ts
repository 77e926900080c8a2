import { type Diagnostic, sortDiagnostics } from "../domain/diagnostics.js";
import { checkDataset } from "../domain/rules/index.js";
import type { LoadResult } from "./load.js";

/** Every problem of a loaded directory: reading (file, schema) and the rules of docs/rules.md. */
export function validateAll(loaded: LoadResult, today: string): Diagnostic[] {
  return sortDiagnostics([...loaded.problems, ...checkDataset(loaded.ds, today)]);
}

const keyOf = (d: Diagnostic) =>
  `${d.rule}|${d.severity}|${d.file}|${d.message.key}|${JSON.stringify(d.message.params)}`;

/**
 * The problems in `after` that `before` did not have, counted as multisets by rule, file
 * and message (positions shift when a file is edited, so they do not count).
 */
export function addedProblems(before: Diagnostic[], after: Diagnostic[]): Diagnostic[] {
  const seen = new Map<string, number>();
  for (const d of before) seen.set(keyOf(d), (seen.get(keyOf(d)) ?? 0) + 1);
  return after.filter((d) => {
    const n = seen.get(keyOf(d)) ?? 0;
    if (n > 0) {
      seen.set(keyOf(d), n - 1);
      return false;
    }
    return true;
  });
}
