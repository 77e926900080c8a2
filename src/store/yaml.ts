import jsYaml from "js-yaml";
import { type Document, LineCounter, parseDocument } from "yaml";

/**
 * The one place that reads YAML (docs/architecture.md "Reading"; store/edit.ts parses
 * the text it edits). Two parsers, for
 * two jobs: js-yaml is several times faster and reads plain record files; the yaml
 * package knows where every node stands, limits alias expansion and reports each
 * problem with its position, so it reads whatever the fast path declines, and gives
 * positions for diagnostics on demand.
 */

/**
 * Anchors, aliases, tags, merge keys and prototype-like keys take the full parser, which
 * limits alias expansion and reports such keys where they stand.
 */
const NEEDS_FULL_PARSER = /(?:^|[\s[{,:-])[&*!]|<<|__proto__|constructor|prototype/;

/**
 * The fast path: YAML 1.2 core schema (dates stay strings), used only for plain files
 * that parse into a mapping. Anything else — an error included — is `undefined`, and the
 * caller takes the full parser, which says where the problem is.
 */
export function fastParse(text: string): Record<string, unknown> | undefined {
  if (NEEDS_FULL_PARSER.test(text)) return undefined;
  try {
    const v = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
    return v !== null && typeof v === "object" && !Array.isArray(v)
      ? (v as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The full parser: the document with its nodes' ranges, and the line counter for them. */
export function parseFull(text: string): { doc: Document.Parsed; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  return { doc, lineCounter };
}

/** Aliases a record may expand; more is an alias bomb. */
export const MAX_ALIASES = 100;
/** The largest YAML text read at all (the loader's limit, docs/architecture.md "Reading"). */
export const MAX_YAML_BYTES = 1024 * 1024;

/**
 * A mapping read under the loader's limits — size, alias expansion, nesting (a parse
 * that overflows is an error like any other) — from any text: settings before loading,
 * an old version of a record from git, a stage of a merge. Anything it cannot read so is
 * an empty mapping: never a hang, never an exception.
 */
export function peekMapping(text: string): Record<string, unknown> {
  if (text.length > MAX_YAML_BYTES) return {};
  const fast = fastParse(text);
  if (fast) return fast;
  try {
    const { doc } = parseFull(text);
    if (doc.errors.length > 0) return {};
    const v = doc.toJS({ maxAliasCount: MAX_ALIASES });
    return v !== null && typeof v === "object" && !Array.isArray(v)
      ? (v as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
