import type { PathSeg, Source } from "../dataset.js";
import type { Diagnostic } from "../diagnostics.js";
import { msg } from "../diagnostics.js";
import { letterNumberIn } from "../reminders.js";
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
 * (Art. 4, the 一览表 assigns each department once); a doc number is used once, and so is
 * a letter number (Art. 14).
 */
export const duplicateRule: Rule = {
  id: "duplicate",
  article: "Art. 4, Art. 13, Art. 14",
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
    // thousands of records: the objects of `firsts` are made only for a key that repeats
    const repeats = <R>(list: readonly R[], key: (r: R) => string | undefined) => {
      const seen = new Set<string>();
      const repeated = new Set<string>();
      for (const r of list) {
        const k = key(r);
        if (k === undefined) continue;
        if (seen.has(k)) repeated.add(k);
        else seen.add(k);
      }
      return repeated;
    };
    for (const list of [ds.topics, ds.activities, ds.reports]) {
      const repeated = repeats<(typeof list)[number]>(list, (r) => r.value.id);
      if (repeated.size > 0)
        firsts(
          out,
          "id",
          list
            .filter((r) => repeated.has(r.value.id))
            .map((r) => ({ key: r.value.id, at: { src: r.src, path: ["id"] } })),
        );
    }
    const docNos = repeats(ds.reports, (r) => r.value.doc_no || undefined);
    if (docNos.size > 0)
      firsts(
        out,
        "doc-no",
        ds.reports
          .filter((r) => r.value.doc_no && docNos.has(r.value.doc_no))
          .map((r) => ({ key: r.value.doc_no!, at: { src: r.src, path: ["doc_no"] } })),
      );
    // a letter number (催办函, Art. 14) is one letter's: one department, one day; the
    // same number on the chases of every report that letter lists is that one letter
    const letters = new Map<string, { dept: string; on: string; at: Seen }>();
    for (const r of ds.reports) {
      const chases = r.value.chases;
      if (!chases) continue;
      for (const [i, c] of chases.entries()) {
        const no = c.method === "letter" ? letterNumberIn(c.note) : undefined;
        if (!no) continue;
        const first = letters.get(no);
        const at = { src: r.src, path: ["chases", i, "note"] };
        if (!first) letters.set(no, { dept: c.department, on: c.on, at });
        else if (first.dept !== c.department || first.on !== c.on) {
          const pos = first.at.src.at(first.at.path);
          out.push(
            diag(
              "duplicate",
              "error",
              at,
              msg("duplicate.letter-no", { value: no, other: `${first.at.src.file}:${pos.line}` }),
            ),
          );
        }
      }
    }
    // a department named twice in one topic, activity or report (lists of a few ids:
    // looked at in place, a map made only for one that repeats)
    const twice = (src: Source, field: string, ids: string[] | undefined) => {
      if (!ids || ids.length < 2) return;
      for (let i = 1; i < ids.length; i++) {
        if (ids.indexOf(ids[i]!) < i) {
          firsts(
            out,
            "department",
            ids.map((id, k) => ({ key: id, at: { src, path: [field, k] } })),
          );
          return;
        }
      }
    };
    for (const r of ds.topics) {
      twice(r.src, "departments", r.value.departments);
      twice(r.src, "invited", r.value.invited);
    }
    for (const r of ds.activities) {
      twice(r.src, "departments", r.value.departments);
      twice(r.src, "invited", r.value.invited);
    }
    for (const r of ds.reports) twice(r.src, "to_departments", r.value.to_departments);
    return out;
  },
};
