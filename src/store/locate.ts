import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type Pair,
} from "yaml";
import type { Source } from "../domain/dataset.js";
import type { Pos } from "../domain/diagnostics.js";

function keyText(pair: Pair): string | undefined {
  const k = pair.key;
  if (isScalar(k)) return String(k.value);
  return k == null ? undefined : String(k);
}

/**
 * Positions come from the YAML parser's own node ranges: walk the document along the
 * path; where the path stops existing (a missing key), point at the nearest parent.
 */
export function makeSource(file: string, doc: Document, lineCounter: LineCounter): Source {
  const pos = (offset: number | undefined): Pos => {
    if (offset === undefined) return { line: 1, column: 1 };
    const lp = lineCounter.linePos(offset);
    return { line: lp.line, column: lp.col };
  };
  return {
    file,
    at(path, mode = "value") {
      let node: unknown = doc.contents;
      let keyNode: Node | undefined;
      let lastPos: number | undefined = (doc.contents as Node | null)?.range?.[0];
      for (const seg of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => keyText(p) === String(seg));
          if (!pair) return pos(keyNode?.range?.[0] ?? lastPos);
          keyNode = pair.key as Node;
          lastPos = keyNode?.range?.[0] ?? lastPos;
          node = pair.value;
        } else if (isSeq(node) && typeof seg === "number" && node.items[seg] !== undefined) {
          node = node.items[seg];
          keyNode = undefined;
          lastPos = (node as Node).range?.[0] ?? lastPos;
        } else {
          return pos(lastPos);
        }
      }
      if (mode === "key" && keyNode?.range) return pos(keyNode.range[0]);
      const valueRange = (node as Node | null)?.range;
      const emptyValue = isScalar(node) && node.value === null && node.source === "";
      if (valueRange && !emptyValue) return pos(valueRange[0]);
      return pos(keyNode?.range?.[0] ?? lastPos);
    },
  };
}
