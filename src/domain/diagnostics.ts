import type { MessageKey, MessageParams } from "../i18n/index.js";

export type Severity = "error" | "warning";

/** The rule ids of docs/rules.md, in its order. */
export const RULE_IDS = [
  "file",
  "schema",
  "duplicate",
  "reference",
  "counterpart",
  "lifecycle",
  "collection-window",
  "q1-confirmation",
  "meeting-participants",
  "signer",
  "issued-body",
  "reply",
  "department",
  "deadline",
  "liaison",
  "future-date",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** A sentence to be said in the user's language: a catalog key and its values. */
export interface Msg<K extends MessageKey = MessageKey> {
  key: K;
  params: MessageParams<K>;
}

export function msg<K extends MessageKey>(key: K, params: MessageParams<K>): Msg<K> {
  return { key, params };
}

export interface Pos {
  line: number;
  column: number;
}

export interface Diagnostic {
  severity: Severity;
  rule: RuleId;
  /** Path relative to the data directory, with forward slashes. */
  file: string;
  line: number;
  column: number;
  message: Msg;
  hint?: Msg;
  /** The committee a diagnostic belongs to, where folding by committee makes sense. */
  group?: string;
}

/** Sort by file, then line and column, so output is stable whatever order rules ran in. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}
