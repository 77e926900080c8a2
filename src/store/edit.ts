import {
  isMap,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  parseDocument,
  stringify,
  type YAMLMap,
} from "yaml";

/**
 * Edits of a YAML record that leave every byte outside the change as it was: comments,
 * key order, quoting, blank lines and CRLF/LF (docs/architecture.md "Writing"). The yaml package's
 * own `toString()` re-flows the whole document, so we splice new text into the source
 * at the ranges its parser reports instead.
 */

import type { Scalar, Value } from "../domain/patch.js";

export type { Scalar, Value };

const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;

/** A scalar or a list of scalars as it stands after `key: ` on one line. */
export function inlineText(value: Scalar | Scalar[]): string {
  // a line break inside one line: a double-quoted scalar (JSON's escapes are YAML's)
  if (typeof value === "string" && /[\r\n]/.test(value)) return JSON.stringify(value);
  if (Array.isArray(value) && value.some((v) => typeof v === "string" && /[\r\n]/.test(v))) {
    return `[${value.map((v) => inlineText(v)).join(", ")}]`;
  }
  const opts = Array.isArray(value)
    ? { ...STRINGIFY, collectionStyle: "flow" as const }
    : STRINGIFY;
  return stringify(value, opts).replace(/\n$/, "");
}

function keyText(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/** The offset just after the line that holds `offset - 1` (after its line break). */
function afterLine(text: string, endOffset: number): number {
  const nl = text.indexOf("\n", Math.max(0, endOffset - 1));
  return nl < 0 ? text.length : nl + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

const isScalarList = (v: unknown): v is Scalar[] =>
  Array.isArray(v) && v.every((x) => x === null || typeof x !== "object");
const isPlainObject = (v: unknown): v is { [k: string]: Value | undefined } =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * A value rendered as lines under a key, indented by `indent`. Lists of scalars go on
 * one line (or as `- item` lines when `blockList`); a map or list item whose parent key
 * is in `flowMaps` goes on one line as `{ a: 1 }`.
 */
function blockLines(
  key: string,
  value: Value,
  indent: string,
  step: string,
  flowMaps: ReadonlySet<string>,
  parentKey?: string,
  blockList?: string,
): string[] {
  if (isScalarList(value) && blockList !== undefined) {
    return [`${indent}${key}:`, ...value.map((v) => `${blockList}- ${inlineText(v)}`)];
  }
  if (!isPlainObject(value) && !Array.isArray(value))
    return [`${indent}${key}: ${inlineText(value)}`];
  if (isScalarList(value)) return [`${indent}${key}: ${inlineText(value)}`];
  if (isPlainObject(value) && parentKey !== undefined && flowMaps.has(parentKey)) {
    return [`${indent}${key}: ${flowMap(value)}`];
  }
  if (
    isPlainObject(value) &&
    flowMaps.has(key) &&
    Object.values(value).every((v) => !isPlainObject(v))
  ) {
    return [`${indent}${key}: ${flowMap(value)}`];
  }
  const lines = [`${indent}${key}:`];
  if (Array.isArray(value)) {
    for (const item of value as { [k: string]: Value | undefined }[]) {
      if (flowMaps.has(key)) {
        lines.push(`${indent}${step}- ${flowMap(item)}`);
        continue;
      }
      const inner = Object.entries(item).filter(([, v]) => v !== undefined);
      inner.forEach(([k, v], i) => {
        const sub = blockLines(k, v as Value, `${indent}${step}  `, step, flowMaps, key);
        if (i === 0) sub[0] = `${indent}${step}- ${sub[0]!.trimStart()}`;
        lines.push(...sub);
      });
    }
    return lines;
  }
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    lines.push(...blockLines(k, v, indent + step, step, flowMaps, key));
  }
  return lines;
}

/**
 * A value inside `{ … }`: a text holding , [ ] { } is quoted there (in a block it needs not
 * be), so that `source: 鄂府发〔2024〕1号, 附件` stays one value, its trailing comma kept.
 */
function flowText(v: Scalar | Scalar[]): string {
  return typeof v === "string" && /[,[\]{}]/.test(v) ? JSON.stringify(v) : inlineText(v);
}

function flowMap(value: { [k: string]: Value | undefined }): string {
  const parts = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(
      ([k, v]) =>
        `${k}: ${typeof v === "object" && !Array.isArray(v) ? flowMap(v as { [k: string]: Value }) : flowText(v as Scalar | Scalar[])}`,
    );
  return `{ ${parts.join(", ")} }`;
}

/** Indentation step used by the file (the indent of its first nested key), default 2. */
function indentStep(text: string): string {
  const m = /\n( +)[^\s#]/.exec(text);
  return m ? m[1]! : "  ";
}

export interface EditOptions {
  /** For each map (by path joined with "."), the canonical order of its keys: a new key is
   * inserted after the nearest key that precedes it in this order. */
  keyOrder?: (path: string[]) => readonly string[];
  /** Keys whose maps (or list items) are written as `{ a: 1, b: 2 }` on one line. */
  flowMaps?: ReadonlySet<string>;
}

/**
 * Sets `path` to `value` in the YAML text, in place. An existing scalar or flow list is
 * replaced where it stands; a block list is rewritten at its own indentation; a missing
 * key is inserted on a new line after its predecessor in canonical order. A map value
 * sets its keys one by one, so the keys it does not name are kept.
 */
export function setIn(text: string, path: string[], value: Value, opts: EditOptions = {}): string {
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  let src = bom ? text.slice(1) : text;
  const eol = src.includes("\r\n") ? "\r\n" : "\n";
  const step = indentStep(src);
  const flowMaps = opts.flowMaps ?? new Set<string>();

  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const doc = parseDocument(src);
    const existing = doc.getIn(path, true);
    if (isMap(existing) && !existing.flow) {
      for (const [k, v] of Object.entries(value)) {
        if (v !== undefined) src = setIn(src, [...path, k], v, opts);
      }
      return bom + src;
    }
  }

  const doc = parseDocument(src);
  let parent: YAMLMap = doc.contents as YAMLMap;
  for (let i = 0; i < path.length - 1; i++) {
    const next = parent.items.find((p) => keyText(p) === path[i])?.value;
    if (isSeq(next) && /^\d+$/.test(path[i + 1] ?? "") && next.flow) {
      // a list written on one line ([{ id: a }, { id: b }]): set it whole, every item kept
      const list = (next.toJSON() ?? []) as Value[];
      const at = Number(path[i + 1]);
      const rest = path.slice(i + 2);
      const old = list[at];
      const base = (isPlainObject(old) ? old : {}) as { [k: string]: Value };
      list[at] = rest.length === 0 ? value : setPlain(base, rest, value);
      return bom + setIn(src, path.slice(0, i + 1), list as Value, opts);
    }
    const item = itemOf(next, path[i + 1]);
    if (item !== undefined) {
      // a list of records (a committee's departments): step into the item at that index
      if (!isMap(item) || item.flow || i + 1 === path.length - 1) {
        // an item on one line ({ id: a, name: b }) or the item itself: written whole, on one line
        const merged = (isMap(item) ? item.toJSON() : {}) as { [k: string]: Value };
        const rest = path.slice(i + 2);
        const whole = rest.length === 0 ? value : setPlain(merged, rest, value);
        const text = isPlainObject(whole) ? flowMap(whole) : inlineText(whole as Scalar);
        return bom + src.slice(0, item.range![0]) + text + src.slice(item.range![1]);
      }
      parent = item;
      i++;
      continue;
    }
    // never a list turned into a map: a path into a list names an item that is there
    if (isSeq(next))
      throw new Error(`no item ${path[i + 1]} in the list ${path.slice(0, i + 1).join(".")}`);
    if (!isMap(next) || next.flow) {
      // the parent is missing, or written on one line ({ a: 1 }): set it as a whole, with
      // what it already holds and the new value merged in — nothing it had is dropped
      const merged = (isMap(next) ? next.toJSON() : {}) as { [k: string]: Value };
      return (
        bom + setIn(src, path.slice(0, i + 1), setPlain(merged, path.slice(i + 1), value), opts)
      );
    }
    parent = next;
  }
  const key = path[path.length - 1]!;
  const pair = parent.items.find((p) => keyText(p) === key);
  const fix = (s: string) => (eol === "\r\n" ? s.replace(/\r?\n/g, "\r\n") : s);

  if (pair) {
    const node = pair.value as Node | null;
    const simple =
      typeof value !== "object" ||
      (Array.isArray(value) && value.every((v) => typeof v !== "object"));
    const keyNode = pair.key as Node;
    if (simple && node?.range && (isScalar(node) || (isSeq(node) && node.flow))) {
      const empty = isScalar(node) && node.value === null && node.range[0] === node.range[1];
      const text = inlineText(value as Scalar | Scalar[]);
      if (empty) {
        const at = keyNode.range![1] + 1; // after the colon
        return bom + src.slice(0, at) + ` ${text}` + src.slice(at);
      }
      return bom + src.slice(0, node.range[0]) + text + src.slice(node.range[1]);
    }
    // a block collection, or a new shape: rewrite the whole pair at its indentation
    const start = lineStart(src, keyNode.range![0]);
    const indent = " ".repeat(columnOf(src, keyNode.range![0]));
    const end = afterLine(src, node?.range?.[1] ?? keyNode.range![1]);
    const parentKey = path[path.length - 2];
    const firstItem = isSeq(node) && !node.flow ? (node.items[0] as Node | undefined) : undefined;
    const itemIndent = firstItem?.range
      ? " ".repeat(Math.max(0, columnOf(src, firstItem.range[0]) - 2))
      : undefined;
    const lines = blockLines(key, value, indent, step, flowMaps, parentKey, itemIndent);
    return bom + src.slice(0, start) + fix(lines.join("\n") + "\n") + src.slice(end);
  }

  // a new key: after the nearest existing key that precedes it in canonical order
  const order = opts.keyOrder?.(path.slice(0, -1)) ?? [];
  const existingKeys = parent.items.map(keyText);
  const rank = order.indexOf(key);
  let anchor: Pair | undefined;
  if (rank >= 0) {
    for (let i = rank - 1; i >= 0 && !anchor; i--) {
      anchor = parent.items.find((p) => keyText(p) === order[i]);
    }
  }
  const last = parent.items[parent.items.length - 1];
  const firstFollowing =
    rank >= 0 ? parent.items.find((p) => order.indexOf(keyText(p) ?? "") > rank) : undefined;
  const indent =
    parent.items.length > 0
      ? " ".repeat(columnOf(src, (parent.items[0]!.key as Node).range![0]))
      : "";
  const lines = fix(
    blockLines(key, value, indent, step, flowMaps, path[path.length - 2]).join("\n"),
  );
  let at: number;
  if (anchor)
    at = afterLine(src, ((anchor.value as Node | null)?.range ?? (anchor.key as Node).range!)[1]);
  else if (firstFollowing && existingKeys.length > 0)
    at = lineStart(src, (firstFollowing.key as Node).range![0]);
  else if (last)
    at = afterLine(src, ((last.value as Node | null)?.range ?? (last.key as Node).range!)[1]);
  else at = src.length;
  const before = src.slice(0, at);
  const sep = before.length > 0 && !before.endsWith("\n") ? eol : "";
  return bom + before + sep + lines + eol + src.slice(at);
}

/** The item of a block list at an index written as digits; undefined when that is not it. */
function itemOf(node: unknown, index: string | undefined): Node | undefined {
  if (!isSeq(node) || node.flow || index === undefined || !/^\d+$/.test(index)) return undefined;
  return (node.items[Number(index)] as Node | undefined) ?? undefined;
}

/** A plain object with `value` set at `path`, the maps on the way made where missing. */
function setPlain(obj: { [k: string]: Value }, path: string[], value: Value): Value {
  let at = obj;
  for (const k of path.slice(0, -1)) {
    const inner = at[k];
    at[k] = inner !== null && typeof inner === "object" && !Array.isArray(inner) ? inner : {};
    at = at[k] as { [k: string]: Value };
  }
  at[path[path.length - 1]!] = value;
  return obj;
}

/**
 * A new record as YAML: keys in canonical order, lists of scalars on one line, the maps
 * named in `flowMaps` on one line, everything else in block style.
 */
export function recordText(
  record: Record<string, unknown>,
  order: readonly string[],
  opts: EditOptions = {},
): string {
  const flowMaps = opts.flowMaps ?? new Set<string>();
  const keys = [
    ...order.filter((k) => k in record),
    ...Object.keys(record).filter((k) => !order.includes(k)),
  ];
  const lines: string[] = [];
  for (const k of keys) {
    const v = record[k];
    if (v === undefined) continue;
    lines.push(...blockLines(k, v as Value, "", "  ", flowMaps));
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Appends an item to the list at `path` without touching the items already there: a new
 * `- …` line after the last item of a block list; a list that does not exist yet is
 * created. (A flow list `[…]` is rewritten whole, still on one line.)
 */
export function appendTo(
  text: string,
  path: string[],
  item: Value,
  opts: EditOptions = {},
): string {
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const src = bom ? text.slice(1) : text;
  const doc = parseDocument(src);
  const seq = doc.getIn(path, true);
  if (!isSeq(seq)) return setIn(text, path, [item] as Value, opts);
  const existing = (seq.toJSON() as Value[]) ?? [];
  if (seq.flow || seq.items.length === 0)
    return setIn(text, path, [...existing, item] as Value, opts);
  const eol = src.includes("\r\n") ? "\r\n" : "\n";
  const first = seq.items[0] as Node;
  const dash = " ".repeat(Math.max(0, columnOf(src, first.range![0]) - 2));
  const key = path[path.length - 1]!;
  const flow = opts.flowMaps?.has(key) || !isPlainObject(item);
  let lines: string[];
  if (flow)
    lines = [`${dash}- ${isPlainObject(item) ? flowMap(item) : inlineText(item as Scalar)}`];
  else {
    lines = Object.entries(item as Record<string, Value | undefined>)
      .filter(([, v]) => v !== undefined)
      .flatMap(([k, v], i) => {
        const sub = blockLines(
          k,
          v as Value,
          `${dash}  `,
          indentStep(src),
          opts.flowMaps ?? new Set(),
          key,
        );
        if (i === 0) sub[0] = `${dash}- ${sub[0]!.trimStart()}`;
        return sub;
      });
  }
  const last = seq.items[seq.items.length - 1] as Node;
  const at = afterLine(src, last.range![1]);
  const before = src.slice(0, at);
  const sep = before.endsWith("\n") ? "" : eol;
  return bom + before + sep + lines.join(eol) + eol + src.slice(at);
}
