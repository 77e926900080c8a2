import jsYaml from "js-yaml";
import { type Document, LineCounter, parseDocument } from "yaml";

/**
 * The one place that parses YAML (docs/architecture.md "Reading"). Two parsers, for
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

/**
 * A few top-level scalars of a small trusted-enough file (settings before loading, an
 * old version of a record from git): the fast path, else nothing. Aliases never expand
 * because only scalars are read.
 */
export function peekMapping(text: string): Record<string, unknown> {
  try {
    const v = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
    return v !== null && typeof v === "object" && !Array.isArray(v)
      ? (v as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
