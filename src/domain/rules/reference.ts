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
    // thousands of records a run: a path is made only for a name that is not known
    const report = (kind: Kind, value: string, src: Source, path: PathSeg[]) => {
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
    const check = (kind: Kind, value: string | undefined, src: Source, field: string) => {
      if (value !== undefined && !known[kind](value)) report(kind, value, src, [field]);
    };
    const checkList = (
      kind: Kind,
      values: string[] | undefined,
      src: Source,
      field: string,
      sub?: string,
    ) => {
      if (!values) return;
      for (let i = 0; i < values.length; i++) {
        const v = values[i]!;
        if (!known[kind](v)) report(kind, v, src, sub === undefined ? [field, i] : [field, sub, i]);
      }
    };

    for (const { src, value: c } of ds.committees) check("person", c.vice_chair, src, "vice_chair");
    for (const { src, value: t } of ds.topics) {
      check("committee", t.committee, src, "committee");
      checkList("department", t.departments, src, "departments");
      checkList("department", t.invited, src, "invited");
    }
    for (const { src, value: a } of ds.activities) {
      check("committee", a.committee, src, "committee");
      check("topic", a.topic, src, "topic");
      checkList("department", a.departments, src, "departments");
      checkList("department", a.invited, src, "invited");
      checkList("person", a.participants?.cppcc_leaders, src, "participants", "cppcc_leaders");
    }
    const categories = ds.settings?.value.answer_categories;
    for (const { src, value: r } of ds.reports) {
      check("committee", r.committee, src, "committee");
      check("topic", r.topic, src, "topic");
      check("person", r.signed_by, src, "signed_by");
      checkList("department", r.to_departments, src, "to_departments");
      if (r.replies) {
        for (const dept of Object.keys(r.replies)) {
          const reply = r.replies[dept]!;
          if (!known.department(dept)) report("department", dept, src, ["replies", dept]);
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
      }
      if (r.extensions) {
        for (const dept of Object.keys(r.extensions))
          if (!known.department(dept)) report("department", dept, src, ["extensions", dept]);
      }
      if (r.chases) {
        for (let i = 0; i < r.chases.length; i++) {
          const dept = r.chases[i]!.department;
          if (!known.department(dept)) report("department", dept, src, ["chases", i, "department"]);
        }
      }
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
