import type { PathSeg, Source } from "../dataset.js";
import type { Diagnostic } from "../diagnostics.js";
import { msg } from "../diagnostics.js";
import type { Rule } from "./rule.js";
import { diag } from "./rule.js";

interface Seen {
  src: Source;
  path: readonly PathSeg[];
}

/** Reports every occurrence after the first, naming where the first one is. */
function firsts(
  out: Diagnostic[],
  kind: "id" | "department" | "doc-no" | "person" | "committee",
  items: Iterable<{ key: string; at: Seen }>,
) {
  const seen = new Map<string, Seen>();
  for (const { key, at } of items) {
    const first = seen.get(key);
    if (!first) {
      seen.set(key, at);
      continue;
    }
    const pos = first.src.at(first.path);
    out.push(
      diag(
        "duplicate",
        "error",
        at,
        msg(`duplicate.${kind}`, { value: key, other: `${first.src.file}:${pos.line}` }),
      ),
    );
  }
}

/**
 * docs/rules.md `duplicate`: ids are unique; a department belongs to one committee only
 * (Art. 4, the 一览表 assigns each department once); a doc number is used once.
 */
export const duplicateRule: Rule = {
  id: "duplicate",
  article: "Art. 4, Art. 13",
  check({ ds }) {
    const out: Diagnostic[] = [];
    firsts(
      out,
      "committee",
      ds.committees.map((r) => ({ key: r.value.code, at: { src: r.src, path: ["code"] } })),
    );
    firsts(
      out,
      "department",
      ds.committees.flatMap((r) =>
        r.value.departments.map((d, i) => ({
          key: d.id,
          at: { src: r.src, path: ["departments", i, "id"] },
        })),
      ),
    );
    firsts(
      out,
      "person",
      (ds.settings?.value.people ?? []).map((p, i) => ({
        key: p.id,
        at: { src: ds.settings!.src, path: ["people", i, "id"] },
      })),
    );
    for (const list of [ds.topics, ds.activities, ds.reports]) {
      firsts(
        out,
        "id",
        list.map((r) => ({ key: r.value.id, at: { src: r.src, path: ["id"] } })),
      );
    }
    firsts(
      out,
      "doc-no",
      ds.reports
        .filter((r) => r.value.doc_no)
        .map((r) => ({ key: r.value.doc_no!, at: { src: r.src, path: ["doc_no"] } })),
    );
    // a department named twice in one topic, activity or report
    const lists: { src: Source; field: string; ids: string[] | undefined }[] = [
      ...ds.topics.flatMap((r) => [
        { src: r.src, field: "departments", ids: r.value.departments },
        { src: r.src, field: "invited", ids: r.value.invited },
      ]),
      ...ds.activities.flatMap((r) => [
        { src: r.src, field: "departments", ids: r.value.departments },
        { src: r.src, field: "invited", ids: r.value.invited },
      ]),
      ...ds.reports.map((r) => ({
        src: r.src,
        field: "to_departments",
        ids: r.value.to_departments,
      })),
    ];
    for (const { src, field, ids } of lists) {
      firsts(
        out,
        "department",
        (ids ?? []).map((id, i) => ({ key: id, at: { src, path: [field, i] } })),
      );
    }
    return out;
  },
};
