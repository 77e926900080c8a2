import type * as z from "zod";
import type { PathSeg, Source } from "../dataset.js";
import type { Diagnostic } from "../diagnostics.js";
import { msg } from "../diagnostics.js";
import { closest } from "../suggest.js";

// zod 4 keeps each schema's definition under _zod.def; we only read it to list the
// fields allowed at a path, for the "unknown field" hint.
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
}
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(s: z.ZodType): z.ZodType {
  let cur = s;
  for (let i = 0; i < 10; i++) {
    const d = defOf(cur);
    if (d.innerType) cur = d.innerType;
    else if (d.type === "pipe" && d.in) cur = d.in;
    else break;
  }
  return cur;
}

/** The field names an object schema allows at `path` (empty when not an object there). */
export function allowedKeysAt(schema: z.ZodType, path: readonly PathSeg[]): string[] {
  let cur: z.ZodType | undefined = unwrap(schema);
  for (const seg of path) {
    if (!cur) return [];
    const d = defOf(cur);
    if (d.type === "object" && d.shape) cur = d.shape[String(seg)];
    else if (d.type === "array") cur = d.element;
    else if (d.type === "record") cur = d.valueType;
    else if (d.type === "union") cur = d.options?.find((o) => defOf(unwrap(o)).type === "object");
    else return [];
    cur = cur && unwrap(cur);
  }
  if (!cur) return [];
  let d = defOf(cur);
  if (d.type === "union") {
    const obj = d.options?.find((o) => defOf(unwrap(o)).type === "object");
    if (obj) d = defOf(unwrap(obj));
  }
  return d.type === "object" && d.shape ? Object.keys(d.shape) : [];
}

function valueAt(root: unknown, path: readonly PathSeg[]): unknown {
  let cur = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    if (!Object.hasOwn(cur, seg)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

function show(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (v === null) return "null";
  if (typeof v === "object") return Array.isArray(v) ? "[…]" : "{…}";
  return String(v);
}

/** Field path as a clerk reads it: `departments[2].id`. */
export function fieldName(path: readonly PathSeg[]): string {
  let s = "";
  for (const seg of path) s += typeof seg === "number" ? `[${seg}]` : s ? `.${seg}` : seg;
  return s || "(file)";
}

function formatToken(message: string | undefined): string | undefined {
  return message?.startsWith("xs:") ? message.slice(3) : undefined;
}

type Issue = z.core.$ZodIssue;

/** Picks the most telling issue of a failed union: the branch that got furthest. */
function bestUnionIssue(issue: Issue & { errors?: Issue[][] }): Issue | undefined {
  const branches = issue.errors ?? [];
  const scored = branches
    .filter((b) => b.length > 0)
    .map((b) => ({ b, score: b[0]!.code === "invalid_type" ? 1 : 0 }))
    .sort((x, y) => x.score - y.score || x.b.length - y.b.length);
  const first = scored[0]?.b[0];
  return first ? { ...first, path: [...issue.path, ...first.path] } : undefined;
}

/**
 * Turns zod's issues into diagnostics of rule `schema` in our own words, each pointing
 * at the key or value it is about.
 */
export function schemaDiagnostics(
  issues: readonly Issue[],
  raw: unknown,
  src: Source,
  schema: z.ZodType,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const said = new Set<string>();
  const push = (
    path: readonly PathSeg[],
    mode: "key" | "value",
    m: Diagnostic["message"],
    hint?: Diagnostic["hint"],
  ) => {
    const d: Diagnostic = {
      severity: "error",
      rule: "schema",
      file: src.file,
      ...src.at(path, mode),
      message: m,
    };
    if (hint) d.hint = hint;
    // one problem, one diagnostic: zod may say the same of a value twice (a date that is
    // neither of the form nor a real day), and it is counted once
    const key = JSON.stringify([d.line, d.column, d.message]);
    if (said.has(key)) return;
    said.add(key);
    out.push(d);
  };
  for (const original of issues) {
    let issue: Issue = original;
    if (issue.code === "invalid_union") issue = bestUnionIssue(issue) ?? issue;
    const path = issue.path as PathSeg[];
    const field = fieldName(path);
    const value = valueAt(raw, path);
    const fmt = formatToken(issue.message);
    if (value === undefined && issue.code !== "unrecognized_keys" && issue.code !== "invalid_key") {
      const last = String(path[path.length - 1] ?? field);
      push(
        path,
        "key",
        msg("schema.missing", { field }),
        msg("schema.missing.hint", { field: last }),
      );
      continue;
    }
    switch (issue.code) {
      case "invalid_type":
        push(path, "value", msg("schema.type", { field, expected: issue.expected }));
        break;
      case "invalid_value":
        push(
          path,
          "value",
          msg("schema.enum", {
            field,
            value: show(value),
            values: issue.values.map(String).join(", "),
          }),
        );
        break;
      case "unrecognized_keys":
        for (const key of issue.keys) {
          const allowed = allowedKeysAt(schema, path);
          const near = closest(key, allowed);
          push(
            [...path, key],
            "key",
            msg("schema.unknown-field", { field: fieldName([...path, key]) }),
            near
              ? msg("schema.unknown-field.near", { near, allowed: allowed.join(", ") })
              : msg("schema.unknown-field.hint", { allowed: allowed.join(", ") }),
          );
        }
        break;
      case "invalid_key": {
        const inner = issue.issues[0];
        const f = formatToken(inner?.message);
        push(
          path,
          "key",
          f
            ? msg("schema.format", { field, value: show(path[path.length - 1]), format: f })
            : msg("schema.other", { field, detail: inner?.message ?? issue.message }),
        );
        break;
      }
      case "too_small":
        if (typeof value === "string" || Array.isArray(value))
          push(path, "value", msg("schema.empty", { field }));
        else push(path, "value", msg("schema.range", { field, value: show(value) }));
        break;
      case "too_big":
        push(path, "value", msg("schema.range", { field, value: show(value) }));
        break;
      default:
        if (fmt)
          push(path, "value", msg("schema.format", { field, value: show(value), format: fmt }));
        else push(path, "value", msg("schema.other", { field, detail: issue.message }));
    }
  }
  return out;
}
