import type { PathSeg, Source } from "../dataset.js";
import type { Diagnostic } from "../diagnostics.js";
import { msg } from "../diagnostics.js";
import type { Rule, RuleContext } from "./rule.js";
import { diag } from "./rule.js";

type Kind = "committee" | "department" | "topic" | "person";

/** docs/rules.md `reference`: every committee, department, topic and person named exists. */
export const referenceRule: Rule = {
  id: "reference",
  article: "Art. 4, Art. 13",
  check(ctx) {
    const { ds, index } = ctx;
    const out: Diagnostic[] = [];
    const known: Record<Kind, (v: string) => boolean> = {
      committee: (v) => index.committees.has(v) || ds.broken.committees.has(v),
      department: (v) => index.departments.has(v) || ds.broken.departments.has(v),
      topic: (v) => index.topics.has(v) || ds.broken.topics.has(v),
      person: (v) => index.people.has(v) || ds.broken.people.has(v),
    };
    const check = (kind: Kind, value: string | undefined, src: Source, path: PathSeg[]) => {
      if (value === undefined || known[kind](value)) return;
      out.push(
        diag(
          "reference",
          "error",
          { src, path },
          msg(`reference.${kind}`, { value }),
          hintFor(kind, ctx),
        ),
      );
    };
    const checkList = (kind: Kind, values: string[] | undefined, src: Source, ...field: string[]) =>
      values?.forEach((v, i) => {
        check(kind, v, src, [...field, i]);
      });

    for (const { src, value: c } of ds.committees)
      check("person", c.vice_chair, src, ["vice_chair"]);
    for (const { src, value: t } of ds.topics) {
      check("committee", t.committee, src, ["committee"]);
      checkList("department", t.departments, src, "departments");
      checkList("department", t.invited, src, "invited");
    }
    for (const { src, value: a } of ds.activities) {
      check("committee", a.committee, src, ["committee"]);
      check("topic", a.topic, src, ["topic"]);
      checkList("department", a.departments, src, "departments");
      checkList("department", a.invited, src, "invited");
      checkList("person", a.participants?.cppcc_leaders, src, "participants", "cppcc_leaders");
    }
    const categories = ds.settings?.value.answer_categories;
    for (const { src, value: r } of ds.reports) {
      check("committee", r.committee, src, ["committee"]);
      check("topic", r.topic, src, ["topic"]);
      check("person", r.signed_by, src, ["signed_by"]);
      checkList("department", r.to_departments, src, "to_departments");
      for (const [dept, reply] of Object.entries(r.replies ?? {})) {
        check("department", dept, src, ["replies", dept]);
        // settings that failed their own schema are reported there: no category to check against
        const checkable = ds.settings !== undefined;
        if (
          checkable &&
          reply.category !== undefined &&
          !(categories && reply.category in categories)
        ) {
          out.push(
            diag(
              "reference",
              "error",
              { src, path: ["replies", dept, "category"] },
              msg("reference.answer-category", {
                value: reply.category,
                values: categories ? Object.keys(categories).join(", ") : "—",
              }),
              msg("reference.answer-category.hint", {}),
            ),
          );
        }
      }
      for (const dept of Object.keys(r.extensions ?? {})) {
        check("department", dept, src, ["extensions", dept]);
      }
      r.chases?.forEach((c, i) => {
        check("department", c.department, src, ["chases", i, "department"]);
      });
    }
    return out;
  },
};

function hintFor(kind: Kind, { index }: RuleContext) {
  switch (kind) {
    case "committee":
      return msg("reference.committee.hint", { values: [...index.committees.keys()].join(", ") });
    case "department":
      return msg("reference.department.hint", {});
    case "topic":
      return msg("reference.topic.hint", {});
    case "person":
      return msg("reference.person.hint", { values: [...index.people.keys()].join(", ") });
  }
}
