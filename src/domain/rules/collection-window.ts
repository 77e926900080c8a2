import type { Diagnostic } from "../diagnostics.js";
import { msg } from "../diagnostics.js";
import type { Rule } from "./rule.js";
import { diag } from "./rule.js";

export const DEFAULT_COLLECTION_OPENS = "09-15";

/** The day collection of topics for plan year `year` opens: mid-September of the year before. */
export function collectionOpens(year: number, monthDay = DEFAULT_COLLECTION_OPENS): string {
  return `${year - 1}-${monthDay}`;
}

/** Art. 5: topics for a year are collected from mid-September of the year before. */
export const collectionWindowRule: Rule = {
  id: "collection-window",
  article: "Art. 5",
  check({ ds }) {
    const out: Diagnostic[] = [];
    const monthDay = ds.settings?.value.topic_collection_opens;
    for (const { src, value: t } of ds.topics) {
      const opens = collectionOpens(t.year, monthDay);
      if (t.proposed_on < opens) {
        out.push(
          diag(
            "collection-window",
            "warning",
            { src, path: ["proposed_on"] },
            msg("collection-window.early", {
              date: t.proposed_on,
              opens,
              year: String(t.year),
            }),
            msg("collection-window.early.hint", {}),
          ),
        );
      }
    }
    return out;
  },
};
