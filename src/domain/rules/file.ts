import { yearOf } from "../dates.js";
import { msg } from "../diagnostics.js";
import type { Rule } from "./rule.js";
import { diag } from "./rule.js";

function baseName(file: string): string {
  const name = file.slice(file.lastIndexOf("/") + 1);
  return name.replace(/\.yaml$/, "");
}

function folderYear(file: string): string {
  const parts = file.split("/");
  return parts[parts.length - 2] ?? "";
}

/**
 * docs/data-format.md "General rules": file name = record id, and each record sits in the
 * folder of its year. (The reading problems of rule `file` — encoding, syntax, size, links — come from the store.)
 */
export const fileRule: Rule = {
  id: "file",
  article: "docs/data-format.md",
  check({ ds }) {
    const out = [];
    const named: { src: (typeof ds.topics)[number]["src"]; id: string; year: number }[] = [
      ...ds.topics.map((r) => ({ src: r.src, id: r.value.id, year: r.value.year })),
      ...ds.activities.map((r) => ({ src: r.src, id: r.value.id, year: yearOf(r.value.date) })),
      ...ds.reports.map((r) => ({ src: r.src, id: r.value.id, year: yearOf(r.value.id) })),
    ];
    for (const { src, id, year } of named) {
      if (baseName(src.file) !== id) {
        out.push(
          diag(
            "file",
            "error",
            { src, path: ["id"] },
            msg("file.name-mismatch", { name: baseName(src.file), id }),
            msg("file.name-mismatch.hint", { id }),
          ),
        );
      } else if (folderYear(src.file) !== String(year)) {
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
    }
    for (const { src, value } of ds.committees) {
      if (baseName(src.file) !== value.code) {
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
