import type { Source } from "../dataset.js";
import { yearOf } from "../dates.js";
import type { Diagnostic } from "../diagnostics.js";
import { msg } from "../diagnostics.js";
import type { Rule } from "./rule.js";
import { diag } from "./rule.js";

function baseName(file: string): string {
  const name = file.slice(file.lastIndexOf("/") + 1);
  return name.endsWith(".yaml") ? name.slice(0, -5) : name;
}

function folderYear(file: string): string {
  const last = file.lastIndexOf("/");
  return last < 0 ? "" : file.slice(file.lastIndexOf("/", last - 1) + 1, last);
}

/** Whether `file` is `…/<id>.yaml`: compared in place, thousands of records a run. */
function namedAs(file: string, id: string): boolean {
  if (!file.endsWith(".yaml")) return baseName(file) === id;
  const start = file.length - id.length - 5;
  return (
    start >= 0 &&
    (start === 0 || file.charCodeAt(start - 1) === 47) && // "/"
    file.startsWith(id, start)
  );
}

/** Whether the folder of `file` is `year`. */
function inYear(file: string, year: string): boolean {
  const last = file.lastIndexOf("/");
  const start = last - year.length;
  return (
    start >= 0 && (start === 0 || file.charCodeAt(start - 1) === 47) && file.startsWith(year, start)
  );
}

/**
 * docs/data-format.md "General rules": file name = record id, and each record sits in the
 * folder of its year. (The reading problems of rule `file` — encoding, syntax, size, links — come from the store.)
 */
export const fileRule: Rule = {
  id: "file",
  article: "docs/data-format.md",
  check({ ds }) {
    const out: Diagnostic[] = [];
    const check = (src: Source, id: string, year: number) => {
      if (!namedAs(src.file, id)) {
        out.push(
          diag(
            "file",
            "error",
            { src, path: ["id"] },
            msg("file.name-mismatch", { name: baseName(src.file), id }),
            msg("file.name-mismatch.hint", { id }),
          ),
        );
      } else if (!inYear(src.file, String(year))) {
        out.push(
          diag(
            "file",
            "error",
            { src, path: ["id"] },
            msg("file.wrong-folder", { folder: folderYear(src.file), year: String(year) }),
            msg("file.wrong-folder.hint", { year: String(year) }),
          ),
        );
      }
    };
    for (const r of ds.topics) check(r.src, r.value.id, r.value.year);
    for (const r of ds.activities) check(r.src, r.value.id, yearOf(r.value.date));
    for (const r of ds.reports) check(r.src, r.value.id, yearOf(r.value.id));
    for (const { src, value } of ds.committees) {
      if (!namedAs(src.file, value.code)) {
        out.push(
          diag(
            "file",
            "error",
            { src, path: ["code"] },
            msg("file.name-mismatch", { name: baseName(src.file), id: value.code }),
            msg("file.name-mismatch.hint", { id: value.code }),
          ),
        );
      }
    }
    return out;
  },
};
