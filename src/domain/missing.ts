import { DataError, UsageError } from "../errors.js";
import type { Dataset } from "./dataset.js";
import { type Msg, msg } from "./diagnostics.js";

const BROKEN = {
  committee: "committees",
  department: "departments",
  person: "people",
  report: "reports",
  topic: "topics",
} as const;

/**
 * The error for an id that names no record: "cannot be read" (exit 1) when a file of that
 * id exists but could not be read — never "unknown" (docs/reliability.md "Reading: nothing hidden") —
 * else unknown (exit 2), with the hint given.
 */
export function missingRecord(
  ds: Dataset,
  kind: keyof typeof BROKEN,
  id: string,
  hint: Msg,
): DataError | UsageError {
  if (ds.broken[BROKEN[kind]].has(id))
    return new DataError(msg("err.unreadable-ref", { kind, value: id }), [
      msg("err.unreadable-ref.hint", {}),
    ]);
  return new UsageError(msg("err.unknown-ref", { kind, value: id }), [hint]);
}
