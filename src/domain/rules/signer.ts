import type { Diagnostic } from "../diagnostics.js";
import { msg } from "../diagnostics.js";
import type { Committee } from "../schemas/committee.js";
import type { Settings } from "../schemas/settings.js";
import type { Rule } from "./rule.js";
import { diag } from "./rule.js";

type Person = NonNullable<Settings["people"]>[number];

/** Art. 13: the vice-chair in charge of the committee (分管副主席) or a secretary-general signs. */
export function maySign(person: Person, committee: Committee): boolean {
  return person.role === "secretary_general" || committee.vice_chair === person.id;
}

/** Art. 13: an outcome is signed by the vice-chair in charge or the secretary-general. */
export const signerRule: Rule = {
  id: "signer",
  article: "Art. 13",
  check({ ds, index }) {
    const out: Diagnostic[] = [];
    for (const { src, value: r } of ds.reports) {
      if (!r.signed_by) continue;
      const person = index.people.get(r.signed_by);
      const committee = index.committees.get(r.committee)?.value;
      if (!person || !committee) continue; // rule `reference` reports it
      const nameOf = (id: string | undefined) => {
        const p = id === undefined ? undefined : index.people.get(id);
        return p ? `${p.name} (${p.id})` : id;
      };
      if (!maySign(person, committee)) {
        out.push(
          diag(
            "signer",
            "error",
            { src, path: ["signed_by"] },
            msg("signer.not-entitled", {
              person: `${person.name} (${person.id})`,
              committee: committee.name,
            }),
            msg("signer.not-entitled.hint", {
              vice: nameOf(committee.vice_chair) ?? "—",
              sg:
                [...index.people.values()]
                  .filter((p) => p.role === "secretary_general")
                  .map((p) => nameOf(p.id))
                  .join("、") || "—",
            }),
          ),
        );
      }
    }
    return out;
  },
};
