import type { Dataset, Index, PathSeg, Source } from "../dataset.js";
import type { Diagnostic, Msg, RuleId, Severity } from "../diagnostics.js";

/** What every rule sees: the records, lookup tables and today's date (never the clock). */
export interface RuleContext {
  ds: Dataset;
  index: Index;
  today: string;
}

export interface Rule {
  id: RuleId;
  /** The article(s) of the 办法 the rule enforces, for documentation and tests. */
  article: string;
  check(ctx: RuleContext): Diagnostic[];
}

export interface At {
  src: Source;
  path: readonly PathSeg[];
  mode?: "key" | "value";
}

export function diag(
  rule: RuleId,
  severity: Severity,
  at: At,
  message: Msg,
  hint?: Msg,
  group?: string,
): Diagnostic {
  const pos = at.src.at(at.path, at.mode ?? "value");
  const d: Diagnostic = { severity, rule, file: at.src.file, ...pos, message };
  if (hint) d.hint = hint;
  if (group) d.group = group;
  return d;
}
